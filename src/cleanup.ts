import { State, USER_AGENT } from './constants.js'
import { pendingRunIds } from './post-state.js'
import type { ActionIO } from './runtime.js'
import { TfcHttp } from './tfc/http.js'
import { tokenOf } from './inputs.js'
import { describeStop, stopRunSafely, type StopKind } from './run/stop-run.js'

/** The post step's whole budget: the runner gives it a few minutes at most, and a stuck host must not hold the job. */
const POST_STEP_BUDGET_MS = 60_000

export type CleanupResult = StopKind | 'failed'

/**
 * The post step: a backstop for a main step that was killed, or could not stop its run. When the main step finished
 * (in any way it controls) this sends nothing at all; otherwise it stops each run it left, by the same rules as the
 * main step: discard or cancel as the run's flags allow, and never a run that is applying.
 */
export async function cleanup(io: ActionIO, runIds = pendingRunIds(io)): Promise<CleanupResult[]> {
  const token = tokenOf(name => io.getInput(name), io.env)
  const origin = io.getState(State.ApiUrl)
  if (!runIds.length || !token || !origin) return []
  io.setSecret(token)
  const http = new TfcHttp({ origin, token, userAgent: USER_AGENT, deadline: Date.now() + POST_STEP_BUDGET_MS, env: io.env })
  try {
    const results: CleanupResult[] = []
    for (const runId of runIds) {
      try {
        const result = await stopRunSafely(http, runId, 'Stopped by GitHub Actions: the job stopped before the step finished')
        const said = describeStop(result, `the run page (${origin})`)
        if (result.kind === 'discarded' || result.kind === 'canceled')
          io.warning(`The main step did not finish; ${result.kind} run ${runId} so it does not hold the workspace's queue.`)
        else if (result.kind !== 'ended') io.warning(`The main step did not finish. Run ${runId}: ${said}`)
        results.push(result.kind)
      } catch (error) {
        io.warning(`The main step did not finish, and stopping run ${runId} failed: ${(error as Error).message}`)
        results.push('failed')
      }
    }
    return results
  } finally {
    http.dispose()
  }
}
