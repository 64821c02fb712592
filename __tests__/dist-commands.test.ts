/**
 * Pull-request automation through the bundle (issue 29): comment commands driven by real `issue_comment` payloads
 * (@octokit/webhooks-examples, moved onto a pull request of the simulator), apply before the merge on GitHub's
 * approvals, and a check run per workspace. Every GitHub request is held to GitHub's REST description.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { GitHubSimulator, type GhPullRequest } from '../sim/github-simulator.js'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { readState } from '../src/report/comment-marker.js'
import { readBinding } from '../src/run/binding.js'
import { DIST_MAIN, NODE_VERSION, errorLine, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { tempDir } from './support/temp.js'
import { makeTree } from './support/tree.js'

const REPO = 'acme/infra'
const HEAD = 'a'.repeat(40)
const PUSHED = 'b'.repeat(40)

let tfc: TfcSimulator
let gh: GitHubSimulator
let ws: SimWorkspace
beforeEach(async () => {
  tfc = await new TfcSimulator().start()
  gh = await new GitHubSimulator({
    'gh-token': { login: 'github-actions[bot]', app: true },
    'no-checks-token': { login: 'github-actions[bot]', app: true, noChecks: true }
  }).start()
  ws = tfc.addWorkspace({ name: 'production' })
  tfc.addConfigurationVersion(ws)
  for (const [login, role] of [
    ['alice', 'write'],
    ['bob', 'write'],
    ['carol', 'maintain'],
    ['dave', 'read']
  ])
    gh.permissions.set(`${REPO}:${login}`, role)
})
afterEach(async () => {
  await tfc.stop()
  await gh.stop()
})

/** A real issue_comment payload from GitHub's examples, moved onto this pull request and this comment. */
interface CommentPayload {
  action: string
  comment: { id: number; body: string; user: Record<string, unknown> }
  issue: { number: number; pull_request?: unknown } & Record<string, unknown>
  repository: Record<string, unknown>
}

function payload(
  body: string,
  extra: { login?: string; type?: string; action?: string; onIssue?: boolean; number?: number } = {}
): CommentPayload {
  const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json')
  const index = JSON.parse(readFileSync(file, 'utf8')) as Array<{ name: string; examples: CommentPayload[] }>
  const examples = index.find(e => e.name === 'issue_comment')!.examples
  const base = structuredClone(examples.find(e => e.action === (extra.action ?? 'created'))!)
  const number = extra.number ?? 7
  const login = extra.login ?? 'alice'
  const comment = gh.addComment(REPO, number, login, body)
  base.comment = { ...base.comment, id: comment.id, body, user: { ...base.comment.user, login, type: extra.type ?? 'User' } }
  base.issue = { ...base.issue, number }
  if (extra.onIssue) delete base.issue.pull_request
  else
    base.issue.pull_request = {
      url: `https://api.github.com/repos/${REPO}/pulls/${number}`,
      html_url: `https://github.com/${REPO}/pull/${number}`
    }
  base.repository = { ...base.repository, full_name: REPO }
  return base
}

function pull(extra: Partial<GhPullRequest> = {}): GhPullRequest {
  return gh.addPullRequest({ repo: REPO, number: 7, headSha: HEAD, login: 'bob', baseRef: 'main', ...extra })
}

/** The checkout the workflow's actions/checkout left: the configuration, and HEAD detached at `sha`. */
function checkout(sha = HEAD): string {
  const dir = makeTree({ 'main.tf': 'resource "terraform_data" "a" {}\n' })
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, '.git', 'HEAD'), `${sha}\n`)
  return dir
}

function command(body: string, options: { inputs?: Record<string, string>; event?: Parameters<typeof payload>[1]; sha?: string } = {}) {
  const path = join(tempDir(), 'event.json')
  writeFileSync(path, JSON.stringify(payload(body, options.event)))
  return startStep(
    DIST_MAIN,
    {
      token: TOKEN,
      hostname: tfc.url,
      organization: 'acme',
      workspace: 'production',
      directory: '.',
      'poll-interval': '0.05s',
      'github-token': 'gh-token',
      ...options.inputs
    },
    {
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: path,
      GITHUB_REPOSITORY: REPO,
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_API_URL: gh.url,
      GITHUB_RUN_ID: '4242',
      GITHUB_WORKSPACE: checkout(options.sha)
    }
  ).done
}

const reactionsOf = (body: string) => gh.comments.filter(c => c.body === body).at(-1)!.reactions
const replies = () => gh.commentsOn(REPO, 7).filter(c => c.user.login === 'github-actions[bot]' && !readState(c.body))

describe(`comments that are not commands, through the bundle on Node ${NODE_VERSION}`, () => {
  test.each([
    ['plain text', 'LGTM, ship it', {}, /The comment is not a \/tfe command\. Nothing was done\./],
    ['another prefix', '/atlantis apply', {}, /The comment is not a \/tfe command/],
    [
      'an edited comment',
      '/tfe apply',
      { action: 'edited' },
      /The comment was edited: commands are read from new comments only\. Nothing was done\./
    ],
    ['a comment on an issue', '/tfe apply', { onIssue: true }, /The comment is on issue #7, not on a pull request\. Nothing was done\./],
    [
      'a bot',
      '/tfe apply',
      { login: 'renovate[bot]', type: 'Bot' },
      /The comment was written by a bot \(renovate\[bot\]\)\. Nothing was done\./
    ]
  ])('%s: the step succeeds with one line, and nothing is created, reacted or replied', async (_what, body, event, line) => {
    pull()
    const step = await command(body, { event })
    expect(step.code).toBe(0)
    expect(step.stdout).toMatch(line)
    expect(tfc.requests).toHaveLength(0)
    expect(gh.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(gh.comments.flatMap(c => c.reactions)).toEqual([])
  })
})

describe(`commands refused, through the bundle on Node ${NODE_VERSION}`, () => {
  test('too little permission: a reply says what is needed; eyes, then confused; nothing created', async () => {
    pull()
    const step = await command('/tfe plan', { event: { login: 'dave' } })
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toBe('/tfe commands need write permission on this repository; dave has read. Nothing was done.')
    expect(replies().map(c => c.body)).toEqual([
      '@dave: /tfe commands need write permission on this repository; dave has read. Nothing was done.'
    ])
    expect(reactionsOf('/tfe plan')).toEqual(['eyes', 'confused'])
    expect(tfc.requests).toHaveLength(0)
  })

  test('command-permission maintain: write is not enough, maintain is', async () => {
    pull()
    expect((await command('/tfe help', { event: { login: 'alice' }, inputs: { 'command-permission': 'maintain' } })).code).toBe(1)
    expect((await command('/tfe help', { event: { login: 'carol' }, inputs: { 'command-permission': 'maintain' } })).code).toBe(0)
  })

  test('an unknown command or a bad flag: the reply is the help text; nothing created', async () => {
    pull()
    const step = await command('/tfe destroy -w production')
    expect(step.code).toBe(1)
    const [reply] = replies()
    expect(reply.body).toMatch(/^@alice: unknown command "destroy"\.\n\n`\/tfe plan`: plan this pull request's head/)
    expect(reply.body).toContain('`/tfe help`: this text.')
    expect(tfc.requests).toHaveLength(0)
  })

  test('-w outside the selection is refused, naming it', async () => {
    pull()
    const step = await command('/tfe plan -w staging')
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toBe('-w staging: not among the workspaces this step selects (production). Nothing was done.')
    expect(tfc.requests).toHaveLength(0)
  })

  test('a closed or merged pull request is refused', async () => {
    pull({ mergedAt: '2026-12-01T00:00:00Z', mergeCommitSha: 'd'.repeat(40) })
    const step = await command('/tfe apply')
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toBe('Pull request #7 is merged: commands act on open pull requests only. Nothing was done.')
    expect(tfc.requests).toHaveLength(0)
  })
})

describe(`/tfe plan, through the bundle on Node ${NODE_VERSION}`, () => {
  test('plans the checked-out head, saves it recorded for the pull request, updates the sticky comment, and checks it', async () => {
    pull()
    const step = await command('/tfe plan')
    expect(step.code).toBe(0)
    const [run] = tfc.runsOf(ws)
    expect(run.savePlan).toBe(true)
    expect(readBinding(run.message)).toEqual({ repository: REPO, pullRequest: 7, headSha: HEAD })
    const sticky = gh.commentsOn(REPO, 7).find(c => readState(c.body))!
    expect(readState(sticky.body)).toMatchObject({ run: run.id, sha: HEAD })
    expect(sticky.body).toMatch(/Asked: \/tfe plan by @\u2060?alice in https\u2060?:\/\/github\.com\/acme\/infra\/actions\/runs\/4242\./)
    expect(reactionsOf('/tfe plan')).toEqual(['eyes', 'rocket'])
    const [check] = gh.checkRunsOn(REPO, HEAD)
    expect(check).toMatchObject({ name: 'terraform plan: acme/production', status: 'completed', conclusion: 'success' })
    expect(check.history[0]).toMatchObject({ status: 'in_progress' })
    expect(check.output.title).toBe('1 to add, 0 to change, 0 to replace, 0 to destroy')
  })

  test('a checkout at another commit (a push after the comment) is refused, naming both', async () => {
    pull({ headSha: PUSHED })
    const step = await command('/tfe plan', { sha: HEAD })
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toBe(
      "The checkout is at aaaaaaa, but pull request #7's head is bbbbbbb (a push landed since): nothing was planned. Comment /tfe plan again."
    )
    expect(tfc.runs.size).toBe(0)
  })

  test('a fork is refused, then planned with allow-fork-pull-requests', async () => {
    pull({ headRepo: 'mallory/infra' })
    const refused = await command('/tfe plan')
    expect(refused.code).toBe(1)
    expect(errorLine(refused.stdout)).toMatch(
      /^Pull request #7 comes from a fork: .* unless the workflow sets `allow-fork-pull-requests: true`\./
    )
    expect(tfc.runs.size).toBe(0)
    const allowed = await command('/tfe plan', { inputs: { 'allow-fork-pull-requests': 'true' } })
    expect(allowed.code).toBe(0)
    expect(tfc.runs.size).toBe(1)
  })
})

describe(`/tfe apply before the merge, through the bundle on Node ${NODE_VERSION}`, () => {
  async function planned(): Promise<void> {
    expect((await command('/tfe plan')).code).toBe(0)
  }

  test('refused while not approved; the author approving their own is not counted; approved by another, applied', async () => {
    pull()
    await planned()
    const none = await command('/tfe apply')
    expect(none.code).toBe(1)
    expect(errorLine(none.stdout)).toBe(
      'Not applied: the apply requirements do not all hold for pull request #7: approved: no one but its author has approved it. Nothing was applied.'
    )
    pull({ reviews: [{ login: 'bob', state: 'APPROVED' }] })
    const own = await command('/tfe apply')
    expect(errorLine(own.stdout)).toMatch(/approved: only its author approved it, which does not count/)
    const [saved] = tfc.runsOf(ws)
    expect(saved.actionsLog).toEqual([])
    pull({
      reviews: [
        { login: 'bob', state: 'APPROVED' },
        { login: 'carol', state: 'APPROVED' }
      ]
    })
    const step = await command('/tfe apply')
    expect(step.code).toBe(0)
    expect(saved.actionsLog).toEqual(['apply'])
    expect(tfc.statusOf(saved)).toBe('applied')
    const sticky = gh.commentsOn(REPO, 7).find(c => readState(c.body))!
    expect(sticky.body).toMatch(/Applied the plan reviewed on pull request/)
    expect(sticky.body).toMatch(/Asked: \/tfe apply by @\u2060?alice/)
    expect(gh.checkRunsOn(REPO, HEAD).map(c => [c.name, c.conclusion])).toEqual([
      ['terraform plan: acme/production', 'success'],
      ['terraform apply: acme/production', 'success']
    ])
    expect(reactionsOf('/tfe apply')).toEqual(['eyes', 'rocket'])
  })

  test("GitHub's review decision, where branch protection gives one, decides", async () => {
    pull({ reviews: [{ login: 'carol', state: 'APPROVED' }], reviewDecision: 'REVIEW_REQUIRED' })
    await planned()
    const step = await command('/tfe apply')
    expect(errorLine(step.stdout)).toMatch(/approved: GitHub says a review is still required by the branch's protection/)
    expect(gh.graphqlQueries.some(q => q.includes('reviewDecision'))).toBe(true)
  })

  test('mergeable and up-to-date, each refused when it does not hold', async () => {
    pull({ reviews: [{ login: 'carol', state: 'APPROVED' }], mergeable: false, mergeableState: 'dirty', upToDate: false })
    await planned()
    const step = await command('/tfe apply', { inputs: { 'apply-requirements': 'approved, mergeable, up-to-date' } })
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(
      /mergeable: GitHub says it cannot be merged \(dirty\): resolve the conflicts; up-to-date: its head does not contain the head of main/
    )
    expect(tfc.runsOf(ws)[0].actionsLog).toEqual([])
  })

  test('a saved plan stale after a push: nothing applied, and the reply says to plan first', async () => {
    pull({ reviews: [{ login: 'carol', state: 'APPROVED' }] })
    await planned()
    pull({ headSha: PUSHED, reviews: [{ login: 'carol', state: 'APPROVED', commitId: HEAD }] })
    const step = await command('/tfe apply')
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(/is of aaaaaaa, but its head is now bbbbbbb: plan first .* Plan first: comment `\/tfe plan`\.$/)
    expect(tfc.runsOf(ws)[0].actionsLog).toEqual([])
  })

  test('merge-after-apply merges pinned to the applied head; the merge push then finds it applied, and succeeds', async () => {
    pull({ reviews: [{ login: 'carol', state: 'APPROVED' }] })
    await planned()
    const step = await command('/tfe apply', { inputs: { 'merge-after-apply': 'true' } })
    expect(step.code).toBe(0)
    expect(gh.merges).toEqual([{ repo: REPO, number: 7, sha: HEAD, method: 'merge' }])
    const merged = gh.pulls.find(p => p.number === 7)!
    // The push the merge makes runs the merge workflow's run: reviewed: applied already, nothing twice.
    const push = await startStep(
      DIST_MAIN,
      {
        token: TOKEN,
        hostname: tfc.url,
        organization: 'acme',
        workspace: 'production',
        run: 'reviewed',
        apply: 'true',
        'github-token': 'gh-token',
        'poll-interval': '0.05s'
      },
      { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: merged.mergeCommitSha!, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    ).done
    expect(push.code).toBe(0)
    expect(push.stdout).toMatch(/is already applied: nothing to apply again\./)
    expect(tfc.runsOf(ws)[0].actionsLog).toEqual(['apply'])
  })

  test('a push between the apply and the merge: GitHub refuses the merge (409), the step says so', async () => {
    pull({ reviews: [{ login: 'carol', state: 'APPROVED' }] })
    await planned()
    gh.beforeRequest = (method, path) => {
      if (method === 'PUT' && path.endsWith('/merge')) gh.pulls.find(p => p.number === 7)!.headSha = PUSHED
    }
    const step = await command('/tfe apply', { inputs: { 'merge-after-apply': 'true' } })
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(/^Applied, but not merged: pull request #7's head moved after aaaaaaa was applied/)
    expect(gh.merges).toEqual([])
  })
})

describe(`/tfe discard, through the bundle on Node ${NODE_VERSION}`, () => {
  test("discards the pull request's saved plan, and says so", async () => {
    pull()
    expect((await command('/tfe plan')).code).toBe(0)
    const [saved] = tfc.runsOf(ws)
    const step = await command('/tfe discard')
    expect(step.code).toBe(0)
    expect(saved.actionsLog).toEqual(['discard'])
    expect(replies().at(-1)!.body).toMatch(new RegExp(`^/tfe discard by @alice:\\n\\n- \`acme/production\`: discarded run ${saved.id}$`))
  })
})

describe(`check runs for a set, through the bundle on Node ${NODE_VERSION}`, () => {
  function pullRequestEvent(files: string[]): Record<string, string> {
    gh.pullFiles.set(`${REPO}#9`, files)
    const path = join(tempDir(), 'event.json')
    writeFileSync(path, JSON.stringify({ number: 9, pull_request: { number: 9, head: { sha: HEAD } } }))
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
  }
  const setInputs = (token: string) => ({
    token: TOKEN,
    hostname: tfc.url,
    organization: 'acme',
    workspaces: 'net\napp\ndns',
    'plan-only': 'true',
    'poll-interval': '0.05s',
    'github-token': token
  })

  test('success, failure and neutral (not touched), one check per workspace', async () => {
    for (const [name, extra] of [
      ['net', {}],
      ['app', { script: { plan: 'errored' as const } }],
      ['dns', {}]
    ] as const)
      tfc.addConfigurationVersion(tfc.addWorkspace({ name, workingDirectory: name, ...extra }))
    const step = await startStep(DIST_MAIN, setInputs('gh-token'), pullRequestEvent(['net/main.tf', 'app/main.tf'])).done
    expect(step.code).toBe(1)
    const checks = Object.fromEntries(gh.checkRunsOn(REPO, HEAD).map(c => [c.name, c]))
    expect(checks['terraform plan: acme/net']).toMatchObject({ conclusion: 'success' })
    expect(checks['terraform plan: acme/app']).toMatchObject({ conclusion: 'failure' })
    expect(checks['terraform plan: acme/dns']).toMatchObject({ conclusion: 'neutral' })
    expect(checks['terraform plan: acme/dns'].output.title).toBe('Skipped: no change under dns')
  })

  test('without checks: write (403): one warning, and the step goes on', async () => {
    tfc.addConfigurationVersion(tfc.addWorkspace({ name: 'net', workingDirectory: 'net' }))
    tfc.addConfigurationVersion(tfc.addWorkspace({ name: 'app', workingDirectory: 'app' }))
    const step = await startStep(
      DIST_MAIN,
      { ...setInputs('no-checks-token'), workspaces: 'net\napp' },
      pullRequestEvent(['net/main.tf', 'app/main.tf'])
    ).done
    expect(step.code).toBe(0)
    expect(step.stdout.match(/::warning::Could not write check runs \(GitHub answered 403\)/g)).toHaveLength(1)
    expect(tfc.runs.size).toBe(2)
  })
})
