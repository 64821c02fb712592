/**
 * Policies, run tasks, attribute diffs and diagnostics through the committed bundle, as the runner runs it: the
 * report, the outputs, the failure line and the annotations a reviewer sees.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitHubSimulator } from '../sim/github-simulator.js'
import type { SimPolicySet } from '../sim/tfc/model.js'
import { DIST_MAIN, NODE_VERSION, errorLine, simulatorPerTest, startStep } from './support/bundle.js'
import { describeWithFixtures, fixture } from './support/fixtures.js'
import { TOKEN } from './support/harness.js'
import { tempDir } from './support/temp.js'
import { makeTree } from './support/tree.js'

const fixtureSim = simulatorPerTest({ [TOKEN]: 'admin', 'writer-token': 'writer' })
const step = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  startStep(DIST_MAIN, fixtureSim.inputs({ 'poll-interval': '0.05s', ...inputs }), env).done
const posts = (path: RegExp): number => fixtureSim.sim.requests.filter(r => r.method === 'POST' && path.test(r.path)).length
const onlyRun = () => fixtureSim.sim.runsOf(fixtureSim.ws)[0]

const BASELINE: SimPolicySet = {
  name: 'aws-baseline',
  description: 'Company baseline',
  overridable: false,
  outcomes: [
    { policy_name: 'deny-public-buckets', status: 'failed', enforcement_level: 'mandatory', description: 'Buckets must not be public' },
    { policy_name: 'require-tags', status: 'failed', enforcement_level: 'advisory', description: 'Resources should carry a Team tag' },
    { policy_name: 'allowed-regions', status: 'passed', enforcement_level: 'mandatory' }
  ]
}

describe(`policies and run tasks through the bundle, on Node ${NODE_VERSION}`, () => {
  test('an OPA mandatory failure: the step names the set and the policy, shows no plan log, and reports hard-failed', async () => {
    fixtureSim.ws.script = { checks: { policySets: [BASELINE] } }
    const main = await step({ apply: 'true' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toBe(
      'The run errored on its checks: OPA policy "deny-public-buckets" in policy set "aws-baseline" failed (mandatory). See the run page.'
    )
    expect(main.outputs).toMatchObject({ 'run-status': 'errored', 'policy-status': 'hard-failed', applied: 'false' })
    expect(main.summary).toContain('⛔ Failed its policies or run tasks')
    expect(main.summary).toMatch(/\*\*Policies:\*\* ❌ hard-failed · 1 policy passed/)
    expect(main.summary).toMatch(/- ❌ `deny-public-buckets` in set `aws-baseline` \(OPA, mandatory\): Buckets must not be public/)
    expect(main.summary).toMatch(/- ⚠️ `require-tags` in set `aws-baseline` \(OPA, advisory\)/)
    // The plan itself succeeded: its log is not shown as if it explained the failure.
    expect(main.summary).not.toMatch(/End of the log|Errors from the log/)
    expect(main.summary).not.toContain('Plan errored')
  })

  test('a server that does not side-load: task results and evaluations are read one by one, with the same report', async () => {
    fixtureSim.ws.script = {
      checks: {
        ignoreInclude: true,
        policySets: [BASELINE],
        tasks: [{ name: 'wiz', status: 'passed', enforcement: 'advisory', message: 'clean' }]
      }
    }
    const main = await step({ apply: 'true' })
    expect(main.outputs['policy-status']).toBe('hard-failed')
    expect(main.summary).toContain('`deny-public-buckets` in set `aws-baseline`')
    expect(main.summary).toContain('- ✅ `wiz` — passed (advisory): clean')
    const gets = (path: RegExp): number => fixtureSim.sim.requests.filter(r => r.method === 'GET' && path.test(r.path)).length
    expect(gets(/^\/api\/v2\/task-results\/taskrs-/)).toBe(1)
    expect(gets(/^\/api\/v2\/policy-evaluations\/poleval-[^/]+$/)).toBe(1)
  })

  test('an overridable OPA failure with override-policies: the task stage is overridden with the reason, and the run applies', async () => {
    fixtureSim.ws.script = { checks: { policySets: [{ ...BASELINE, overridable: true }] } }
    const main = await step({ apply: 'true', 'override-policies': 'true', 'override-reason': 'CHG-1234 approved by security' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ 'run-status': 'applied', 'policy-status': 'overridden', applied: 'true' })
    expect(posts(/\/task-stages\/ts-[^/]+\/actions\/override$/)).toBe(1)
    expect(onlyRun().overrideComments).toEqual(['CHG-1234 approved by security'])
    expect(onlyRun().comments).toEqual([expect.stringContaining('(override-policies): CHG-1234 approved by security')])
    expect(main.summary).toContain('Overridden by this step (`override-policies`): CHG\\-1234 approved by security')
  })

  test('a Sentinel soft failure without override-policies (real policy output): the step names the policy and the input, and discards the run', async () => {
    fixtureSim.ws.script = {
      policy: 'soft_failed',
      checks: { sentinelOutput: fixture('logs', 'tf-cloud-sentinel-policy-soft-failed.log') }
    }
    const main = await step({ apply: 'true' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toBe(
      'The run waits for an override: Sentinel policy "Passthrough.sentinel" (soft-mandatory) failed in the organization Sentinel policy check. To go on, set `override-policies: true` with an `override-reason` to override it from this step, or override it on the run page.'
    )
    expect(main.outputs).toMatchObject({ 'run-status': 'discarded', 'policy-status': 'soft-failed', discarded: 'true' })
    expect(posts(/\/actions\/override$/)).toBe(0)
    expect(main.summary).toMatch(/- ✋ `Passthrough.sentinel` \(Sentinel, organization check, soft\\?-mandatory\)/)
  })

  test('a Sentinel soft failure without override-policies: the failure names the input', async () => {
    fixtureSim.ws.script = { policy: 'soft_failed' }
    const main = await step({ apply: 'true' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      /^The run waits for an override: Sentinel policy "require-tags.sentinel" \(soft-mandatory\) failed in the organization Sentinel policy check\. To go on, set `override-policies: true`/
    )
    expect(main.outputs).toMatchObject({ 'run-status': 'discarded', 'policy-status': 'soft-failed' })
  })

  test('a Sentinel soft failure with override-policies: overridden through the API, the reason recorded, the run applied', async () => {
    fixtureSim.ws.script = { policy: 'soft_failed' }
    const main = await step({ apply: 'true', 'override-policies': 'true', 'override-reason': 'Exception EX-7 until March' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ 'run-status': 'applied', 'policy-status': 'overridden', applied: 'true' })
    expect(posts(/\/policy-checks\/polchk-[^/]+\/actions\/override$/)).toBe(1)
    expect(onlyRun().comments).toEqual([expect.stringContaining('Exception EX-7 until March')])
    expect(main.stdout).toContain('Overrode the organization Sentinel policy check')
  })

  test('a plan-only run whose Sentinel policy soft-fails ends there (policy_soft_failed): the failure names the policy', async () => {
    fixtureSim.ws.script = { policy: 'soft_failed' }
    const main = await step({ 'plan-only': 'true' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toBe(
      'The plan-only run failed its checks: Sentinel policy "require-tags.sentinel" (soft-mandatory) failed in the organization Sentinel policy check. See the run page.'
    )
    expect(main.outputs).toMatchObject({ 'run-status': 'policy_soft_failed', 'policy-status': 'soft-failed' })
  })

  test('override-policies on a run the step would discard anyway (apply: false): nothing is overridden, and the step says why', async () => {
    fixtureSim.ws.script = { policy: 'soft_failed' }
    const main = await step({ 'override-policies': 'true', 'override-reason': 'CHG-9' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/overrides only a run this step goes on with \(`apply: true`\), not one it discards\.$/)
    expect(posts(/\/actions\/override$/)).toBe(0)
    expect(main.outputs).toMatchObject({ 'run-status': 'discarded', 'policy-status': 'soft-failed' })
  })

  test('override-policies with a token that may not override: nothing is overridden, and the failure says who can', async () => {
    fixtureSim.ws.script = { policy: 'soft_failed', checks: { canOverride: false } }
    const main = await step({ apply: 'true', 'override-policies': 'true', 'override-reason': 'why not' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/this token may not override it \(it needs the "manage policy overrides" permission\)/)
    expect(posts(/\/actions\/override$/)).toBe(0)
    expect(onlyRun().comments).toEqual([])
  })

  test('an advisory run task that failed: the step goes on, and the report lists every task with its message and link', async () => {
    fixtureSim.ws.script = {
      checks: {
        tasks: [
          { name: 'snyk', status: 'passed', enforcement: 'mandatory', message: 'No issues found.\nSeverity threshold is set to low.' },
          {
            name: 'cost-guard',
            status: 'failed',
            enforcement: 'advisory',
            message: 'Monthly cost over budget',
            url: 'https://tasks.example.test/r/1'
          }
        ]
      }
    }
    const main = await step({ apply: 'true' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ 'run-status': 'applied', 'policy-status': 'none' })
    expect(main.summary).toContain('**Run tasks:** 1 passed, 1 failed')
    expect(main.summary).toContain('- ✅ `snyk` — passed (mandatory): No issues found\\. Severity threshold is set to low\\.')
    expect(main.summary).toContain(
      '- ⚠️ `cost-guard` — failed (advisory): Monthly cost over budget [details](https://tasks.example.test/r/1)'
    )
  })

  test('a mandatory run task that failed: the step names the task and its link', async () => {
    fixtureSim.ws.script = {
      checks: {
        tasks: [
          { name: 'wiz', status: 'failed', enforcement: 'mandatory', message: '2 critical findings', url: 'https://wiz.example.test/1' }
        ]
      }
    }
    const main = await step({ apply: 'true' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toBe(
      'The run errored on its checks: run task "wiz" (mandatory) failed: 2 critical findings (https://wiz.example.test/1). See the run page.'
    )
    expect(main.outputs['policy-status']).toBe('none')
  })

  test('override-policies without override-reason: an input error naming it, nothing created', async () => {
    const main = await step({ apply: 'true', 'override-policies': 'true' })
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/^Input `override-reason` is required with `override-policies: true`/)
    expect(fixtureSim.sim.runsOf(fixtureSim.ws)).toHaveLength(0)
  })
})

const SECRETS = ['hunter2-before', 'hunter2-after', 's3cr3t-nested', 'tok-en-whole']

/** A plan with an update and a replacement holding sensitive and unknown values, as `terraform show -json` writes them. */
function sensitivePlan(): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: [
      {
        address: 'aws_db_instance.main',
        mode: 'managed',
        type: 'aws_db_instance',
        name: 'main',
        change: {
          actions: ['update'],
          before: { instance_class: 'db.t3.micro', password: SECRETS[0], tags: { Team: 'a' }, endpoint: 'db.internal' },
          after: { instance_class: 'db.t3.small', password: SECRETS[1], tags: { Team: 'b' } },
          after_unknown: { endpoint: true },
          before_sensitive: { password: true },
          after_sensitive: { password: true }
        }
      },
      {
        address: 'aws_instance.web',
        mode: 'managed',
        type: 'aws_instance',
        name: 'web',
        action_reason: 'replace_because_cannot_update',
        change: {
          actions: ['delete', 'create'],
          before: { ami: 'ami-1', id: 'i-1', user_data: { key: SECRETS[2] }, token: SECRETS[3] },
          after: { ami: 'ami-2', user_data: { key: 'other' }, token: 'rotated' },
          after_unknown: { id: true },
          before_sensitive: { user_data: { key: true }, token: true },
          after_sensitive: { user_data: { key: true }, token: true },
          replace_paths: [['ami']]
        }
      }
    ]
  })
}

describe(`attribute diffs through the bundle, on Node ${NODE_VERSION}`, () => {
  let gh: GitHubSimulator
  beforeEach(async () => {
    gh = await new GitHubSimulator({ 'gh-token': { login: 'github-actions[bot]', app: true } }).start()
  })
  afterEach(() => gh.stop())

  test('each changed attribute before -> after, unknowns, the forcing attribute; no sensitive value in output, summary or comment', async () => {
    fixtureSim.ws.script = { planJson: sensitivePlan(), counts: { additions: 1, changes: 1, destructions: 1 } }
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }))
    const main = await step(
      { 'github-token': 'gh-token', 'allow-destroy': 'true' },
      { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/infra', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
    )
    expect(main.code).toBe(0)
    const [comment] = gh.commentsOn('acme/infra', 7)
    for (const text of [main.summary, comment.body]) {
      expect(text).toContain('~ instance_class = "db.t3.micro" -> "db.t3.small"')
      expect(text).toContain('~ password = (sensitive) -> (sensitive)')
      expect(text).toContain('~ tags.Team = "a" -> "b"')
      expect(text).toContain('~ endpoint = "db.internal" -> (known after apply)')
      expect(text).toContain('~ ami = "ami-1" -> "ami-2"  # forces replacement')
      expect(text).toContain('~ user_data.key = (sensitive) -> (sensitive)')
      expect(text).toContain('~ token = (sensitive) -> (sensitive)')
    }
    const everything = [
      main.stdout,
      main.stderr,
      JSON.stringify(main.outputs),
      main.summary,
      ...gh.commentsOn('acme/infra', 7).map(c => c.body)
    ].join('\n')
    for (const secret of SECRETS) expect(everything).not.toContain(secret)
    // The plan really held them: the check above is not vacuous.
    for (const secret of SECRETS) expect(sensitivePlan()).toContain(secret)
  })

  test('the full json-output (admin token, no redacted plan) holds the secrets in plan-json, and nothing the step writes shows them', async () => {
    fixtureSim.ws.script = { planJson: sensitivePlan(), redactedJson: null, counts: { additions: 1, changes: 1, destructions: 1 } }
    const main = await step({ 'allow-destroy': 'true', comment: 'false' }, { RUNNER_DEBUG: '1' })
    expect(main.code).toBe(0)
    expect(main.outputs['plan-json-format']).toBe('full')
    const file = readFileSync(main.outputs['plan-json'], 'utf8')
    for (const secret of SECRETS) expect(file).toContain(secret)
    const everything = [main.stdout, main.stderr, JSON.stringify(main.outputs), main.summary].join('\n')
    for (const secret of SECRETS) expect(everything).not.toContain(secret)
  })
})

/** A structured (JSON lines) log, as HCP Terraform writes it: a few text lines, then Terraform's messages. */
function structuredLog(diagnostics: Array<Record<string, unknown>>): string {
  const lines = [
    'Terraform v1.9.5',
    'on linux_amd64',
    JSON.stringify({
      '@level': 'info',
      '@message': 'Terraform 1.9.5',
      '@module': 'terraform.ui',
      type: 'version',
      terraform: '1.9.5',
      ui: '1.2'
    }),
    ...diagnostics.map(diagnostic =>
      JSON.stringify({
        '@level': diagnostic.severity === 'error' ? 'error' : 'warn',
        '@message': `${diagnostic.severity === 'error' ? 'Error' : 'Warning'}: ${String(diagnostic.summary)}`,
        '@module': 'terraform.ui',
        type: 'diagnostic',
        diagnostic
      })
    )
  ]
  return `${lines.join('\n')}\n`
}

const range = (filename: string, line: number, from: number, to: number, endLine = line) => ({
  filename,
  start: { line, column: from, byte: 0 },
  end: { line: endLine, column: to, byte: 0 }
})

describe(`diagnostics as annotations through the bundle, on Node ${NODE_VERSION}`, () => {
  const repo = (): string =>
    makeTree({
      'infra/main.tf': 'module "vpc" {\n  source = "./modules/vpc"\n}\n',
      'infra/modules/vpc/main.tf': 'variable "cidr" {}\n',
      'README.md': 'docs\n'
    })

  test('errors and warnings in the root, a local module and a remote module: file, lines and columns on the repository path', async () => {
    fixtureSim.ws.script = {
      plan: 'errored',
      planLog: structuredLog([
        {
          severity: 'warning',
          summary: 'Deprecated attribute',
          detail: 'Use "cidr_block" instead.',
          range: range('modules/vpc/main.tf', 1, 10, 16)
        },
        {
          severity: 'error',
          summary: 'Unsupported argument',
          detail: 'An argument named "nope" is not expected here.',
          range: range('main.tf', 2, 3, 7)
        },
        { severity: 'error', summary: 'Invalid value: 50%, a, b', detail: 'Across lines.', range: range('main.tf', 1, 1, 2, 3) },
        {
          severity: 'warning',
          summary: 'Registry module warning',
          detail: 'In a module installed for the run.',
          range: range('.terraform/modules/s3/main.tf', 4, 1, 9)
        }
      ])
    }
    const main = await step({ directory: 'infra', 'plan-only': 'true' }, { GITHUB_WORKSPACE: repo() })
    expect(main.code).toBe(1)
    const annotations = main.stdout.split('\n').filter(line => /^::(error|warning) /.test(line))
    expect(annotations).toEqual([
      '::error title=Terraform plan%3A Unsupported argument,file=infra/main.tf,line=2,endLine=2,col=3,endColumn=6::An argument named "nope" is not expected here.',
      '::error title=Terraform plan%3A Invalid value%3A 50%25%2C a%2C b,file=infra/main.tf,line=1,endLine=3::Across lines.',
      '::warning title=Terraform plan%3A Deprecated attribute,file=infra/modules/vpc/main.tf,line=1,endLine=1,col=10,endColumn=15::Use "cidr_block" instead.',
      '::warning title=Terraform plan%3A Registry module warning::In a module installed for the run.%0A(.terraform/modules/s3/main.tf line 4)'
    ])
    expect(errorLine(main.stdout)).toMatch(/^The run errored during planning/)
    expect(main.summary).toContain('**Terraform reported 2 errors and 2 warnings:**')
    expect(main.summary).toMatch(/- ⚠️ \*\*Warning\*\* \(plan\): Deprecated attribute — `infra\/modules\/vpc\/main\.tf` line 1/)
    expect(main.summary).toMatch(/Registry module warning — `\.terraform\/modules\/s3\/main\.tf` line 4/)
  })

  test('annotations: false keeps the job log free of annotations; the report still lists them', async () => {
    fixtureSim.ws.script = {
      planLog: structuredLog([{ severity: 'warning', summary: 'Deprecated attribute', detail: 'Old.', range: range('main.tf', 1, 1, 2) }])
    }
    const main = await step({ directory: 'infra', 'plan-only': 'true', annotations: 'false' }, { GITHUB_WORKSPACE: repo() })
    expect(main.code).toBe(0)
    expect(main.stdout).not.toMatch(/^::warning /m)
    expect(main.summary).toContain('Deprecated attribute')
  })

  test('a text log: the `on FILE line N` form gives the file and line', async () => {
    fixtureSim.ws.script = {
      plan: 'errored',
      planLog: [
        'Terraform v1.9.5',
        '╷',
        '│ Error: Reference to undeclared input variable',
        '│ ',
        '│   on main.tf line 2, in module "vpc":',
        '│    2:   source = var.nope',
        '│ ',
        '│ An input variable with the name "nope" has not been declared.',
        '╵',
        ''
      ].join('\n')
    }
    const main = await step({ directory: 'infra', 'plan-only': 'true' }, { GITHUB_WORKSPACE: repo() })
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(
      '::error title=Terraform plan%3A Reference to undeclared input variable,file=infra/main.tf,line=2,endLine=2::An input variable with the name "nope" has not been declared.'
    )
    // A text log's end is still shown: it has context the list does not.
    expect(main.summary).toContain('End of the log')
  })

  test('the workspace latest configuration (not uploaded from this checkout): annotated without a file', async () => {
    fixtureSim.ws.script = {
      planLog: structuredLog([{ severity: 'warning', summary: 'Deprecated attribute', detail: 'Old.', range: range('main.tf', 1, 1, 2) }])
    }
    const main = await step({ 'plan-only': 'true' }, { GITHUB_WORKSPACE: repo() })
    expect(main.stdout).toContain('::warning title=Terraform plan%3A Deprecated attribute::Old.%0A(main.tf line 1)')
  })
})

describeWithFixtures(`real logs through the bundle, on Node ${NODE_VERSION}`, () => {
  test('the real structured error log (tf-cloud-plan-json-error.log) annotates main.tf line 2, columns 3-10', async () => {
    fixtureSim.ws.script = { plan: 'errored', planLog: fixture('logs', 'tf-cloud-plan-json-error.log') }
    const code = makeTree({ 'main.tf': 'resource "null_resource" "foo" {\n  triggers {\n}\n' })
    const main = await step({ directory: '.', 'plan-only': 'true' }, { GITHUB_WORKSPACE: code })
    expect(main.stdout).toMatch(
      /^::error title=Terraform plan%3A Unsupported block type,file=main\.tf,line=2,endLine=2,col=3,endColumn=10::Blocks of type "triggers"/m
    )
  })

  test('the real apply log with a provisioner error: the apply fails, and its error is annotated on main.tf', async () => {
    fixtureSim.ws.script = { apply: 'errored', applyLog: fixture('logs', 'tf-cloud-apply-json-with-provisioner-error-apply.log') }
    const code = makeTree({
      'main.tf': 'resource "null_resource" "foo" {\n  provisioner "local-exec" {\n    command = "exit 125"\n  }\n}\n'
    })
    const main = await step({ directory: '.', apply: 'true' }, { GITHUB_WORKSPACE: code })
    expect(main.code).toBe(1)
    expect(main.outputs['run-status']).toBe('errored')
    expect(main.stdout).toMatch(
      /^::error title=Terraform apply%3A local-exec provisioner error \(null_resource\.foo\),file=main\.tf,line=2,/m
    )
    expect(main.summary).toMatch(/\*\*Error\*\* \(apply\): local\\?-exec provisioner error \(`null_resource\.foo`\) — `main\.tf` line 2/)
  })

  test('the real import-config-gen log: the error on generated.tf (not in the checkout) is annotated without a file', async () => {
    fixtureSim.ws.script = { plan: 'errored', planLog: fixture('logs', 'tf-cloud-plan-import-config-gen-validation-error.log') }
    const code = makeTree({ 'main.tf': 'import {\n  to = terraform_data.foo\n  id = "x"\n}\n' })
    const main = await step({ directory: '.', 'plan-only': 'true' }, { GITHUB_WORKSPACE: code })
    expect(main.stdout).toContain(
      '::error title=Terraform plan%3A Conflicting configuration arguments (terraform_data.foo)::Not allowed%0A(generated.tf line 22)'
    )
  })
})
