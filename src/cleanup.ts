import { State, USER_AGENT } from './constants.js'
import { isTerminal } from './decide.js'
import type { ActionIO } from './runtime.js'
import { TfcHttp } from './tfc/http.js'
import { tokenOf } from './inputs.js'
import { cancelOrDiscard, readRun } from './tfc/runs.js'

export type CleanupResult = 'nothing' | 'canceled' | 'discarded' | 'ended' | 'failed'

/** The run IDs the main step left for the post step; a damaged value counts as none rather than failing the job. */
export function pendingRunIds(io: ActionIO): string[] {
  if (io.getState(State.MainFinished) === 'true') return []
  try {
    const ids = JSON.parse(io.getState(State.RunIds) || '[]') as unknown
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.startsWith('run-')) : []
  } catch {
    return []
  }
}

/**
 * The post step: a backstop for a main step that was killed before it could clean up. When the main step finished
 * (in any way it controls) this sends nothing at all; otherwise it cancels or discards each run it left.
 */
export async function cleanup(io: ActionIO): Promise<CleanupResult[]> {
  const runIds = pendingRunIds(io)
  const token = tokenOf(name => io.getInput(name), io.env)
  const origin = io.getState(State.ApiUrl)
  if (!runIds.length || !token || !origin) return []
  io.setSecret(token)
  const http = new TfcHttp({ origin, token, userAgent: USER_AGENT, maxReadAttempts: 3 })
  try {
    const results: CleanupResult[] = []
    for (const runId of runIds) results.push(await stopLeftRun(io, http, runId))
    return results
  } finally {
    http.dispose()
  }
}

async function stopLeftRun(io: ActionIO, http: TfcHttp, runId: string): Promise<CleanupResult> {
  try {
    const run = await readRun(http, runId)
    if (isTerminal(run)) return 'ended'
    const done = await cancelOrDiscard(http, run, 'Stopped by GitHub Actions: the job stopped before the step finished')
    if (done) {
      io.warning(`The main step did not finish; ${done} run ${runId} so it does not hold the workspace's queue.`)
      return done
    }
    io.warning(
      `The main step did not finish and run ${runId} is ${run.status}; it can be neither canceled nor discarded now. Check it on the run page.`
    )
    return 'failed'
  } catch (error) {
    io.warning(`The main step did not finish, and cleaning up run ${runId} failed: ${(error as Error).message}`)
    return 'failed'
  }
}
