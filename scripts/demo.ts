/**
 * `npm run demo`: runs the committed bundle (dist/index.js) the way the GitHub runner does, against the built-in
 * HCP Terraform and GitHub simulators on loopback: a pull-request plan, a push that applies, a monorepo, outputs,
 * drift, and comment commands (plan, apply refused then approved, applied and merged). Prints what the action
 * logged, its outputs, the pull-request comment and the job summary.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { GitHubSimulator } from '../sim/github-simulator.js'
import { driftPlan, generatedPlanObject } from '../sim/plan-generator.js'
import { startStep as startStepIn, type StepResult } from '../sim/step-runner.js'

// The bundle to run is passed by `npm run demo`, so bundling this script does not copy it in as an asset.
const DIST_MAIN = resolve(process.argv[2] ?? '')
/** A small repository checkout: the pull request's code the demo uploads with `directory` (passed in, like the bundle). */
const DEMO_REPO = resolve(process.argv[3] ?? '')
import { TfcSimulator } from '../sim/tfc-simulator.js'

const TOKEN = 'demo-team-token'
const rule = (title: string): void => console.log(`\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}`)

function show(result: StepResult): void {
  console.log(`exit code: ${result.code}`)
  console.log('\n── log (as the runner shows it) ──')
  console.log(
    result.stdout
      // The runner shows neither mask commands, nor the end of a group, nor debug lines (without step debug logging).
      .replace(/^::(add-mask::.*|endgroup::|debug::.*)\n/gm, '')
      .replace(/^::group::/gm, '▶ ')
      .trim()
  )
  console.log('\n── outputs ──')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name.padEnd(24)} ${value}`)
  console.log('\n── job summary ──')
  console.log(result.summary.trim())
}

async function main(): Promise<void> {
  const tfc = await new TfcSimulator({ tokens: { [TOKEN]: 'admin' } }).start()
  const gh = await new GitHubSimulator({ 'gh-token': { login: 'github-actions[bot]', app: true } }).start()
  // Every step's runner files and plan JSON go under this folder, removed at the end.
  const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-demo-'))
  let steps = 0
  const startStep = (script: string, inputs: Record<string, string>, env: Record<string, string>): ReturnType<typeof startStepIn> =>
    startStepIn(script, inputs, env, mkdtempSync(join(dir, `step-${++steps}-`)))
  try {
    const staging = tfc.addWorkspace({ name: 'staging', organization: 'acme' })
    const production = tfc.addWorkspace({ name: 'production', organization: 'acme', autoApply: true })
    const cv = tfc.addConfigurationVersion(staging)
    tfc.addAppliedRun(staging, cv)
    tfc.addConfigurationVersion(production)
    // A plan with creates, updates, replacements and a destroy, in modules with for_each keys.
    const plan = JSON.stringify(generatedPlanObject(9))
    production.script = {
      counts: { additions: 4, changes: 2, destructions: 3 },
      planJson: plan,
      costEstimation: true,
      stepMs: 100,
      planMs: 400,
      // What HCP Terraform decided besides the plan: run tasks and an OPA policy evaluation, after the plan.
      checks: {
        tasks: [
          { name: 'snyk-iac', status: 'passed', enforcement: 'mandatory', message: 'No issues found.' },
          {
            name: 'cost-guard',
            status: 'failed',
            enforcement: 'advisory',
            message: 'Monthly cost over the team budget',
            url: 'https://tasks.example.test/cost-guard/1'
          }
        ],
        policySets: [
          {
            name: 'aws-baseline',
            outcomes: [
              {
                policy_name: 'require-team-tag',
                status: 'failed',
                enforcement_level: 'advisory',
                description: 'Resources should carry a Team tag'
              },
              { policy_name: 'deny-public-buckets', status: 'passed', enforcement_level: 'mandatory' },
              { policy_name: 'allowed-regions', status: 'passed', enforcement_level: 'mandatory' }
            ]
          }
        ]
      },
      // A structured log with a warning on the uploaded code: annotated on infra/main.tf line 8 of the demo repository.
      planLog: [
        'Terraform v1.9.5',
        'on linux_amd64',
        '{"@level":"info","@message":"Terraform 1.9.5","@module":"terraform.ui","type":"version","terraform":"1.9.5","ui":"1.2"}',
        '{"@level":"warn","@message":"Warning: Argument is deprecated","@module":"terraform.ui","type":"diagnostic","diagnostic":{"severity":"warning","summary":"Argument is deprecated","detail":"Use `label` instead of `name`; `name` will be removed in the next major version.","range":{"filename":"main.tf","start":{"line":8,"column":3,"byte":0},"end":{"line":8,"column":7,"byte":0}}}}',
        '{"@level":"info","@message":"Plan: 4 to add, 2 to change, 3 to destroy.","@module":"terraform.ui","type":"change_summary","changes":{"add":4,"change":2,"remove":3,"operation":"plan"}}',
        ''
      ].join('\n')
    }

    const event = join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ number: 42, pull_request: { number: 42, head: { sha: 'c0ffee'.padEnd(40, '0') } } }))
    const common = { token: TOKEN, hostname: tfc.url, organization: 'acme', 'poll-interval': '1s' }

    rule("1. Pull request: upload the pull request's own code (scripts/demo-repo/infra), plan only, comment on the PR")
    const pr = await startStep(
      DIST_MAIN,
      { ...common, workspace: 'production', directory: 'infra', 'plan-only': 'true', 'github-token': 'gh-token' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_WORKSPACE: DEMO_REPO
      }
    ).done
    show(pr)
    console.log('\n── pull-request comment, as posted ──')
    console.log(gh.commentsOn('acme/infra', 42)[0]?.body ?? '(none)')
    const uploaded = [...tfc.cvs.values()].find(cv => cv.files)
    console.log('\n── what HCP Terraform unpacked from the upload ──')
    console.log(uploaded ? [...uploaded.files!.keys()].join('\n') : '(nothing)')

    rule("1b. Promotion: run staging's applied configuration on production, plan only")
    show(
      await startStep(
        DIST_MAIN,
        { ...common, workspace: 'production', 'promote-from': 'staging', 'plan-only': 'true' },
        { GITHUB_EVENT_NAME: 'workflow_dispatch' }
      ).done
    )

    rule('2. Push to main: apply, refused because the plan destroys resources and allow-destroy is false')
    show(await startStep(DIST_MAIN, { ...common, workspace: 'production', apply: 'true' }, { GITHUB_EVENT_NAME: 'push' }).done)

    rule('3. Push to main: apply with allow-destroy: true, waiting for the apply')
    show(
      await startStep(
        DIST_MAIN,
        { ...common, workspace: 'production', apply: 'true', 'allow-destroy': 'true' },
        { GITHUB_EVENT_NAME: 'push' }
      ).done
    )

    rule('4. Monorepo: a pull request touching two of five workspaces, selected by tag; one comment for all')
    // The checkout: one directory per workspace, uploaded once for all as `directory: .` would.
    const checkout = mkdtempSync(join(dir, 'monorepo-'))
    writeFileSync(join(checkout, 'README.md'), '# infra\n')
    for (const [name, workingDirectory] of [
      ['network', 'infra/network'],
      ['compute', 'infra/compute'],
      ['dns', 'infra/dns'],
      ['storage', 'infra/storage'],
      ['monitoring', 'infra/monitoring']
    ]) {
      mkdirSync(join(checkout, workingDirectory), { recursive: true })
      writeFileSync(join(checkout, workingDirectory, 'main.tf'), `resource "terraform_data" "${name}" {}\n`)
      tfc.addWorkspace({ name, organization: 'acme', workingDirectory, tagBindings: [{ key: 'repo', value: 'infra' }] })
    }
    gh.pullFiles.set('acme/infra#43', ['infra/network/main.tf', 'infra/compute/variables.tf', 'README.md'])
    const monorepoEvent = join(dir, 'event-43.json')
    writeFileSync(
      monorepoEvent,
      JSON.stringify({ number: 43, pull_request: { number: 43, head: { sha: 'beef'.padEnd(40, '0') }, changed_files: 3 } })
    )
    const monorepo = await startStep(
      DIST_MAIN,
      { ...common, 'workspace-tags': 'repo=infra', directory: '.', 'plan-only': 'true', 'github-token': 'gh-token' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: monorepoEvent,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_WORKSPACE: checkout
      }
    ).done
    show(monorepo)
    console.log('\n── pull-request comment, as posted ──')
    console.log(gh.commentsOn('acme/infra', 43)[0]?.body ?? '(none)')

    rule("5. After the apply: the workspace's Terraform outputs, read by a later step")
    const app = tfc.addWorkspace({
      name: 'app',
      organization: 'acme',
      script: {
        stateOutputs: [
          { name: 'ecr_repository_url', value: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app' },
          { name: 'db_password', value: 'not-shown', sensitive: true }
        ]
      }
    })
    tfc.addConfigurationVersion(app)
    const applied = await startStep(
      DIST_MAIN,
      { ...common, workspace: 'app', apply: 'true', comment: 'false' },
      { GITHUB_EVENT_NAME: 'push' }
    ).done
    console.log(`outputs: ${applied.outputs.outputs}`)
    const url = (JSON.parse(applied.outputs.outputs ?? '{}') as { ecr_repository_url?: string }).ecr_repository_url
    console.log(`a later step runs: docker push "${url}:$GITHUB_SHA"   (from fromJSON(steps.tf.outputs.outputs).ecr_repository_url)`)

    rule('6. A scheduled drift check: an issue opened when the workspace drifts, closed when it is clean again')
    const drifting = tfc.addWorkspace({ name: 'drifting', organization: 'acme' })
    tfc.addConfigurationVersion(drifting)
    const driftCheck = (): ReturnType<typeof startStep> =>
      startStep(
        DIST_MAIN,
        { ...common, workspace: 'drifting', 'drift-issue': 'true', 'github-token': 'gh-token' },
        { GITHUB_EVENT_NAME: 'schedule', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/infra' }
      )
    drifting.script = {
      counts: { additions: 0, changes: 0, destructions: 0 },
      planJson: driftPlan([
        { address: 'aws_security_group.web', before: { ingress: ['10.0.0.0/8'] }, after: { ingress: ['10.0.0.0/8', '0.0.0.0/0'] } }
      ])
    }
    const found = await driftCheck().done
    console.log(`drifted: ${found.outputs.drifted}, issue: ${found.outputs['drift-issue-url']}`)
    console.log('\n── the issue, as opened ──')
    console.log(`${gh.issues[0]?.title}\n\n${gh.issues[0]?.body}`)
    drifting.script = { counts: { additions: 0, changes: 0, destructions: 0 }, planJson: driftPlan([]) }
    const clean = await driftCheck().done
    console.log(
      `\ndrifted: ${clean.outputs.drifted}; the issue is now ${gh.issues[0]?.state}: ${gh.commentsOn('acme/infra', gh.issues[0]?.number ?? 0).at(-1)?.body}`
    )

    rule('7. Comment commands on pull request #44: /tfe plan; /tfe apply refused (not approved); approved; applied and merged')
    const service = tfc.addWorkspace({ name: 'service', organization: 'acme' })
    tfc.addConfigurationVersion(service)
    const head = 'fade'.padEnd(40, '0')
    gh.permissions.set('acme/infra:alice', 'write')
    gh.addPullRequest({ repo: 'acme/infra', number: 44, headSha: head, login: 'bob', baseRef: 'main' })
    // The command job's checkout: refs/pull/44/head, HEAD detached at the pull request's head.
    const commandCheckout = mkdtempSync(join(dir, 'pr-44-'))
    writeFileSync(join(commandCheckout, 'main.tf'), 'resource "terraform_data" "service" {}\n')
    mkdirSync(join(commandCheckout, '.git'))
    writeFileSync(join(commandCheckout, '.git', 'HEAD'), `${head}\n`)
    const say = async (body: string): Promise<StepResult> => {
      const comment = gh.addComment('acme/infra', 44, 'alice', body)
      const path = join(dir, `comment-${comment.id}.json`)
      writeFileSync(
        path,
        JSON.stringify({
          action: 'created',
          comment: { id: comment.id, body, user: { login: 'alice', type: 'User' } },
          issue: { number: 44, pull_request: { url: 'https://api.github.com/repos/acme/infra/pulls/44' } }
        })
      )
      const step = await startStep(
        DIST_MAIN,
        { ...common, workspace: 'service', directory: '.', 'github-token': 'gh-token', 'merge-after-apply': 'true' },
        {
          GITHUB_EVENT_NAME: 'issue_comment',
          GITHUB_EVENT_PATH: path,
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: 'acme/infra',
          GITHUB_WORKSPACE: commandCheckout,
          GITHUB_RUN_ID: '4244'
        }
      ).done
      const answers = gh.commentsOn('acme/infra', 44).filter(c => c.user.login === 'github-actions[bot]' && c.id > comment.id)
      console.log(`\nalice: ${body}  →  exit ${step.code}, reactions ${comment.reactions.join(' ')}`)
      for (const answer of answers.filter(a => !a.body.startsWith('<!--'))) console.log(`  github-actions replied: ${answer.body}`)
      return step
    }
    await say('/tfe plan')
    await say('/tfe apply')
    gh.addPullRequest({
      repo: 'acme/infra',
      number: 44,
      headSha: head,
      login: 'bob',
      baseRef: 'main',
      reviews: [{ login: 'carol', state: 'APPROVED' }]
    })
    console.log('\ncarol approves the pull request.')
    await say('/tfe apply')
    const merged = gh.pulls.find(p => p.number === 44)
    console.log(`\npull request #44 merged: ${merged?.mergedAt ? `yes, as ${merged.mergeCommitSha?.slice(0, 7)}` : 'no'}`)
    console.log('\n── checks on its head ──')
    for (const check of gh.checkRunsOn('acme/infra', head)) console.log(`${check.name}: ${check.conclusion} (${check.output.title})`)
    console.log('\n── the sticky comment, as it ends ──')
    console.log(gh.commentsOn('acme/infra', 44).find(c => c.body.startsWith('<!--'))?.body ?? '(none)')

    const leaked = tfc.requests.filter(r => r.origin === 'archive' && r.hasAuthorization).length
    rule(`Done: ${tfc.requests.length} requests to the HCP Terraform simulator, ${leaked} carrying the token to archive storage.`)
  } finally {
    await tfc.stop()
    await gh.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
