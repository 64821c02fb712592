import { State, USER_AGENT } from './constants.js'
import { isTerminal } from './decide.js'
import type { ActionIO } from './runtime.js'
import { TfcHttp } from './tfc/http.js'
import { tokenOf } from './inputs.js'
import { cancelOrDiscard, readRun } from './tfc/runs.js'

/**
 * The post step: a backstop for a main step that was killed before it could clean up. When the main step finished
 * (in any way it controls) this sends nothing at all; otherwise it cancels or discards the run it created.
 */
export async function cleanup(io: ActionIO): Promise<'nothing' | 'canceled' | 'discarded' | 'ended' | 'failed'> {
  const runId = io.getState(State.RunId)
  if (io.getState(State.MainFinished) === 'true' || !runId) return 'nothing'
  const token = tokenOf(name => io.getInput(name), io.env)
  const origin = io.getState(State.ApiUrl)
  if (!token || !origin) return 'nothing'
  io.setSecret(token)
  const http = new TfcHttp({ origin, token, userAgent: USER_AGENT, maxReadAttempts: 3 })
  try {
    const run = await readRun(http, runId)
    if (isTerminal(run)) return 'ended'
    const done = await cancelOrDiscard(http, run, 'Stopped by GitHub Actions: the job stopped before the step finished')
    if (done) {
      io.warning(`The main step did not finish; ${done} run ${runId} so it does not hold the workspace's queue.`)
      return done
    }
    io.warning(`The main step did not finish and run ${runId} is ${run.status}; it can be neither canceled nor discarded now. Check it on the run page.`)
    return 'failed'
  } catch (error) {
    io.warning(`The main step did not finish, and cleaning up run ${runId} failed: ${(error as Error).message}`)
    return 'failed'
  } finally {
    http.dispose()
  }
}
