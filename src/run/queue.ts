import { isTerminal } from '../decide.js'
import type { Run, Workspace } from '../tfc/types.js'
import { readWorkspaceHolders } from '../tfc/workspaces.js'
import type { TfcHttp } from '../tfc/http.js'
import { runUrl } from './workspace.js'

/** How often a pending run's reason is looked up again: often enough to notice an unlock, rarely enough to be free. */
export const PENDING_CHECK_MS = 30_000
/** The first look: a run is pending for a moment even on an idle workspace. */
export const FIRST_PENDING_CHECK_MS = 5_000

/**
 * Why our run has not started: the workspace's lock and its current run (often a run left waiting for
 * confirmation), and our place in the organization's queue when the server says. Undefined when nothing explains
 * it; a failed look-up is not a failure of the step.
 */
export async function whyPending(http: TfcHttp, apiOrigin: string, workspace: Workspace, run: Run): Promise<string | undefined> {
  try {
    const holders = await readWorkspaceHolders(http, workspace.id)
    const reasons: string[] = []
    const lock = holders.lockedBy
    if (holders.workspace.locked && lock && lock.id !== run.id) {
      const who = lock.type === 'users' ? lock.name : lock.type === 'teams' ? `team ${lock.name}` : `run ${lock.name}`
      reasons.push(`the workspace is locked by ${who}${holders.workspace.lockedReason ? ` ("${holders.workspace.lockedReason}")` : ''}`)
    } else if (holders.workspace.locked) {
      reasons.push('the workspace is locked')
    }
    const current = holders.currentRun
    if (current && current.id !== run.id && !isTerminal(current)) {
      const waiting = current.actions.isConfirmable ? ', waiting for confirmation' : ''
      reasons.push(`run ${current.id} (${current.status}${waiting}) holds the workspace: ${runUrl(apiOrigin, workspace, current.id)}`)
    }
    if (run.positionInQueue) reasons.push(`position ${run.positionInQueue} in the organization's run queue`)
    return reasons.length ? reasons.join('; ') : undefined
  } catch {
    return undefined
  }
}
