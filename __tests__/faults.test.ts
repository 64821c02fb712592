import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { systemClock } from '../src/clock.js'
import { rateLimitDelayMs, serverErrorDelayMs } from '../src/tfc/http.js'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { TEST_CLOCK, TOKEN, runAction, until } from './support/harness.js'

let sim: TfcSimulator
let ws: SimWorkspace
beforeEach(async () => {
  sim = await new TfcSimulator({ clock: TEST_CLOCK }).start()
  ws = sim.addWorkspace({ name: 'production' })
  sim.addConfigurationVersion(ws)
})
afterEach(() => sim.stop())

const apply = { workspace: 'production', apply: 'true' }
/** Matches the first `n` requests of a kind, then lets them through: a fault that happens once (or n times). */
function times(n: number, method: string, path: RegExp): (m: string, p: string) => boolean {
  let left = n
  return (m, p) => m === method && path.test(p) && left-- > 0
}

describe('faults injected by the simulator', () => {
  test('a 429 storm (every 2nd request) ends with exactly one run, applied', async () => {
    sim.faults = { rateLimitEvery: 2, rateLimitResetSeconds: 0.02 }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toBeUndefined()
    expect(sim.runs.size).toBe(1)
    expect(io.outputs['run-status']).toBe('applied')
    expect(sim.requests.filter(r => r.status === 429).length).toBeGreaterThan(5)
    // JSON-plan downloads share the API calls' retry policy: a 429 storm must not drop the report to counts.
    expect(io.outputs['plan-json']).toBeTruthy()
    expect(sim.requests.filter(r => r.method === 'POST' && r.path === '/api/v2/runs' && r.status === 201)).toHaveLength(1)
  })

  test('six 429s in a row on each JSON-plan endpoint are waited out, not given up on', async () => {
    const redacted = times(6, 'GET', /json-output-redacted$/)
    const full = times(6, 'GET', /json-output$/)
    sim.faults = { rateLimitWhen: (m, p) => redacted(m, p) || full(m, p), rateLimitResetSeconds: 0.01 }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toBeUndefined()
    expect(io.outputs['plan-json']).toBeTruthy()
    expect(io.summary).not.toContain('could not be read')
  })

  test('a 503 storm (every 3rd read) ends with exactly one run, applied', async () => {
    sim.faults = { serverErrorEveryRead: 3 }
    ws.script = { planMs: 600 }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toBeUndefined()
    expect(sim.runs.size).toBe(1)
    expect(io.outputs['run-status']).toBe('applied')
    // Every third API read failed, however many reads the machine's speed made: each was retried.
    const reads = sim.requests.filter(r => r.origin === 'api' && r.method === 'GET').length
    const failed = sim.requests.filter(r => r.status === 503).length
    expect(failed).toBe(Math.floor(reads / 3))
    expect(failed).toBeGreaterThanOrEqual(2)
  })

  test('a connection dropped after POST /runs was acted on ends with exactly one run', async () => {
    sim.faults = { dropAfterHandling: times(1, 'POST', /^\/api\/v2\/runs$/) }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toBeUndefined()
    expect(sim.runs.size).toBe(1)
    expect(io.outputs['run-id']).toBe([...sim.runs.keys()][0])
    expect(io.warnings.join('\n')).toMatch(/looking for the run before trying again/)
    expect(io.outputs['run-status']).toBe('applied')
  })

  test('a connection dropped before POST /runs was acted on creates the run once, on the retry', async () => {
    sim.faults = { dropBeforeHandling: times(1, 'POST', /^\/api\/v2\/runs$/) }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toBeUndefined()
    expect(sim.runs.size).toBe(1)
  })

  test('a hung connection does not hang the step: the request times out and is retried', async () => {
    sim.faults = { hang: times(1, 'GET', /^\/api\/v2\/runs\//) }
    // The hung request is never answered: the step can only finish by abandoning it.
    const { io } = await runAction(sim.url, apply, { requestTimeoutMs: 300 })
    expect(io.failed).toBeUndefined()
    expect(io.outputs['run-status']).toBe('applied')
    expect(io.lines.join('\n')).toMatch(/no answer within the request timeout; retrying/)
  })

  test('a download that stalls after its headers is abandoned at the deadline, not left to the socket timeout', async () => {
    sim.faults = { stallDownloads: true }
    // The socket timeout is far away (30 real seconds): only the step's own deadline can end this download.
    const { io } = await runAction(sim.url, { workspace: 'production', timeout: '10s' })
    expect(io.failed).toMatch(
      /^Timed out after 10s .*waiting for an answer from HCP Terraform \(GET the redacted JSON plan from storage on 127\.0\.0\.1:\d+: no answer before the time ran out\)\. Discarded the run\.$/
    )
  })

  test('slow responses are waited for, within the request timeout', async () => {
    sim.faults = { delayMs: 40 }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toBeUndefined()
    expect(io.outputs.applied).toBe('true')
  })

  test('an API that stays down fails with a message naming the endpoint', async () => {
    sim.faults = { serverErrorEveryRead: 1 }
    const { io } = await runAction(sim.url, { ...apply, timeout: '5s' })
    // Reads are retried until the step's timeout, then the failure names the endpoint and what it kept answering.
    expect(io.failed).toMatch(
      /^Timed out after 5s .*GET \/api\/v2\/organizations\/acme\/workspaces\/production: server error 503, still after \d+ tries/
    )
    expect(io.failed).toMatch(/no run had been created/)
    // One log line when the failures start, not one per try.
    expect(io.lines.filter(l => /server error 503; retrying/.test(l))).toHaveLength(1)
    expect(sim.runs.size).toBe(0)
  })
})

describe('state races', () => {
  test('a run discarded in the UI between our read and our apply: one re-read, reported as discarded', async () => {
    sim.faults = { beforeAction: (run, action, s) => action === 'apply' && s.setStatus(run, 'discarded') }
    const { io } = await runAction(sim.url, apply)
    expect(io.failed).toMatch(/discarded by someone else/)
    expect(sim.requests.filter(r => /actions\/apply$/.test(r.path)).map(r => r.status)).toEqual([409])
  })

  test('a run applied by someone between our read and our apply is reported, not applied twice', async () => {
    sim.faults = { beforeAction: (run, action, s) => action === 'apply' && s.confirm(run) }
    const { io } = await runAction(sim.url, apply)
    expect(sim.requests.filter(r => /actions\/apply$/.test(r.path)).map(r => r.status)).toEqual([409])
    // Wherever the confirmed run has got to by the re-read (a slow machine may find it applied already).
    expect(io.lines.join('\n')).toMatch(/Apply answered 409; the run is now (confirmed|apply_queued|applying|applied)/)
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toMatchObject({ 'run-status': 'applied', applied: 'true' })
  })
})

describe('timeouts and cancellation', () => {
  test.each([
    ['false', ['cancel'], 'canceled'],
    ['true', ['cancel', 'force-cancel'], 'force_canceled']
  ])(
    'on timeout the run is cancelled, and force-cancelled when it does not stop and force-cancel is %s',
    async (forceCancel, actions, status) => {
      // A plan that never ends, and with force-cancel a cancel that never takes: only the timeout ends this step.
      ws.script = forceCancel === 'true' ? { planMs: Infinity, cancelMs: Infinity, forceCancelCoolOffMs: 100 } : { planMs: Infinity }
      const { io } = await runAction(sim.url, {
        workspace: 'production',
        timeout: '5s',
        'poll-interval': '0.05s',
        'force-cancel': forceCancel
      })
      expect(io.failed).toMatch(/Timed out after .*`timeout`.*Canceled the run/)
      const [run] = sim.runs.values()
      expect(run.actionsLog).toEqual(actions)
      expect(sim.statusOf(run)).toBe(status)
      expect(io.outputs['run-status']).toBe(status)
    }
  )

  test.each([403, 404] as const)(
    'force-cancel refused with %i (the token is not a workspace admin) after the cancel was accepted: said as it is',
    async status => {
      sim.tokens['writer-token'] = 'writer'
      sim.faults = { deniedActionStatus: status }
      ws.script = { planMs: Infinity, cancelMs: Infinity, forceCancelCoolOffMs: 100 }
      const { io } = await runAction(sim.url, {
        workspace: 'production',
        token: 'writer-token',
        timeout: '5s',
        'poll-interval': '0.05s',
        'force-cancel': 'true'
      })
      expect(io.failed).toMatch(
        new RegExp(
          `Canceled the run: HCP Terraform accepted the cancel, .* Force-cancel was refused \\(HCP Terraform answered ${status}\\): it needs workspace admin access`
        )
      )
      expect(io.failed).not.toMatch(/failed too/)
      const [run] = sim.runs.values()
      expect(run.actionsLog).toEqual(['cancel'])
      expect(sim.requests.filter(r => r.path.endsWith('/actions/force-cancel')).map(r => r.status)).toEqual([status])
    }
  )

  test('an abort (the job being cancelled) during planning cancels the run', async () => {
    ws.script = { planMs: Infinity }
    const controller = new AbortController()
    // Real time for the step: after an interrupt it has 5 s to stop the run (the runner's grace period), which the
    // test clock would shrink to half a real second.
    const step = runAction(sim.url, { workspace: 'production' }, { signal: controller.signal, clock: systemClock })
    // Planning, and known to the step (it has read it): on a loaded machine the simulator's scaled clock can reach
    // `planning` before the step has the answer to its create.
    await until(
      () => [...sim.runs.values()].some(r => sim.statusOf(r) === 'planning' && sim.requests.some(q => q.path === `/api/v2/runs/${r.id}`)),
      'the run is planning, and the step has read it'
    )
    controller.abort()
    const { io } = await step
    expect(io.failed).toMatch(/interrupted/)
    const [run] = sim.runs.values()
    expect(run.actionsLog).toEqual(['cancel'])
  })
})

describe('secrets', () => {
  test('archive storage never receives an Authorization header, and the log URL is masked', async () => {
    ws.script = { plan: 'errored' }
    const { io } = await runAction(sim.url, apply)
    const archive = sim.requests.filter(r => r.origin === 'archive')
    expect(archive.map(r => r.path).some(p => p.startsWith('/v1/object/'))).toBe(true)
    for (const request of archive) expect(request.headers.authorization).toBeUndefined()
    const logUrl = io.secrets.find(s => s.startsWith(sim.archiveUrl))
    expect(logUrl).toBeDefined()
    expect(io.allText()).not.toContain(logUrl!)
    expect(io.allText()).not.toContain(TOKEN)
  })
})

describe('retry arithmetic', () => {
  test('429 waits as X-RateLimit-Reset (fractional seconds) or Retry-After says, plus jitter', () => {
    expect(rateLimitDelayMs({ 'x-ratelimit-reset': '0.042' }, 0)).toBe(100)
    expect(rateLimitDelayMs({ 'x-ratelimit-reset': '1.5' }, 0)).toBe(1500)
    expect(rateLimitDelayMs({ 'retry-after': '3' }, 1)).toBe(3300)
    expect(rateLimitDelayMs({ 'x-ratelimit-reset': '9999' }, 0)).toBe(60_000)
  })
  test('5xx backoff is exponential, capped and jittered', () => {
    expect(serverErrorDelayMs(1, 0)).toBe(500)
    expect(serverErrorDelayMs(1, 1)).toBe(1000)
    expect(serverErrorDelayMs(10, 1)).toBe(8000)
  })
})
