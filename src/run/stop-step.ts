import { isTerminal } from '../decide.js'
import { formatDuration } from '../duration.js'
import { ApiError, StoppedError } from '../tfc/errors.js'
import { readRun } from '../tfc/runs.js'
import { APPLY_STARTED_STATUSES, AWAITING_DECISION_STATUSES, type Run, type Workspace } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { Interrupted, TimedOut } from './failures.js'
import { isWaiting, whyPending } from './queue.js'
import { describeStop, settleCanceled, stopRunSafely } from './stop-run.js'
import { runUrl } from './workspace.js'

/** Time to stop the run after `timeout`: enough for a cancel to take, short enough that the step ends promptly. */
const STOP_AFTER_TIMEOUT_MS = 20_000
/** With `force-cancel`, long enough for HCP Terraform's cool-off before a force-cancel is allowed. */
const STOP_WITH_FORCE_CANCEL_MS = 5 * 60_000
/** After a job cancellation the runner kills the process within seconds (SIGINT, then SIGTERM 7.5 s later). */
const STOP_AFTER_INTERRUPT_MS = 5_000
const STOP_AFTER_FAILURE_MS = 20_000

export interface StopReason {
  kind: 'timeout' | 'interrupt'
  /** What the step was waiting for: "the plan", "an answer from HCP Terraform (…)". */
  waitingFor: string
  detail?: string
}

/** A timeout or an interruption, from wherever it surfaced: a wait, or the transport at the deadline. */
export function stopReasonOf(error: unknown): StopReason | undefined {
  if (error instanceof TimedOut) return { kind: 'timeout', waitingFor: `the ${error.phase}`, detail: error.detail }
  if (error instanceof Interrupted) return { kind: 'interrupt', waitingFor: `the ${error.phase}` }
  if (error instanceof StoppedError) {
    return { kind: error.reason === 'deadline' ? 'timeout' : 'interrupt', waitingFor: `an answer from HCP Terraform (${error.message})` }
  }
  return undefined
}

export interface StepStop {
  run?: Run
  action: string
  failure: string
}

/**
 * Timeout or interrupt: stop the run this step acts on so it does not hold the queue, through a transport of its
 * own (the step's is past its deadline or aborted). A run that is applying is never touched.
 */
export async function stopForReason(
  ctx: StepContext,
  reason: StopReason,
  workspace: Workspace | undefined,
  run: Run | undefined,
  /** False for a run adopted with `run`: this step never stops a run it did not create. */
  owned = true
): Promise<StepStop> {
  const why =
    reason.kind === 'timeout'
      ? `Timed out after ${formatDuration(ctx.inputs.timeoutMs)} (the \`timeout\` input) while waiting for ${reason.waitingFor}`
      : `The step was interrupted while waiting for ${reason.waitingFor}`
  if (!run || !workspace) return { action: 'No run had been created.', failure: `${why}; no run had been created.` }
  if (!owned) {
    const action = `This step did not create run ${run.id}, so it leaves it as it is: ${runUrl(ctx.inputs.apiOrigin, workspace, run.id)}`
    return { run, action, failure: `${why}. ${action}` }
  }
  const budget =
    reason.kind === 'interrupt' ? STOP_AFTER_INTERRUPT_MS : ctx.inputs.forceCancel ? STOP_WITH_FORCE_CANCEL_MS : STOP_AFTER_TIMEOUT_MS
  const http = ctx.stopTransport(budget)
  const url = runUrl(ctx.inputs.apiOrigin, workspace, run.id)
  try {
    let detail = reason.detail
    const fresh = await readRun(http, run.id)
    if (reason.kind === 'timeout' && !detail && isWaiting(fresh)) {
      const pending = await whyPending(http, ctx.inputs.apiOrigin, workspace, fresh)
      if (pending) detail = `run ${run.id} never started: ${pending}`
    }
    let result = await stopRunSafely(http, run.id, `Stopped by GitHub Actions: ${why}`, fresh)
    // After an interrupt the runner kills the process within seconds: the cancel is sent, do not wait for it.
    if (result.kind === 'canceled' && reason.kind === 'timeout') {
      result = await settleCanceled(http, result.run, {
        clock: ctx.clock,
        until: ctx.clock.now() + budget,
        forceCancel: ctx.inputs.forceCancel,
        pollMs: Math.min(2000, ctx.inputs.pollIntervalMs)
      })
      if (!isTerminal(result.run))
        ctx.log.warning(`Run ${run.id} is still ${result.run.status} after the cancel; it stops when Terraform exits.`)
    }
    const action = describeStop(result, url)
    ctx.log.info(action)
    return { run: result.run, action, failure: `${why}${detail ? `: ${detail}` : ''}. ${action}` }
  } catch (error) {
    const action = `Stopping run ${run.id} failed too (${(error as Error).message}); the post step will try again. Check it at ${url}`
    ctx.log.warning(action)
    return { action, failure: `${why}. ${action}` }
  } finally {
    http.dispose()
  }
}

/**
 * After an unexpected failure, do not leave the run holding the workspace's queue, unless the inputs asked to leave
 * such a run for a person (`discard: false`). Returns a sentence saying what was done, and the run as last read.
 */
export async function stopAfterFailure(
  ctx: StepContext,
  workspace: Workspace,
  run: Run
): Promise<{ action?: string; run?: Run; stopFailed: boolean }> {
  const http = ctx.stopTransport(STOP_AFTER_FAILURE_MS)
  const url = runUrl(ctx.inputs.apiOrigin, workspace, run.id)
  try {
    const current = await readRun(http, run.id)
    const waitsForPerson = current.actions.isConfirmable || AWAITING_DECISION_STATUSES.has(current.status)
    if (isTerminal(current) || (waitsForPerson && !ctx.inputs.discard)) return { run: current, stopFailed: false }
    const result = await stopRunSafely(http, run.id, 'Stopped by GitHub Actions: the step failed', current)
    const action =
      result.kind === 'discarded' || result.kind === 'canceled'
        ? `${describeStop(result, url)} It no longer holds the workspace's queue.`
        : describeStop(result, url)
    ctx.log.warning(action)
    return { action, run: result.run, stopFailed: result.kind === 'not-allowed' }
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      const action = `The token may not stop the run either (${error.status} to ${error.endpoint}): ask someone with "apply runs" access to discard run ${run.id}, which holds the workspace's queue: ${url}`
      return { action, stopFailed: false }
    }
    return { action: `Stopping run ${run.id} failed too (${(error as Error).message}); the post step will try again.`, stopFailed: true }
  } finally {
    http.dispose()
  }
}

/**
 * Whether the post step must look at the run again: derived from the final result, not from which path got there.
 * A run that ended, that is applying, or that was left for a person on purpose needs nothing more.
 */
export function needsBackstop(run: Run | undefined, leftOnPurpose: boolean): boolean {
  return !!run && !isTerminal(run) && !APPLY_STARTED_STATUSES.has(run.status) && !leftOnPurpose
}
