import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { stateEnv } from '../sim/step-runner.js'
import { DIST_MAIN, DIST_POST, NODE_VERSION, startStep } from './support/bundle.js'
import { TOKEN, until } from './support/harness.js'

let sim: TfcSimulator
let ws: SimWorkspace
beforeEach(async () => {
  sim = await new TfcSimulator().start()
  ws = sim.addWorkspace({ name: 'production' })
  sim.addConfigurationVersion(ws)
})
afterEach(() => sim.stop())

/** Waits until the step's run is planning, so a signal lands mid-plan. */
async function untilPlanning(): Promise<void> {
  await until(() => sim.runsOf(ws).some(r => sim.statusOf(r) === 'planning'), 'the run is planning')
}

const base = (): Record<string, string> => ({
  token: TOKEN,
  hostname: sim.url,
  organization: 'acme',
  workspace: 'production',
  'poll-interval': '0.05s'
})

describe(`the bundled action on Node ${NODE_VERSION}`, () => {
  test('the bundled action applies a run and writes outputs, state and summary through the runner files', async () => {
    const main = await startStep(DIST_MAIN, { ...base(), apply: 'true' }).done
    expect(main.code).toBe(0)
    const [run] = sim.runsOf(ws)
    expect(main.outputs).toMatchObject({ 'run-id': run.id, 'run-status': 'applied', applied: 'true', discarded: 'false' })
    expect(main.state).toMatchObject({ 'run-ids': JSON.stringify([run.id]), 'main-finished': 'true' })
    expect(main.summary).toContain('Applied')
    expect(main.stdout).toContain('::group::Create run')
    expect(main.stdout).toContain(`::add-mask::${TOKEN}`)
    expect(main.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)

    // The post step after a clean finish sends nothing at all.
    const before = sim.requests.length
    const post = await startStep(DIST_POST, base(), stateEnv(main.state)).done
    expect(post.code).toBe(0)
    expect(sim.requests.length).toBe(before)
  })

  test('a run is polled with its plan and apply side-loaded, and read without them where the server sends none', async () => {
    const main = await startStep(DIST_MAIN, { ...base(), apply: 'true' }).done
    expect(main.code).toBe(0)
    const phaseReads = (): string[] => sim.requests.filter(r => /^\/api\/v2\/(plans|applies)\/[^/]+$/.test(r.path)).map(r => r.path)
    expect(phaseReads()).toEqual([])
    expect(main.outputs).toMatchObject({ 'resource-additions': '1', 'apply-additions': '1' })

    const other = sim.addWorkspace({ name: 'old-tfe', script: { ignoreRunInclude: true } })
    sim.addConfigurationVersion(other)
    const old = await startStep(DIST_MAIN, { ...base(), workspace: 'old-tfe', apply: 'true' }).done
    expect(old.code).toBe(0)
    const [run] = sim.runsOf(other)
    expect(old.outputs).toMatchObject({ 'run-status': 'applied', 'resource-additions': '1', 'apply-additions': '1' })
    // The plan and the apply were read on their own: for the log while running, and once each had ended.
    expect(phaseReads().filter(p => p.includes(run.planId) || p.includes(run.applyId)).length).toBeGreaterThanOrEqual(2)
  })

  test('missing inputs fail fast with one line and exit code 1', async () => {
    const main = await startStep(DIST_MAIN, { workspace: 'production' }).done
    expect(main.code).toBe(1)
    expect(main.stdout).toMatch(/::error::Input `token` is required/)
    expect(main.stdout.match(/::error::/g)).toHaveLength(1)
    expect(sim.requests).toHaveLength(0)
  })

  test('SIGINT while planning cancels the run this step created', async () => {
    ws.script = { planMs: 60_000 }
    const step = startStep(DIST_MAIN, base())
    await untilPlanning()
    step.child.kill('SIGINT')
    const main = await step.done
    const [run] = sim.runsOf(ws)
    expect(run.actionsLog).toEqual(['cancel'])
    // The step exits once the cancel is accepted (the runner is about to kill it); the run then ends canceled.
    await until(() => sim.statusOf(run) === 'canceled', 'the run ends canceled')
    expect(main.code).toBe(1)
    expect(main.stdout).toMatch(/interrupted/)
  })

  test('the post step cancels a run left behind by a main step that was killed outright', async () => {
    ws.script = { planMs: 60_000 }
    const step = startStep(DIST_MAIN, base())
    await untilPlanning()
    step.child.kill('SIGKILL')
    const main = await step.done
    expect(main.state['main-finished']).toBeUndefined()
    expect(JSON.parse(main.state['run-ids'])).toEqual([sim.runsOf(ws)[0].id])
    const post = await startStep(DIST_POST, base(), stateEnv(main.state)).done
    expect(post.code).toBe(0)
    expect(post.stdout).toMatch(/canceled run/)
    expect(sim.runsOf(ws)[0].actionsLog).toEqual(['cancel'])
  })
})
