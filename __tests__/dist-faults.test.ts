/**
 * Faults through the committed bundle, run as the GitHub runner runs it (a child process,
 * INPUT_* variables, the runner's files), in real time: the cases that play out in a few seconds.
 */
import { describe, expect, test } from '@jest/globals'
import { stateEnv } from '../sim/step-runner.js'
import type { SimRun } from '../sim/tfc-simulator.js'
import { simulatorPerTest, DIST_MAIN, DIST_POST, NODE_VERSION, startStep, errorLine } from './support/bundle.js'
import { TOKEN } from './support/harness.js'

const fixture = simulatorPerTest({ [TOKEN]: 'admin', 'planner-token': 'planner' })

const inputs = fixture.inputs
const ourRun = (): SimRun => fixture.sim.runsOf(fixture.ws)[0]

describe(`the bundled action under faults, on Node ${NODE_VERSION}`, () => {
  test('12 answers of 429 in a row, then recovery: one run, applied', async () => {
    fixture.sim.faults = { script: [{ answer: 'rate-limit', times: 12 }], rateLimitResetSeconds: 0.05 }
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true' })).done
    expect(main.code).toBe(0)
    expect(fixture.sim.requests.filter(r => r.status === 429)).toHaveLength(12)
    expect(fixture.sim.runs.size).toBe(1)
    expect(main.outputs).toMatchObject({ 'run-status': 'applied', applied: 'true' })
    expect(main.stdout.match(/rate limited \(429\); retrying/g)).toHaveLength(1)
  })

  test('no apply permission: fails naming can-queue-apply, and no run is created', async () => {
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true', token: 'planner-token' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/may not apply runs on workspace acme\/production \(its `can-queue-apply` permission is false\)/)
    expect(fixture.sim.runs.size).toBe(0)
    expect(main.summary).toContain('run not created')
  })

  test("Terraform Enterprise's storage on the API host (/_archivist/) answering 503: retried, named by what it is, no signed path printed", async () => {
    await fixture.start({ enterprise: true, archiveOnApiHost: true })
    fixture.sim.faults = { script: [{ match: (m, p) => m === 'GET' && p.startsWith('/_archivist/'), answer: 'server-error', times: 3 }] }
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true', 'show-logs': 'true' })).done
    expect(main.code).toBe(0)
    const storage = fixture.sim.requests.filter(r => r.path.startsWith('/_archivist/'))
    expect(storage.filter(r => r.status === 503)).toHaveLength(3)
    expect(storage.every(r => !r.hasAuthorization)).toBe(true)
    const printed = main.stdout.replace(/^::add-mask::.*$/gm, '')
    expect(printed).toMatch(/GET the (plan log|apply log|redacted JSON plan) from storage on 127\.0\.0\.1:\d+: server error 503; retrying/)
    // Every signed path was masked before it could print, and none appears anywhere the step writes.
    for (const path of new Set(storage.map(r => r.path))) {
      expect(main.stdout).toMatch(new RegExp(`^::add-mask::${path}$`, 'm'))
      for (const text of [printed, main.summary, JSON.stringify(main.outputs)]) expect(text).not.toContain(path)
    }
    expect(printed).not.toContain('/_archivist/v1/object/')
  })

  test('a plan-only token with the defaults: fails naming can-queue-apply and the inputs that fit such a token; no run', async () => {
    const main = await startStep(DIST_MAIN, inputs({ token: 'planner-token' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/may not apply, discard or cancel runs .*use `plan-only: true` or `save-plan: true`/)
    expect(fixture.sim.runs.size).toBe(0)
  })

  test('timeout while applying: the apply is never cancelled, by the main step or the post step', async () => {
    fixture.ws.script = { applyMs: 10 * 60_000 }
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true', timeout: '3s' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/Timed out after 3s .*The run is still applying \(applying\), so it was left alone/)
    const post = await startStep(DIST_POST, inputs(), stateEnv(main.state)).done
    expect(post.code).toBe(0)
    expect(ourRun().actionsLog).toEqual(['apply'])
    expect(fixture.sim.statusOf(ourRun())).toBe('applying')
  })

  test('a failure while stopping: the main step says so, and the post step still cancels the run', async () => {
    fixture.ws.script = { planMs: Infinity }
    fixture.sim.faults = { script: [{ match: (m, p) => m === 'POST' && /\/actions\//.test(p), answer: 'server-error', times: 1000 }] }
    const main = await startStep(DIST_MAIN, inputs({ timeout: '2s' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      /Timed out after 2s .*Stopping run run-\S+ failed too .*answered 503.*the post step will try again/
    )
    expect(main.state['main-finished']).toBeUndefined()
    fixture.sim.faults = {}
    const post = await startStep(DIST_POST, inputs(), stateEnv(main.state)).done
    expect(post.code).toBe(0)
    expect(post.stdout).toMatch(/canceled run run-/)
    expect(ourRun().actionsLog).toEqual(['cancel'])
  })
})
