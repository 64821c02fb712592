import { afterEach, beforeEach } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { startStep as startStepIn, type StepRun } from '../../sim/step-runner.js'
import { TfcSimulator, type SimWorkspace, type SimulatorOptions, type TokenRole } from '../../sim/tfc-simulator.js'
import { tempDir } from './temp.js'

export const DIST_MAIN = join(process.cwd(), 'dist', 'index.js')
export const DIST_POST = join(process.cwd(), 'dist', 'post', 'index.js')
/** The Node binary the bundle runs on: this one, or TFE_TEST_NODE (.ci/run points it at Node 24, as action.yml declares). */
export const NODE = process.env.TFE_TEST_NODE || process.execPath
export const NODE_VERSION = execFileSync(NODE, ['-p', 'process.version'], { encoding: 'utf8' }).trim()

/** Runs a step of the committed bundle as the runner does, in a temporary folder removed with the test file. */
export function startStep(script: string, inputs: Record<string, string>, env: Record<string, string> = {}): StepRun {
  return startStepIn(script, inputs, env, tempDir('step-'), NODE)
}

/** The step's one failure line (`::error::…`), as a user sees it. */
export function errorLine(stdout: string): string {
  return /^::error::(.*)$/m.exec(stdout)?.[1] ?? ''
}

/**
 * A simulator for each test, with workspace `production` and a configuration version, stopped after the test;
 * `start` makes another (with TLS, say) that is stopped with it.
 */
export function simulatorPerTest(tokens: Record<string, TokenRole>): {
  readonly sim: TfcSimulator
  readonly ws: SimWorkspace
  start(options?: SimulatorOptions): Promise<TfcSimulator>
  stopLater(server: { stop(): Promise<void> }): void
  /** A step's inputs against this test's simulator, with `token` the first of `tokens`. */
  inputs: (extra?: Record<string, string>) => Record<string, string>
} {
  let sim: TfcSimulator
  let ws: SimWorkspace
  const started: Array<{ stop(): Promise<void> }> = []
  const start = async (options: SimulatorOptions = {}): Promise<TfcSimulator> => {
    sim = await new TfcSimulator({ tokens, ...options }).start()
    started.push(sim)
    ws = sim.addWorkspace({ name: 'production' })
    sim.addConfigurationVersion(ws)
    return sim
  }
  beforeEach(() => start().then(() => undefined))
  afterEach(() => Promise.all(started.splice(0).map(s => s.stop())).then(() => undefined))
  return {
    get sim() {
      return sim
    },
    get ws() {
      return ws
    },
    start,
    stopLater: server => started.push(server),
    inputs: (extra = {}) => ({
      token: Object.keys(tokens)[0],
      hostname: sim.url,
      organization: 'acme',
      workspace: 'production',
      'poll-interval': '0.2s',
      ...extra
    })
  }
}
