/**
 * Reliability under faults that take time to play out (a 15-second outage, a run queued for a minute), run in-process
 * on the scaled test clock through the same transport and lifecycle code as the bundle. The README's reliability
 * table names each test; the ones that are quick in real time run through the bundle in dist-faults.test.ts and dist-environment.test.ts.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { TfcSimulator, type SimRun, type SimWorkspace } from '../sim/tfc-simulator.js'
import { TEST_CLOCK, runAction } from './support/harness.js'

let sim: TfcSimulator
let ws: SimWorkspace
beforeEach(async () => {
  sim = await new TfcSimulator({ clock: TEST_CLOCK, tokens: { 'test-token-admin': 'admin', 'planner-token': 'planner' } }).start()
  ws = sim.addWorkspace({ name: 'production' })
  sim.addConfigurationVersion(ws)
})
afterEach(() => sim.stop())

const ourRun = (): SimRun => sim.runsOf(ws).find(r => r.message.includes('tfe-run-action:'))!

describe('reads fail for a while', () => {
  test('15 s of 503 on every read while the run is applying: it is applied, and nothing is cancelled', async () => {
    ws.script = { applyMs: 5_000 }
    sim.faults = {
      script: [
        {
          after: () => sim.runsOf(ws).some(r => sim.statusOf(r) === 'applying'),
          match: m => m === 'GET',
          answer: 'server-error',
          forMs: 15_000
        }
      ]
    }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', timeout: '2m', 'poll-interval': '1s' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toMatchObject({ 'run-status': 'applied', applied: 'true' })
    expect(ourRun().actionsLog).toEqual(['apply'])
    expect(sim.requests.filter(r => r.status === 503).length).toBeGreaterThan(3)
    // One line when the outage starts and one when it ends, not one per try.
    expect(io.lines.filter(l => /server error 503; retrying/.test(l))).toHaveLength(1)
    expect(io.lines.filter(l => /answered after \d+ retries/.test(l))).toHaveLength(1)
  })

  test('the timeout while applying never cancels the apply: the step fails saying it is still applying', async () => {
    ws.script = { applyMs: 10 * 60_000 }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', timeout: '10s', 'poll-interval': '1s' })
    expect(io.failed).toMatch(/^Timed out after 10s .*waiting for the apply\. The run is still applying \(applying\), so it was left alone/)
    expect(io.failed).toContain(`/app/acme/workspaces/production/runs/${ourRun().id}`)
    expect(ourRun().actionsLog).toEqual(['apply'])
    expect(sim.statusOf(ourRun())).toBe('applying')
    // Nothing for the post step to do: it must not touch an applying run either.
    expect(io.state['main-finished']).toBe('true')
  })
})

describe('a run that waits for its turn', () => {
  test('queued behind a run waiting for confirmation: the timeout names that run, and ours is discarded', async () => {
    const blocker = sim.addAppliedRun(ws, sim.addConfigurationVersion(ws))
    sim.setStatus(blocker, 'planned')
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '10s', 'poll-interval': '1s' })
    expect(io.failed).toMatch(
      new RegExp(`never started: run ${blocker.id} \\(planned, waiting for confirmation\\) holds the workspace: .*/runs/${blocker.id}`)
    )
    expect(io.failed).toMatch(/Discarded the run\.$/)
    expect(io.warnings.join('\n')).toMatch(new RegExp(`has not started: run ${blocker.id}`))
    expect(sim.statusOf(ourRun())).toBe('discarded')
    expect(ourRun().actionsLog).toEqual(['discard'])
    expect(sim.statusOf(blocker)).toBe('planned')
    expect(io.summary).toContain('Timed out')
  })

  test('queued behind a run a run trigger queued: the diagnosis says where that run came from', async () => {
    const blocker = sim.addAppliedRun(ws, sim.addConfigurationVersion(ws))
    blocker.triggeringSourceName = 'network'
    sim.setStatus(blocker, 'planning')
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '10s', 'poll-interval': '1s' })
    expect(io.failed).toMatch(
      new RegExp(
        `never started: run ${blocker.id} \\(planning, queued by a run trigger after workspace network applied\\) holds the workspace`
      )
    )
    expect(sim.statusOf(ourRun())).toBe('discarded')
  })

  test('queued behind a lock: the timeout names who holds it, and ours is discarded', async () => {
    ws.locked = true
    ws.lockedBy = { type: 'users', id: 'user-V3R563qtJNcExAkN', name: 'alice' }
    ws.lockedReason = 'migrating state'
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '10s', 'poll-interval': '1s' })
    expect(io.failed).toMatch(/never started: the workspace is locked by alice \("migrating state"\)\. Discarded the run\.$/)
    expect(sim.statusOf(ourRun())).toBe('discarded')
  })

  test('a short timeout still says why the run never started', async () => {
    ws.locked = true
    ws.lockedBy = { type: 'teams', id: 'team-6p5jTwJQXwqZBncC', name: 'platform' }
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '5s', 'poll-interval': '0.5s' })
    expect(io.failed).toMatch(/never started: the workspace is locked by team platform\. Discarded the run\.$/)
  })
})

describe('waiting for the organization', () => {
  test("a run held in plan_queued is explained from the organization's run queue, not from a run attribute", async () => {
    // Another workspace's run arrived first; both wait for the organization's capacity.
    const other = sim.addWorkspace({ name: 'staging', script: { planQueuedMs: Infinity } })
    const otherRun = sim.addAppliedRun(other, sim.addConfigurationVersion(other), false)
    otherRun.steps = [{ status: 'plan_queued', ms: Infinity }]
    ws.script = { planQueuedMs: Infinity }
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '20s', 'poll-interval': '1s' })
    expect(io.warnings.join('\n')).toMatch(
      /has not started: it waits for a free run slot in organization acme \(its concurrency limit\), at position 2 of the organization's run queue/
    )
    expect(io.failed).toMatch(/never started: it waits for a free run slot in organization acme.*position 2.*\. Canceled the run/)
    expect(sim.requests.some(r => r.path === '/api/v2/organizations/acme/runs/queue')).toBe(true)
  })
})

describe('permissions', () => {
  test('a token without apply permission fails before creating anything, naming the permission', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', token: 'planner-token' })
    expect(io.failed).toMatch(
      /may not apply runs on workspace acme\/production \(its `can-queue-apply` permission is false\).*Nothing was created\./
    )
    expect(sim.runs.size).toBe(0)
  })

  test('a plan-only token with the defaults (apply: false, discard: true) fails before creating a run it could not discard', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', token: 'planner-token' })
    expect(io.failed).toMatch(
      /^The token may not apply, discard or cancel runs on workspace acme\/production \(its `can-queue-apply` permission is false\): this step may have to discard or cancel the run it creates.*use `plan-only: true` or `save-plan: true`.*Nothing was created\.$/
    )
    expect(sim.runs.size).toBe(0)
    expect(sim.requests.filter(r => r.method === 'POST')).toHaveLength(0)
  })

  test('a plan-only token may save a plan: the saved plan never holds the queue, so it is not discarded', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', 'save-plan': 'true', token: 'planner-token', comment: 'false' })
    expect(io.failed).toBeUndefined()
    const [run] = sim.runs.values()
    expect(run.savePlan).toBe(true)
    expect(run.actionsLog).toEqual([])
  })

  test('a locked workspace is not warned about for a saved plan, which does not take the queue', async () => {
    ws.locked = true
    const saved = await runAction(sim.url, { workspace: 'production', 'save-plan': 'true', comment: 'false' })
    expect(saved.io.warnings.join('\n')).not.toMatch(/is locked/)
    const ordinary = await runAction(sim.url, { workspace: 'production', timeout: '1s', 'poll-interval': '0.2s' })
    expect(ordinary.io.warnings.join('\n')).toMatch(/is locked: the run will wait in the queue/)
  })

  test('the same token may plan', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', 'plan-only': 'true', token: 'planner-token' })
    expect(io.failed).toBeUndefined()
  })

  test('where the server reports no permissions, a 404 on our own apply says the token lacks the permission', async () => {
    ws.hidePermissions = true
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', token: 'planner-token' })
    expect(io.failed).toMatch(
      /^The token may not apply run run-\S+ \(HCP Terraform answered 404 to POST \/api\/v2\/runs\/run-\S+\/actions\/apply\): it needs the "apply runs" permission/
    )
    expect(io.failed).toMatch(/may not stop the run either .*ask someone with "apply runs" access to discard run/)
    expect(io.summary).toContain('Step failed')
    expect(io.summary).not.toContain('run not created')
  })

  test('a destroy needs can-queue-destroy', async () => {
    sim.tokens['writer-token'] = 'writer'
    const { io } = await runAction(sim.url, { workspace: 'production', 'is-destroy': 'true', token: 'writer-token' })
    expect(io.failed).toMatch(/`can-queue-destroy`/)
    expect(sim.runs.size).toBe(0)
  })
})

describe('stopping', () => {
  test('a cancel answered 409 because the plan just finished: re-read, discarded', async () => {
    ws.script = { planMs: Infinity }
    sim.faults = { beforeAction: (run, action, s) => action === 'cancel' && s.finishPlanning(run) }
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '5s', 'poll-interval': '0.5s' })
    expect(io.failed).toMatch(/Timed out after 5s .*Discarded the run\.$/)
    expect(sim.requests.filter(r => /actions\/(cancel|discard)$/.test(r.path)).map(r => `${r.path.split('/').pop()} ${r.status}`)).toEqual([
      'cancel 409',
      'discard 202'
    ])
    expect(sim.statusOf(ourRun())).toBe('discarded')
    expect(io.outputs.discarded).toBe('true')
  })

  test('a pending run that is not discardable yet is cancelled, not left behind', async () => {
    ws.script = { stepMs: 60_000 }
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '5s', 'poll-interval': '0.5s' })
    expect(io.failed).toMatch(/Canceled the run/)
    expect(ourRun().actionsLog).toEqual(['cancel'])
  })
})
