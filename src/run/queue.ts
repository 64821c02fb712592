import { isTerminal } from '../decide.js'
import type { Run, Workspace } from '../tfc/types.js'
import { readQueuePosition } from '../tfc/organizations.js'
import { readWorkspaceHolders } from '../tfc/workspaces.js'
import type { TfcHttp } from '../tfc/http.js'
import { runUrl } from './workspace.js'

/** How often a pending run's reason is looked up again: often enough to notice an unlock, rarely enough to be free. */
export const PENDING_CHECK_MS = 30_000
/** The first look: a run is pending for a moment even on an idle workspace. */
export const FIRST_PENDING_CHECK_MS = 5_000

/** Statuses in which a run waits for the organization's concurrency, its workspace having let it go. */
const WAITING_FOR_CAPACITY = new Set(['plan_queued', 'apply_queued'])

/** Whether a run waits: for its workspace (`pending`) or for the organization's capacity (queued). */
export function isWaiting(run: Run): boolean {
  return run.status === 'pending' || WAITING_FOR_CAPACITY.has(run.status)
}

/**
 * Why our run has not started: while `pending`, the workspace's lock and its current run (often a run left
 * waiting for confirmation); while queued, its place in the organization's run queue. Undefined when nothing
 * explains it; a failed look-up is not a failure of the step.
 */
export async function whyPending(http: TfcHttp, apiOrigin: string, workspace: Workspace, run: Run): Promise<string | undefined> {
  try {
    if (WAITING_FOR_CAPACITY.has(run.status)) {
      const position = await readQueuePosition(http, workspace.organization, run.id)
      return position
        ? `it waits for a free run slot in organization ${workspace.organization} (its concurrency limit), at position ${position} of the organization's run queue`
        : undefined
    }
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
      // A run trigger queues runs nobody asked for here: say where this one came from.
      const trigger = current.queuedByTrigger
        ? `, queued by a run trigger${current.triggeringSource ? ` after workspace ${current.triggeringSource} applied` : ''}`
        : ''
      reasons.push(
        `run ${current.id} (${current.status}${waiting}${trigger}) holds the workspace: ${runUrl(apiOrigin, workspace, current.id)}`
      )
    }
    return reasons.length ? reasons.join('; ') : undefined
  } catch {
    return undefined
  }
}
