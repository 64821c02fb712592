/**
 * Faults through the committed bundle, run as the GitHub runner runs it (a child process,
 * INPUT_* variables, the runner's files), in real time: the cases that play out in a few seconds.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { stateEnv } from '../sim/step-runner.js'
import { TfcSimulator, type SimRun, type SimWorkspace } from '../sim/tfc-simulator.js'
import { DIST_MAIN, DIST_POST, NODE_VERSION, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'

let sim: TfcSimulator
let ws: SimWorkspace
const started: Array<{ stop(): Promise<void> }> = []

async function simulator(options: ConstructorParameters<typeof TfcSimulator>[0] = {}): Promise<TfcSimulator> {
  const s = await new TfcSimulator({ tokens: { [TOKEN]: 'admin', 'planner-token': 'planner' }, ...options }).start()
  started.push(s)
  ws = s.addWorkspace({ name: 'production' })
  s.addConfigurationVersion(ws)
  return s
}

beforeEach(async () => {
  sim = await simulator()
})
afterEach(async () => {
  await Promise.all(started.splice(0).map(s => s.stop()))
})

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  token: TOKEN,
  hostname: sim.url,
  organization: 'acme',
  workspace: 'production',
  'poll-interval': '0.2s',
  ...extra
})
const ourRun = (): SimRun => sim.runsOf(ws)[0]
const errorLine = (stdout: string): string => /^::error::(.*)$/m.exec(stdout)?.[1] ?? ''

describe(`the bundled action under faults, on Node ${NODE_VERSION}`, () => {
  test('12 answers of 429 in a row, then recovery: one run, applied', async () => {
    sim.faults = { script: [{ answer: 'rate-limit', times: 12 }], rateLimitResetSeconds: 0.05 }
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true' })).done
    expect(main.code).toBe(0)
    expect(sim.requests.filter(r => r.status === 429)).toHaveLength(12)
    expect(sim.runs.size).toBe(1)
    expect(main.outputs).toMatchObject({ 'run-status': 'applied', applied: 'true' })
    expect(main.stdout.match(/rate limited \(429\); retrying/g)).toHaveLength(1)
  })

  test('no apply permission: fails naming can-queue-apply, and no run is created', async () => {
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true', token: 'planner-token' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/may not apply runs on workspace acme\/production \(its `can-queue-apply` permission is false\)/)
    expect(sim.runs.size).toBe(0)
    expect(main.summary).toContain('run not created')
  })

  test('timeout while applying: the apply is never cancelled, by the main step or the post step', async () => {
    ws.script = { applyMs: 10 * 60_000 }
    const main = await startStep(DIST_MAIN, inputs({ apply: 'true', timeout: '3s' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(/Timed out after 3s .*The run is still applying \(applying\), so it was left alone/)
    const post = await startStep(DIST_POST, inputs(), stateEnv(main.state)).done
    expect(post.code).toBe(0)
    expect(ourRun().actionsLog).toEqual(['apply'])
    expect(sim.statusOf(ourRun())).toBe('applying')
  })

  test('a failure while stopping: the main step says so, and the post step still cancels the run', async () => {
    ws.script = { planMs: Infinity }
    sim.faults = { script: [{ match: (m, p) => m === 'POST' && /\/actions\//.test(p), answer: 'server-error', times: 1000 }] }
    const main = await startStep(DIST_MAIN, inputs({ timeout: '2s' })).done
    expect(main.code).toBe(1)
    expect(errorLine(main.stdout)).toMatch(
      /Timed out after 2s .*Stopping run run-\S+ failed too .*answered 503.*the post step will try again/
    )
    expect(main.state['main-finished']).toBeUndefined()
    sim.faults = {}
    const post = await startStep(DIST_POST, inputs(), stateEnv(main.state)).done
    expect(post.code).toBe(0)
    expect(post.stdout).toMatch(/canceled run run-/)
    expect(ourRun().actionsLog).toEqual(['cancel'])
  })
})
