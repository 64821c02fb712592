/**
 * Drift kept visible as GitHub issues, through the bundle, as a scheduled workflow runs it: found from a recent
 * health assessment or a refresh-only plan; one issue per workspace, opened, kept quiet while the drift is the
 * same, commented on when it changes, closed when the workspace is clean.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import type { GitHubSimulator } from '../sim/github-simulator.js'
import { driftPlan } from '../sim/plan-generator.js'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { DIST_MAIN, NODE_VERSION, errorLine, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { startSimulators, stopSimulators } from './support/simulators.js'

const REPO = 'acme/infra'
const SECRET = 'drifted-secret-value'
let tfc: TfcSimulator
let gh: GitHubSimulator
let ws: SimWorkspace
beforeEach(async () => {
  ;({ tfc, gh } = await startSimulators())
  ws = tfc.addWorkspace({ name: 'production' })
  tfc.addConfigurationVersion(ws)
})
afterEach(() => stopSimulators(tfc, gh))

const TAGGED = {
  address: 'aws_instance.web',
  before: { tags: { env: 'prod' }, ami: 'ami-1' },
  after: { tags: { env: 'changed-by-hand' }, ami: 'ami-1' }
}
const SECRETIVE = {
  address: 'aws_db_instance.main',
  before: { password: 'old' },
  after: { password: SECRET },
  sensitive: { password: true }
}

function refreshOnly(drift: Parameters<typeof driftPlan>[0]): void {
  ws.script = { planJson: driftPlan(drift), counts: { additions: 0, changes: 0, destructions: 0 } }
}

const check = () =>
  startStep(
    DIST_MAIN,
    {
      token: TOKEN,
      hostname: tfc.url,
      organization: 'acme',
      workspace: 'production',
      'poll-interval': '0.1s',
      'drift-issue': 'true',
      'github-token': 'gh-token'
    },
    { GITHUB_EVENT_NAME: 'schedule', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
  ).done

describe(`drift issues, through the bundle on Node ${NODE_VERSION}`, () => {
  test('found by a refresh-only plan: one issue, labelled drift, each resource and its changed attributes, no secret', async () => {
    refreshOnly([TAGGED, SECRETIVE])
    const step = await check()
    expect(step.code).toBe(0)
    expect(step.outputs.drifted).toBe('true')
    const [run] = tfc.runsOf(ws)
    expect(run).toMatchObject({ planOnly: true, refreshOnly: true })
    expect(gh.labels.get(REPO)?.has('drift')).toBe(true)
    expect(gh.issues).toHaveLength(1)
    const [issue] = gh.issues
    expect(issue).toMatchObject({ title: 'Drift: acme/production', state: 'open', labels: ['drift'] })
    expect(step.outputs['drift-issue-url']).toBe(`https://github.com/${REPO}/issues/${issue.number}`)
    expect(issue.body).toContain('`aws_instance.web` (update)')
    expect(issue.body).toContain('~ tags.env = "prod" -> "changed-by-hand"')
    expect(issue.body).toContain('~ password = (sensitive) -> (sensitive)')
    expect(issue.body).toMatch(/refresh\\?-only run run\\?-/)
    for (const text of [issue.body, step.stdout, step.summary, JSON.stringify(step.outputs)]) expect(text).not.toContain(SECRET)
  })

  test('the same drift the next day: the issue is updated in place, with no comment; a change: one comment; gone: closed', async () => {
    refreshOnly([TAGGED])
    await check()
    refreshOnly([TAGGED])
    const same = await check()
    expect(same.code).toBe(0)
    expect(gh.issues).toHaveLength(1)
    const [issue] = gh.issues
    expect(gh.commentsOn(REPO, issue.number)).toHaveLength(0)

    refreshOnly([TAGGED, SECRETIVE])
    await check()
    expect(gh.issues).toHaveLength(1)
    // The comment (what subscribers are notified of) says what changed, not only that something did.
    const [changed] = gh.commentsOn(REPO, issue.number).map(c => c.body)
    expect(changed).toMatch(/^The drift changed at /)
    expect(changed).toContain('- Started drifting (1): `aws_db_instance.main`')
    expect(changed).not.toContain('No longer drifting')
    expect(issue.body).toContain('aws_db_instance.main')
    refreshOnly([SECRETIVE])
    await check()
    expect(gh.commentsOn(REPO, issue.number).at(-1)!.body).toContain('- No longer drifting (1): `aws_instance.web`')
    gh.comments.splice(gh.comments.indexOf(gh.commentsOn(REPO, issue.number).at(-1)!), 1)

    refreshOnly([])
    const clean = await check()
    expect(clean.outputs.drifted).toBe('false')
    expect(issue.state).toBe('closed')
    expect(gh.commentsOn(REPO, issue.number).at(-1)!.body).toMatch(/^No drift any more: acme\/production was seen clean at /)
    // Clean again: nothing more to say.
    refreshOnly([])
    await check()
    expect(gh.commentsOn(REPO, issue.number)).toHaveLength(2)
    // Drift again: the same issue reopens.
    refreshOnly([TAGGED])
    await check()
    expect(gh.issues).toHaveLength(1)
    expect(issue.state).toBe('open')
  })

  test('a recent health assessment is used as it is: no run is created', async () => {
    ws.assessment = { drifted: true, ageMs: 30 * 60_000, planJson: driftPlan([TAGGED]) }
    const step = await check()
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(0)
    expect(step.outputs.drifted).toBe('true')
    expect(gh.issues[0].body).toMatch(/health assessment asmtres\\?-/)
    expect(gh.issues[0].body).toContain('~ tags.env = "prod" -> "changed-by-hand"')
  })

  test('an assessment older than `timeout` (or one that failed) is not trusted: a refresh-only plan decides', async () => {
    ws.assessment = { drifted: true, ageMs: 2 * 3600_000, planJson: driftPlan([TAGGED]) }
    refreshOnly([])
    const step = await check()
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(1)
    expect(step.outputs.drifted).toBe('false')
    expect(gh.issues).toHaveLength(0)
  })

  test('several workspaces: each checked, each its own issue; runs says each one', async () => {
    const other = tfc.addWorkspace({ name: 'staging', tags: ['watched'] })
    tfc.addConfigurationVersion(other)
    ws.tags = ['watched']
    refreshOnly([TAGGED])
    other.script = { planJson: driftPlan([]), counts: { additions: 0, changes: 0, destructions: 0 } }
    const step = await startStep(
      DIST_MAIN,
      {
        token: TOKEN,
        hostname: tfc.url,
        organization: 'acme',
        'workspace-tags': 'watched',
        'poll-interval': '0.1s',
        'drift-issue': 'true',
        'github-token': 'gh-token'
      },
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    ).done
    expect(step.code).toBe(0)
    const runs = JSON.parse(step.outputs.runs) as Record<string, { drifted: boolean; 'drift-issue-url'?: string }>
    expect(runs['acme/production']).toEqual({
      drifted: true,
      'drift-issue-url': `https://github.com/${REPO}/issues/${gh.issues[0].number}`
    })
    expect(runs['acme/staging']).toEqual({ drifted: false })
    expect(step.outputs.drifted).toBe('true')
    expect(gh.issues.map(i => i.title)).toEqual(['Drift: acme/production'])
    expect(step.stdout).toMatch(/^\[staging\] acme\/staging has not drifted$/m)
  })

  test('a plan that could not be read is "drift not known": the open issue stays open, drifted is not false', async () => {
    refreshOnly([TAGGED])
    await check()
    const [issue] = gh.issues
    // The refresh-only run's JSON plan cannot be read: no redacted plan on this server, the full one refused.
    ws.script = {
      planJson: driftPlan([]),
      redactedJson: null,
      jsonOutput: 'forbidden',
      counts: { additions: 0, changes: 0, destructions: 0 }
    }
    const step = await check()
    expect(step.code).toBe(0)
    expect(step.outputs.drifted).toBe('unknown')
    expect(issue.state).toBe('open')
    expect(gh.commentsOn(REPO, issue.number)).toHaveLength(0)
    expect(step.stdout).toMatch(
      /^::warning::Drift of acme\/production is not known: the refresh-only plan's JSON could not be read\. Its drift issue, if any, was left as it is\.$/m
    )
    expect(step.summary).toContain('### ⚠️ Drift not known: acme/production')
  })

  test("2,000 drifted resources: the issue body stays within GitHub's 65,536 characters, the first listed and the rest counted", async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...TAGGED, address: `aws_instance.web_${String(i).padStart(4, '0')}` }))
    refreshOnly(many)
    const step = await check()
    expect(step.code).toBe(0)
    expect(gh.issues).toHaveLength(1)
    const [issue] = gh.issues
    expect(issue.body.length).toBeLessThanOrEqual(65_536)
    expect(issue.body).toContain('`aws_instance.web_0000` (update)')
    expect(issue.body).toMatch(/- … and \d+ more/)
    expect(issue.body).toMatch(/Only the first \d+ of 2000 drifted resources are listed, to fit/)
    expect(step.outputs.drifted).toBe('true')
  })

  test("GitHub's 422 is reported as what it is, not as a missing permission", async () => {
    refreshOnly([TAGGED])
    gh.beforeRequest = (method, path) => {
      if (method === 'POST' && path.endsWith('/issues')) gh.issueBodyLimit = 10
    }
    const step = await check()
    expect(step.code).toBe(0)
    expect(step.stdout).toMatch(/::warning::Could not update the drift issue of acme\/production: GitHub refused it as invalid \(422: /)
    expect(step.stdout).not.toMatch(/issues: write/)
  })

  test('the drift label created by another job between the look and the creation: the issue is opened all the same', async () => {
    refreshOnly([TAGGED])
    gh.beforeRequest = (method, path) => {
      // Another job's step creates the label after this one found none.
      if (method === 'POST' && path.endsWith('/labels')) gh.labels.set(REPO, new Set(['drift']))
    }
    const step = await check()
    expect(step.code).toBe(0)
    expect(gh.requests.some(r => r.method === 'POST' && r.path.endsWith('/labels') && r.status === 422)).toBe(true)
    expect(gh.issues).toHaveLength(1)
    expect(step.stdout).not.toMatch(/::warning::Could not update the drift issue/)
  })

  test('an assessment whose plan the token may not read (admin only): the refresh-only run decides, never an empty list', async () => {
    await tfc.stop()
    tfc = await new TfcSimulator({ tokens: { 'plan-token': 'planner' } }).start()
    ws = tfc.addWorkspace({ name: 'production' })
    tfc.addConfigurationVersion(ws)
    ws.assessment = { drifted: true, ageMs: 30 * 60_000, planJson: driftPlan([TAGGED]) }
    refreshOnly([TAGGED])
    const step = await startStep(
      DIST_MAIN,
      {
        token: 'plan-token',
        hostname: tfc.url,
        organization: 'acme',
        workspace: 'production',
        'poll-interval': '0.1s',
        'drift-issue': 'true',
        'github-token': 'gh-token'
      },
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    ).done
    expect(step.code).toBe(0)
    expect(step.stdout).toMatch(
      /The health assessment asmtres-\S+ cannot be used: HCP Terraform answered 403 for its plan \(reading it needs admin access to the workspace\)\. Planning refresh-only instead/
    )
    expect(tfc.runs.size).toBe(1)
    expect(gh.issues[0].body).toContain('`aws_instance.web` (update)')
    expect(gh.issues[0].body).toMatch(/refresh\\?-only run/)
  })

  test('drift-issue never applies: it cannot be combined with apply', async () => {
    const step = await startStep(
      DIST_MAIN,
      { token: TOKEN, hostname: tfc.url, organization: 'acme', workspace: 'production', 'drift-issue': 'true', apply: 'true' },
      { GITHUB_EVENT_NAME: 'schedule' }
    ).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(
      /^Input `drift-issue` finds drift with a speculative refresh-only plan and applies nothing: it cannot be used with `apply`/
    )
    expect(tfc.runs.size).toBe(0)
  })
})
