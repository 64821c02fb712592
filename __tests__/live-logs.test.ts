/**
 * Live logs and the end marker, on a virtual clock where time moves only by waiting (as in `npm run bench`): a
 * 20-minute plan replays at once, and every figure below is exact, not a race.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import type { Clock } from '../src/clock.js'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { runAction } from './support/harness.js'

function virtualClock(): Clock {
  let now = Date.parse('2026-11-30T06:00:00Z')
  return {
    now: () => now,
    sleep: ms => {
      now += Math.max(0, ms)
      return Promise.resolve()
    },
    alarm: (_ms, signal) => new Promise(resolve => signal.addEventListener('abort', () => resolve(), { once: true }))
  }
}

let clock: Clock
let sim: TfcSimulator
let ws: SimWorkspace
beforeEach(async () => {
  clock = virtualClock()
  sim = await new TfcSimulator({ clock }).start()
  ws = sim.addWorkspace({ name: 'production' })
  sim.addConfigurationVersion(ws)
  ws.script = {
    planMs: 20 * 60_000,
    stepMs: 1000,
    planLog: 'Terraform v1.9.5\nInitializing plugins...\nPlan: 1 to add, 0 to change, 0 to destroy.\n'
  }
})
afterEach(() => sim.stop())

/** When the step first read the run after its plan ended, and how many run reads it made. */
function noticed(): { delayMs: number; runReads: number; logReads: number } {
  const [run] = sim.runsOf(ws)
  const planned = run.reached.get('planned')!
  const reads = sim.requests.filter(r => r.method === 'GET' && r.path === `/api/v2/runs/${run.id}`)
  const first = reads.find(r => r.at >= planned)!
  return {
    delayMs: first.at - planned,
    runReads: reads.length,
    logReads: sim.requests.filter(r => r.origin === 'archive' && /limit=/.test(r.query)).length
  }
}

describe('live plan logs', () => {
  test('a 20-minute plan is noticed within a second and a half of its end, its log streamed into the job log', async () => {
    const { io } = await runAction(
      sim.url,
      { workspace: 'production', 'plan-only': 'true', timeout: '1h', 'poll-interval': '10s' },
      { clock }
    )
    expect(io.failed).toBeUndefined()
    const { delayMs, runReads, logReads } = noticed()
    expect(delayMs).toBeLessThanOrEqual(1500)
    expect(runReads).toBeLessThanOrEqual(150)
    // About one log read a second while the plan runs: at most one per second of the plan, and each byte once.
    expect(logReads).toBeLessThanOrEqual(20 * 60 + 5)
    const lines = io.lines.join('\n')
    expect(lines).toContain('Initializing plugins...')
    expect(lines).toContain('Plan: 1 to add, 0 to change, 0 to destroy.')
    expect(lines.indexOf('Initializing plugins...')).toBeGreaterThan(lines.indexOf('::group::Wait for the plan'))
    expect(lines.indexOf('Initializing plugins...')).toBeLessThan(lines.indexOf('::group::Read the plan'))
  })

  test('show-logs: false keeps the log out of the job log, and the end marker still wakes the step', async () => {
    ws.script = { ...ws.script, planMs: 5 * 60_000 }
    const { io } = await runAction(
      sim.url,
      { workspace: 'production', 'plan-only': 'true', timeout: '1h', 'show-logs': 'false' },
      { clock }
    )
    expect(io.failed).toBeUndefined()
    expect(io.lines.join('\n')).not.toContain('Initializing plugins...')
    expect(noticed().delayMs).toBeLessThanOrEqual(1500)
  })

  test('structured (JSON-lines) logs are shown as their messages', async () => {
    // A short plan: what matters here is how each line is shown (a 20-minute one costs 1,200 log reads).
    ws.script = {
      ...ws.script,
      planMs: 60_000,
      planLog:
        '{"@level":"info","@message":"Terraform 1.9.5","type":"version"}\n{"@level":"info","@message":"null_resource.a: Plan to create","type":"planned_change"}\n'
    }
    const { io } = await runAction(sim.url, { workspace: 'production', 'plan-only': 'true', timeout: '1h' }, { clock })
    expect(io.lines).toContain('null_resource.a: Plan to create')
    expect(io.lines.join('\n')).not.toContain('"@level"')
  })
})
