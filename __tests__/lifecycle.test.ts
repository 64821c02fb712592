import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { fixture } from './support/fixtures.js'
import { TEST_CLOCK, TOKEN, runAction, until } from './support/harness.js'

let sim: TfcSimulator
let staging: SimWorkspace
let production: SimWorkspace

beforeEach(async () => {
  sim = await new TfcSimulator({ clock: TEST_CLOCK }).start()
  staging = sim.addWorkspace({ name: 'staging' })
  production = sim.addWorkspace({ name: 'production' })
  sim.addConfigurationVersion(production)
})
afterEach(() => sim.stop())

const posts = (path: RegExp): number => sim.requests.filter(r => r.method === 'POST' && path.test(r.path)).length

describe('promotion', () => {
  test('runs a configuration version taken from another workspace and applies it', async () => {
    const cv = sim.addConfigurationVersion(staging)
    production.script = { counts: { additions: 2, changes: 1, destructions: 0 } }
    const { io } = await runAction(sim.url, { workspace: 'production', 'configuration-version': cv.id, apply: 'true' })

    expect(io.failed).toBeUndefined()
    const [run] = sim.runsOf(production)
    expect(run.cvId).toBe(cv.id)
    expect(run.autoApply).toBe(false)
    expect(sim.statusOf(run)).toBe('applied')
    expect(io.outputs).toMatchObject({
      'run-id': run.id,
      'run-status': 'applied',
      applied: 'true',
      discarded: 'false',
      'configuration-version-id': cv.id,
      'has-changes': 'true',
      'resource-additions': '2',
      'resource-changes': '1',
      'resource-destructions': '0',
      'plan-status': 'finished'
    })
    expect(io.outputs['run-url']).toBe(`${sim.url}/app/acme/workspaces/production/runs/${run.id}`)
    expect(io.summary).toContain('Applied')
    expect(io.summary).toContain(run.id)
  })

  test("promote-from takes the configuration version of the source workspace's applied run", async () => {
    const cv = sim.addConfigurationVersion(staging)
    sim.addAppliedRun(staging, cv)
    const { io } = await runAction(sim.url, { workspace: 'production', 'promote-from': 'staging' })

    expect(io.failed).toBeUndefined()
    const [run] = sim.runsOf(production)
    expect(run.cvId).toBe(cv.id)
    expect(io.outputs['configuration-version-id']).toBe(cv.id)
    // apply defaults to false and discard to true: the run must not hold production's queue.
    expect(sim.statusOf(run)).toBe('discarded')
    expect(io.outputs.discarded).toBe('true')
  })

  test('promote-from finds the last applied run when a newer run is current', async () => {
    const old = sim.addConfigurationVersion(staging)
    sim.addAppliedRun(staging, old, false)
    const newer = sim.addAppliedRun(staging, sim.addConfigurationVersion(staging))
    sim.setStatus(newer, 'planning')
    const { io } = await runAction(sim.url, { workspace: 'production', 'promote-from': 'staging' })
    expect(io.failed).toBeUndefined()
    expect(sim.runsOf(production)[0].cvId).toBe(old.id)
  })

  test('promote-from fails, creating nothing, when the source has no applied run', async () => {
    sim.addConfigurationVersion(staging)
    const { io } = await runAction(sim.url, { workspace: 'production', 'promote-from': 'staging' })
    expect(io.failed).toMatch(/promote-from.*staging has no applied run/)
    expect(posts(/\/runs$/)).toBe(0)
  })

  test('a speculative configuration version is refused for a run that could apply', async () => {
    const cv = sim.addConfigurationVersion(staging, { speculative: true })
    const { io } = await runAction(sim.url, { workspace: 'production', 'configuration-version': cv.id })
    expect(io.failed).toMatch(/configuration-version.*speculative.*plan-only: true/)
    expect(posts(/\/runs$/)).toBe(0)
  })
})

describe('apply and discard', () => {
  test('push with apply: true waits for the apply to finish', async () => {
    // Long enough to be seen applying however slow the machine: five seconds on the test clock.
    production.script = { applyMs: 5000 }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs['run-status']).toBe('applied')
    expect(io.outputs.applied).toBe('true')
    const lines = io.lines.join('\n')
    expect(lines).toMatch(/applying/)
    expect(lines.indexOf('::group::Wait for the apply')).toBeGreaterThan(lines.indexOf('::group::Apply'))
  })

  test('an apply that errors fails the step with the apply log', async () => {
    production.script = { apply: 'errored', applyLog: 'Error: creating bucket: AccessDenied\n' }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toMatch(/apply errored/)
    expect(io.outputs.applied).toBe('false')
    expect(io.summary).toContain('AccessDenied')
  })

  test('wait-for-apply: false returns once the apply is accepted', async () => {
    production.script = { applyMs: 5000 }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', 'wait-for-apply': 'false' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs.applied).toBe('true')
    expect(['confirmed', 'apply_queued', 'applying']).toContain(sim.statusOf(sim.runsOf(production)[0]))
  })

  test('no changes succeeds with nothing to apply', async () => {
    production.script = { plan: 'no-changes' }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toMatchObject({ 'run-status': 'planned_and_finished', 'has-changes': 'false', applied: 'false', discarded: 'false' })
    expect(posts(/actions\/apply$/)).toBe(0)
    expect(io.summary).toContain('No changes')
  })

  test('a destroy is never applied without allow-destroy: the run is discarded and the step fails', async () => {
    production.script = { counts: { additions: 1, changes: 0, destructions: 2 } }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toMatch(/allow-destroy/)
    expect(posts(/actions\/apply$/)).toBe(0)
    expect(sim.statusOf(sim.runsOf(production)[0])).toBe('discarded')
    expect(io.outputs).toMatchObject({ applied: 'false', discarded: 'true', 'resource-destructions': '2' })
  })

  test('with allow-destroy the destroying plan is applied', async () => {
    production.script = { counts: { additions: 0, changes: 0, destructions: 2 } }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', 'allow-destroy': 'true' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs.applied).toBe('true')
  })

  test('a workspace with auto-apply never applies behind apply: false', async () => {
    production.autoApply = true
    const { io } = await runAction(sim.url, { workspace: 'production' })
    expect(io.failed).toBeUndefined()
    const [run] = sim.runsOf(production)
    expect(run.autoApply).toBe(false)
    expect(sim.statusOf(run)).toBe('discarded')
    expect(run.actionsLog).toEqual(['discard'])
  })

  test('discard: false leaves the run for confirmation in the UI', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', discard: 'false' })
    expect(io.failed).toBeUndefined()
    expect(sim.statusOf(sim.runsOf(production)[0])).toBe('planned')
    expect(io.outputs).toMatchObject({ applied: 'false', discarded: 'false', 'run-status': 'planned' })
  })

  test('cost estimation and policies: a transient planned is not mistaken for the end', async () => {
    production.script = { costEstimation: true }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toBeUndefined()
    const statuses = io.lines.filter(l => /^\d\d:\d\d:\d\d /.test(l)).map(l => l.slice(9))
    expect(statuses).toContain('applied')
    // Confirmed only once, and only after the last check: never a 409.
    expect(sim.requests.filter(r => /actions\/apply$/.test(r.path)).map(r => r.status)).toEqual([202])
  })

  test('plan-only produces a speculative plan and never confirms', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', 'plan-only': 'true' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs['run-status']).toBe('planned_and_finished')
    expect(posts(/actions\//)).toBe(0)
  })
})

describe('failures that need a person', () => {
  test('an errored plan fails with the relevant part of the plan log (real structured log)', async () => {
    production.script = { plan: 'errored', planLog: fixture('logs', 'tf-cloud-plan-json-error.log') }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toMatch(/errored during planning/)
    expect(io.outputs['run-status']).toBe('errored')
    // Listed once, with its file and line, and annotated on that line (the file exists only with an upload).
    expect(io.summary).toMatch(/\*\*Error\*\* \(plan\): Unsupported block type — `main\.tf` line 2 — Blocks of type/)
    expect(io.summary).not.toContain('Errors from the log')
    expect(io.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        title: 'Terraform plan: Unsupported block type',
        message: expect.stringMatching(/^Blocks of type[^]*\(main\.tf line 2\)$/)
      })
    ])
    expect(io.annotations[0].file).toBeUndefined()
    // The log's STX/ETX framing never reaches the job log, the report or an annotation.
    expect(`${io.allText()}${JSON.stringify(io.annotations)}`).not.toMatch(/[\x02\x03]/)
  })

  test('an errored plan with a classic log shows its tail without colour codes', async () => {
    // The real CLI's coloured text log of a failed precondition in a module (sim/artefacts/error-module).
    production.structuredRunOutput = false
    production.script = { plan: 'errored' }
    const { io } = await runAction(sim.url, { workspace: 'production' })
    expect(io.failed).toMatch(/errored during planning/)
    expect(io.summary).toContain('Resource precondition failed')
    // The author's message, not the box of expression values Terraform prints under the source line.
    expect(io.summary).toMatch(/line 10 — A pool needs at least one replica\\\. Set replicas to 1 or more/)
    expect(io.summary).not.toMatch(/\x1b/)
  })

  test('a soft-failed policy (policy_override) fails, says what to do, and discards by default', async () => {
    production.script = { policy: 'soft_failed' }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toMatch(/override/)
    expect(posts(/actions\/apply$/)).toBe(0)
    expect(sim.statusOf(sim.runsOf(production)[0])).toBe('discarded')
  })

  test('with discard: false a run awaiting an override is left for a person', async () => {
    production.script = { policy: 'soft_failed' }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true', discard: 'false' })
    expect(io.failed).toMatch(/override/)
    expect(sim.statusOf(sim.runsOf(production)[0])).toBe('policy_override')
  })

  test('a run task waiting for a decision fails the step', async () => {
    production.script = { postPlanTask: 'awaiting_override' }
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toMatch(/run task/)
  })

  test('a run discarded by someone in the UI is reported as such', async () => {
    production.script = { planMs: Infinity }
    const pending = runAction(sim.url, { workspace: 'production', apply: 'true' })
    const run = await until(() => sim.runsOf(production).find(r => sim.statusOf(r) === 'planning'), 'the run is planning')
    sim.setStatus(run, 'discarded')
    const { io } = await pending
    expect(io.failed).toMatch(/discarded by someone else/)
  })

  test('a wrong token gets a 401 message that names the token input', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', token: 'not-a-token' })
    expect(io.failed).toMatch(/rejected the token \(401/)
    expect(io.failed).toMatch(/`token`/)
    expect(io.allText()).not.toContain('not-a-token')
  })

  test('an unknown workspace gets a 404 message naming workspace and organization', async () => {
    const { io } = await runAction(sim.url, { workspace: 'nope' })
    expect(io.failed).toMatch(/Workspace acme\/nope was not found.*`workspace` and `organization`/)
    expect(posts(/\/runs$/)).toBe(0)
    expect(io.summary).toContain('run not created')
  })

  test('an organization token cannot create runs, and the message says so', async () => {
    sim.tokens['org-token'] = 'organization'
    const { io } = await runAction(sim.url, { workspace: 'production', token: 'org-token' })
    expect(io.failed).toMatch(/organization tokens cannot create runs/)
  })

  test('the token is sent only to the API origin, never to archive storage', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', apply: 'true' })
    expect(io.failed).toBeUndefined()
    const archive = sim.requests.filter(r => r.origin === 'archive')
    expect(archive.length).toBeGreaterThan(0)
    expect(archive.every(r => !r.hasAuthorization)).toBe(true)
    // plan-json names a file holding the JSON plan the report was made from.
    expect((JSON.parse(readFileSync(io.outputs['plan-json'], 'utf8')) as { resource_changes: unknown[] }).resource_changes).toHaveLength(1)
    expect(io.allText()).not.toContain(TOKEN)
  })
})
