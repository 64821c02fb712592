import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { startStep as startStepIn, type StepRun } from '../../sim/step-runner.js'
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
