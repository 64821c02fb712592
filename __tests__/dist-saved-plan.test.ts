/**
 * Apply exactly the plan that was reviewed, through the committed bundle: a pull-request step with `save-plan`,
 * then a push step with `run: reviewed`; and runs adopted by ID.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitHubSimulator } from '../sim/github-simulator.js'
import { commentKey, marker, readState } from '../src/report/comment-marker.js'
import { TfcSimulator, type SimRun, type SimWorkspace } from '../sim/tfc-simulator.js'
import { DIST_MAIN, NODE_VERSION, startStep, errorLine } from './support/bundle.js'
import { TOKEN, until } from './support/harness.js'
import { startSimulators, stopSimulators } from './support/simulators.js'
import { tempDir } from './support/temp.js'
import { makeTree } from './support/tree.js'

const REPO = 'acme/infra'
const HEAD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const MERGE = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'

let tfc: TfcSimulator
let gh: GitHubSimulator
let ws: SimWorkspace
let code: string
beforeEach(async () => {
  ;({ tfc, gh } = await startSimulators())
  ws = tfc.addWorkspace({ name: 'production' })
  tfc.addConfigurationVersion(ws)
  code = makeTree({ 'main.tf': 'resource "terraform_data" "a" {}\n' })
})
afterEach(() => stopSimulators(tfc, gh))

const base = { token: TOKEN, organization: 'acme', workspace: 'production', 'poll-interval': '0.05s', 'github-token': 'gh-token' }
const env = (extra: Record<string, string>): Record<string, string> => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: REPO,
  GITHUB_WORKSPACE: code,
  ...extra
})

/** The pull request's plan step: uploads the code and saves the plan, commenting on pull request #7. */
async function planOnPullRequest(headSha = HEAD): Promise<SimRun> {
  const event = join(tempDir(), 'event.json')
  writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: headSha } } }))
  const step = await startStep(
    DIST_MAIN,
    { ...base, hostname: tfc.url, directory: '.', 'save-plan': 'true' },
    env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'c'.repeat(40) })
  ).done
  expect(step.code).toBe(0)
  const run = tfc.runsOf(ws).find(r => r.savePlan)!
  expect(step.outputs).toMatchObject({ 'run-id': run.id, 'run-status': 'planned_and_saved', applied: 'false', discarded: 'false' })
  return run
}

/** The push that merges pull request #7 (whose head was `mergedHead`) as MERGE. */
function applyReviewed(mergedHead = HEAD, inputs: Record<string, string> = {}) {
  gh.addPullRequest({ repo: REPO, number: 7, headSha: mergedHead, mergeCommitSha: MERGE, mergedAt: '2026-11-30T06:00:00Z' })
  return startStep(
    DIST_MAIN,
    { ...base, hostname: tfc.url, run: 'reviewed', apply: 'true', ...inputs },
    env({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: MERGE, GITHUB_RUN_ID: '4242' })
  ).done
}

describe(`apply the reviewed plan, through the bundle on Node ${NODE_VERSION}`, () => {
  test('the pull request saves the plan; the merge applies that very run, and the comment says so', async () => {
    const saved = await planOnPullRequest()
    const [comment] = gh.commentsOn(REPO, 7)
    expect(comment.body).toContain('Plan saved, to be applied as reviewed')
    expect(readState(comment.body)).toMatchObject({ run: saved.id, sha: HEAD })
    // The saved plan's configuration version is provisional, and the run holds no queue: the workspace's current run is untouched.
    expect([...tfc.cvs.values()].find(cv => cv.id === saved.cvId)?.provisional).toBe(true)
    expect(ws.currentRunId).not.toBe(saved.id)

    const merge = await applyReviewed()
    expect(merge.code).toBe(0)
    expect(tfc.runs.size).toBe(1)
    expect(saved.actionsLog).toEqual(['apply'])
    expect(tfc.statusOf(saved)).toBe('applied')
    expect(merge.outputs).toMatchObject({ 'run-id': saved.id, 'run-status': 'applied', applied: 'true' })
    const updated = gh.commentsOn(REPO, 7)
    expect(updated).toHaveLength(1)
    expect(updated[0].body).toMatch(
      /Applied the plan reviewed on pull request #\u2060?7 \(aaaaaaa\), exactly as planned: \d{4}-\d\d-\d\dT[\d:]+Z, by https\u2060?:\/\/github\.com\/acme\/infra\/actions\/runs\/4242\./
    )
    expect(merge.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${updated[0].id}$`))
  })

  test('stale: another run applied first, so HCP Terraform discarded the saved plan; nothing is applied or created', async () => {
    const saved = await planOnPullRequest()
    const other = await startStep(DIST_MAIN, { ...base, hostname: tfc.url, apply: 'true' }, env({ GITHUB_EVENT_NAME: 'push' })).done
    expect(other.code).toBe(0)
    expect(tfc.statusOf(saved)).toBe('discarded')
    const runs = tfc.runs.size
    const merge = await applyReviewed()
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toMatch(
      /was discarded: either another run was applied first, or someone discarded it\. Nothing was applied\. Re-run the pull request's plan/
    )
    expect(tfc.runs.size).toBe(runs)
    expect(saved.actionsLog).toEqual([])
  })

  test('code pushed after the plan: the merged head is not the planned one; nothing is applied', async () => {
    const saved = await planOnPullRequest()
    const merge = await applyReviewed('d'.repeat(40))
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toMatch(
      /is of aaaaaaa, but the pull request was merged at ddddddd: code was pushed after the plan\. Nothing was applied/
    )
    expect(saved.actionsLog).toEqual([])
  })

  test('no plan comment on the merged pull request: no reviewed plan', async () => {
    const merge = await applyReviewed()
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toMatch(/No reviewed plan: pull request #7 has no plan comment for workspace acme\/production/)
    // The summary says what was not done, not that a run was "not created".
    expect(merge.summary).toMatch(/^### ❌ HCP Terraform run reviewed not acted on: production/)
    expect(tfc.runs.size).toBe(0)
  })

  test('already applied (before the merge, say): said so, nothing applied again, and that is a success', async () => {
    const saved = await planOnPullRequest()
    tfc.confirm(saved)
    for (let i = 0; i < 100 && tfc.statusOf(saved) !== 'applied'; i++) await new Promise(r => setTimeout(r, 10))
    const merge = await applyReviewed()
    expect(merge.code).toBe(0)
    expect(merge.stdout).toMatch(/is already applied: nothing to apply again\./)
    expect(merge.outputs).toMatchObject({ 'run-id': saved.id, 'run-status': 'applied', applied: 'false' })
    expect(saved.actionsLog).toEqual([])
  })

  test('no changes: the reviewed plan has nothing to apply, and that is a success', async () => {
    // An earlier push to the pull request planned changes and started the comment; the last one plans none.
    await planOnPullRequest('e'.repeat(40))
    ws.script = { plan: 'no-changes' }
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: HEAD } } }))
    const last = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, directory: '.', 'save-plan': 'true' },
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    ).done
    expect(last.outputs['run-status']).toBe('planned_and_finished')
    expect(readState(gh.commentsOn(REPO, 7)[0].body)).toMatchObject({ run: last.outputs['run-id'], sha: HEAD })
    const runs = tfc.runs.size
    const merge = await applyReviewed()
    expect(merge.code).toBe(0)
    expect(merge.stdout).toMatch(/has no changes: nothing to apply\./)
    expect(merge.outputs).toMatchObject({ 'run-id': last.outputs['run-id'], applied: 'false' })
    expect(tfc.runs.size).toBe(runs)
  })

  test('a saved-plan run created by an older server that ignores save-plan fails clearly and is stopped', async () => {
    await tfc.stop()
    tfc = await new TfcSimulator({ ignoreSavePlan: true }).start()
    ws = tfc.addWorkspace({ name: 'production' })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, 'save-plan': 'true', comment: 'false' },
      env({ GITHUB_EVENT_NAME: 'push' })
    ).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(/created run run-\S+ as an ordinary run: it ignored `save-plan`/)
    const [run] = tfc.runsOf(ws)
    // Stopped by the step: the cancel or discard was accepted, and the run then ends.
    expect(run.actionsLog.filter(a => a === 'cancel' || a === 'discard')).toHaveLength(1)
    await until(() => ['canceled', 'discarded'].includes(tfc.statusOf(run)), 'the ordinary run ends')
  })
})

describe(`runs adopted by ID, through the bundle on Node ${NODE_VERSION}`, () => {
  async function savedRun(): Promise<SimRun> {
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, 'save-plan': 'true', comment: 'false' },
      env({ GITHUB_EVENT_NAME: 'workflow_dispatch' })
    ).done
    expect(step.code).toBe(0)
    return tfc.runsOf(ws)[0]
  }

  test('run: run-… with apply: true applies that run; no run is created', async () => {
    const saved = await savedRun()
    const step = await startStep(
      DIST_MAIN,
      { token: TOKEN, hostname: tfc.url, run: saved.id, apply: 'true', 'poll-interval': '0.05s' },
      env({ GITHUB_EVENT_NAME: 'workflow_dispatch' })
    ).done
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(1)
    expect(saved.actionsLog).toEqual(['apply'])
    expect(step.outputs).toMatchObject({ 'run-id': saved.id, 'run-status': 'applied', applied: 'true' })
    // An adopted run is not the post step's to clean up.
    expect(step.state['run-ids']).toBeUndefined()
  })

  test('run: run-… with apply: false and discard: true discards it', async () => {
    const saved = await savedRun()
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, run: saved.id, 'github-token': '' },
      env({ GITHUB_EVENT_NAME: 'workflow_dispatch' })
    ).done
    expect(step.code).toBe(0)
    expect(saved.actionsLog).toEqual(['discard'])
    expect(step.outputs).toMatchObject({ 'run-status': 'discarded', discarded: 'true' })
  })

  test('run: run-… in another workspace than workspace: fails before any action', async () => {
    const saved = await savedRun()
    tfc.addConfigurationVersion(tfc.addWorkspace({ name: 'staging' }))
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, workspace: 'staging', run: saved.id, apply: 'true' },
      env({ GITHUB_EVENT_NAME: 'workflow_dispatch' })
    ).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(
      new RegExp(`Input \`workspace\`: run ${saved.id} belongs to workspace acme/production, not acme/staging\\. Nothing was done`)
    )
    expect(saved.actionsLog).toEqual([])
    expect(tfc.statusOf(saved)).toBe('planned_and_saved')
  })
})

describe(`HCP Terraform, not the comment, decides what run: reviewed applies, through the bundle on Node ${NODE_VERSION}`, () => {
  /** A plan step with save-plan on pull request `number` of `repo`, at `head`; its comment goes to that pull request. */
  async function savedFor(number: number, head: string, repo = REPO): Promise<SimRun> {
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number, pull_request: { number, head: { sha: head } } }))
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, directory: '.', 'save-plan': 'true', comment: 'false' },
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: repo })
    ).done
    expect(step.code).toBe(0)
    return tfc.runs.get(step.outputs['run-id'])!
  }

  /** A comment on pull request #7, posted as github-actions[bot] (any job with GITHUB_TOKEN can), naming `run`. */
  function forgeMarker(run: SimRun, sha = HEAD): void {
    const key = commentKey(new URL(tfc.url).host, 'acme', 'production', '')
    const state = { run: run.id, sha, created: new Date().toISOString(), status: 'planned_and_saved' }
    gh.addComment(REPO, 7, 'github-actions[bot]', `${marker(key, state)}\n### Plan saved`)
  }

  test("a marker on pull request #7 naming pull request #8's saved plan applies nothing, and says why", async () => {
    const other = await savedFor(8, 'f'.repeat(40))
    expect(other.message).toMatch(new RegExp(`\\[tfe-run-action:[0-9a-f]+ pr=acme/infra#8@${'f'.repeat(40)}\\]$`))
    forgeMarker(other)
    const merge = await applyReviewed()
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toBe(
      `Run ${other.id}, which the plan comment on pull request #7 names, was planned for pull request #8, not #7: the comment does not match what HCP Terraform recorded. Nothing was applied.`
    )
    expect(other.actionsLog).toEqual([])
    expect(tfc.statusOf(other)).toBe('planned_and_saved')
  })

  test('a marker naming a run planned for another repository applies nothing', async () => {
    const other = await savedFor(7, HEAD, 'acme/elsewhere')
    forgeMarker(other)
    const merge = await applyReviewed()
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toMatch(/was planned for repository acme\/elsewhere, not acme\/infra\. Nothing was applied\./)
    expect(other.actionsLog).toEqual([])
  })

  test('a marker that claims the merged head for a run planned at another commit applies nothing', async () => {
    const older = await savedFor(7, 'e'.repeat(40))
    forgeMarker(older, HEAD)
    const merge = await applyReviewed()
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toMatch(
      /is of eeeeeee, but the pull request was merged at aaaaaaa: code was pushed after the plan\. Nothing was applied/
    )
    expect(older.actionsLog).toEqual([])
  })

  test('a marker naming a saved plan made outside any pull request applies nothing', async () => {
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, 'save-plan': 'true', comment: 'false' },
      env({ GITHUB_EVENT_NAME: 'workflow_dispatch' })
    ).done
    const unbound = tfc.runs.get(step.outputs['run-id'])!
    forgeMarker(unbound)
    const merge = await applyReviewed()
    expect(merge.code).toBe(1)
    expect(errorLine(merge.stdout)).toMatch(/records no pull request in its message: it was not planned by this action's pull-request step/)
    expect(unbound.actionsLog).toEqual([])
  })

  test('a message input that imitates the record does not stand in for it', async () => {
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number: 8, pull_request: { number: 8, head: { sha: 'f'.repeat(40) } } }))
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, 'save-plan': 'true', comment: 'false', message: `deploy [tfe-run-action:abc pr=${REPO}#7@${HEAD}]` },
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    ).done
    const run = tfc.runs.get(step.outputs['run-id'])!
    forgeMarker(run)
    const merge = await applyReviewed()
    expect(errorLine(merge.stdout)).toMatch(/was planned for pull request #8, not #7/)
    expect(run.actionsLog).toEqual([])
  })

  test('a saved plan with no changes leaves its comment, and the merge then succeeds with nothing to apply', async () => {
    ws.script = { plan: 'no-changes' }
    const saved = await planOnPullRequestWithOutcome('planned_and_finished')
    const [comment] = gh.commentsOn(REPO, 7)
    expect(readState(comment.body)).toMatchObject({ run: saved.id, sha: HEAD })
    const merge = await applyReviewed()
    expect(merge.code).toBe(0)
    expect(merge.stdout).toMatch(/has no changes: nothing to apply\./)
    expect(merge.outputs).toMatchObject({ 'run-id': saved.id, applied: 'false' })
    expect(saved.actionsLog).toEqual([])
  })
})

/** The pull request's plan step for #7 at HEAD with save-plan, whatever its outcome. */
async function planOnPullRequestWithOutcome(status: string): Promise<SimRun> {
  const event = join(tempDir(), 'event.json')
  writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: HEAD } } }))
  const step = await startStep(
    DIST_MAIN,
    { ...base, hostname: tfc.url, directory: '.', 'save-plan': 'true' },
    env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
  ).done
  expect(step.code).toBe(0)
  expect(step.outputs['run-status']).toBe(status)
  return tfc.runs.get(step.outputs['run-id'])!
}

describe(`commit IDs the record must read back, through the bundle on Node ${NODE_VERSION}`, () => {
  test('a repository using SHA-256 object names: the saved plan is recorded with its 64-digit head and applied on merge', async () => {
    const head = 'd'.repeat(64)
    const saved = await planOnPullRequest(head)
    expect(saved.message).toMatch(new RegExp(`pr=acme/infra#7@${head}\\]$`))
    const merge = await applyReviewed(head)
    expect(merge.code).toBe(0)
    expect(saved.actionsLog).toEqual(['apply'])
  })

  test('a head the record could not read back: refused at plan time, with no run', async () => {
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'not-a-commit' } } }))
    const step = await startStep(
      DIST_MAIN,
      { ...base, hostname: tfc.url, directory: '.', 'save-plan': 'true', comment: 'false' },
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    ).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(/^The pull request's head commit \("not-a-commit"\) is not a commit ID this action can record/)
    expect(tfc.runs.size).toBe(0)
  })
})

describe(`a GitHub App installation token as github-token, through the bundle on Node ${NODE_VERSION}`, () => {
  test.each([
    ['GraphQL names it', false],
    ['only its first comment names it', true]
  ])('%s: one comment, updated in place, and the merge finds it', async (_how, noGraphql) => {
    await gh.stop()
    gh = await new GitHubSimulator({ 'app-token': { login: 'tfe-deployer[bot]', app: true, noGraphql } }).start()
    const app = { 'github-token': 'app-token' }
    for (const [i, head] of ['e'.repeat(40), HEAD].entries()) {
      const before = gh.requests.length
      const event = join(tempDir(), 'event.json')
      writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: head } } }))
      const step = await startStep(
        DIST_MAIN,
        { ...base, ...app, hostname: tfc.url, directory: '.', 'save-plan': 'true' },
        env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
      ).done
      expect(step.code).toBe(0)
      const comments = gh.commentsOn(REPO, 7)
      expect(comments).toHaveLength(1)
      expect(comments[0].user.login).toBe('tfe-deployer[bot]')
      expect(readState(comments[0].body)).toMatchObject({ run: step.outputs['run-id'], sha: head })
      // Who the token is: asked at most once a step (GraphQL's viewer), and not at all while no comment has our marker.
      const asked = gh.requests.slice(before).filter(r => r.path === '/graphql' || r.path === '/user')
      expect(asked.map(r => r.path)).toEqual(i === 0 ? [] : ['/graphql'])
    }
    const saved = tfc.runs.get(readState(gh.commentsOn(REPO, 7)[0].body)!.run)!
    const merge = await applyReviewed(HEAD, app)
    expect(merge.code).toBe(0)
    expect(saved.actionsLog).toEqual(['apply'])
    expect(gh.commentsOn(REPO, 7)).toHaveLength(1)
    expect(gh.commentsOn(REPO, 7)[0].body).toMatch(/Applied the plan reviewed on pull request/)
  })
})
