import { isTerminal } from '../decide.js'
import type { Clock } from '../clock.js'
import { ApiError, OutcomeUnknownError } from '../tfc/errors.js'
import type { TfcHttp } from '../tfc/http.js'
import { readRun, runAction, type RunAction } from '../tfc/runs.js'
import { APPLY_STARTED_STATUSES, type Run } from '../tfc/types.js'

/** What HCP Terraform accepted when asked to stop a run; never what was hoped. */
export type StopKind =
  /** The run had ended already; nothing was sent. */
  | 'ended'
  /** The apply has started: the run was left alone, because a cancel mid-apply can leave infrastructure half-changed. */
  | 'applying'
  | 'discarded'
  | 'canceled'
  | 'force-canceled'
  /** Neither discard nor cancel is allowed now (a cancel may already be under way). */
  | 'not-allowed'

export interface StopResult {
  kind: StopKind
  /** The run as last read. */
  run: Run
  /** The cancel was accepted, but HCP Terraform refused the force-cancel with this status (it needs workspace admin). */
  forceCancelRefused?: number
}

/** Each 409 (the run moved between our read and our action) gets a fresh read and a fresh choice, this many times. */
const STOP_ATTEMPTS = 3

/**
 * Stops a run that must not hold the workspace's queue, choosing from the run's own `actions` flags: discard when
 * it is discardable (waiting for confirmation, a decision or its turn), else cancel when it is cancelable. Never
 * touches a run whose apply has started. On 409 or an unknown outcome it reads the run again and chooses again.
 */
export async function stopRunSafely(http: TfcHttp, runId: string, comment: string, fresh?: Run): Promise<StopResult> {
  // A caller that has just read the run hands it over rather than have it read twice.
  let run = fresh ?? (await readRun(http, runId))
  let unconfirmed: OutcomeUnknownError | undefined
  for (let attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
    if (isTerminal(run)) return { kind: 'ended', run }
    if (APPLY_STARTED_STATUSES.has(run.status)) return { kind: 'applying', run }
    const action: RunAction | undefined = run.actions.isDiscardable ? 'discard' : run.actions.isCancelable ? 'cancel' : undefined
    if (!action) return { kind: 'not-allowed', run }
    let answer: 'accepted' | 'conflict' | 'unknown'
    try {
      answer = await runAction(http, run.id, action, comment)
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError)) throw error
      unconfirmed = error
      answer = 'unknown'
    }
    if (answer === 'accepted') return { kind: action === 'discard' ? 'discarded' : 'canceled', run: await readRun(http, runId) }
    run = await readRun(http, runId)
  }
  if (isTerminal(run)) return { kind: 'ended', run }
  // Never report a stop the server did not confirm: the caller says so, and the post step tries again.
  if (unconfirmed) throw unconfirmed
  return { kind: 'not-allowed', run }
}

/**
 * After a cancel was accepted, waits (within `until`) for the run to end; force-cancels once HCP Terraform allows it
 * (`is-force-cancelable`, after `force-cancel-available-at`) when `forceCancel` asks for it.
 */
export async function settleCanceled(
  http: TfcHttp,
  run: Run,
  options: { clock: Clock; until: number; forceCancel: boolean; pollMs: number }
): Promise<StopResult> {
  let current = run
  while (!isTerminal(current) && options.clock.now() < options.until) {
    await options.clock.sleep(Math.min(options.pollMs, Math.max(0, options.until - options.clock.now())))
    current = await readRun(http, run.id)
    if (options.forceCancel && current.actions.isForceCancelable && !isTerminal(current)) {
      let answer: 'accepted' | 'conflict'
      try {
        answer = await runAction(http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out')
      } catch (error) {
        // `is-force-cancelable` says what the run allows, not what this token may: force-cancel needs workspace
        // admin. The cancel stands; say so rather than report that stopping failed.
        if (error instanceof ApiError && (error.status === 403 || error.status === 404))
          return { kind: 'canceled', run: current, forceCancelRefused: error.status }
        throw error
      }
      if (answer === 'accepted') return { kind: 'force-canceled', run: await readRun(http, run.id) }
    }
  }
  return { kind: 'canceled', run: current }
}

/** One sentence for the log and the report: what was done to the run, in the server's terms. */
export function describeStop(result: StopResult, runUrl: string): string {
  const { run } = result
  switch (result.kind) {
    case 'ended':
      return `The run had already ended (${run.status}).`
    case 'applying':
      return `The run is still applying (${run.status}), so it was left alone: canceling an apply can leave infrastructure half-changed. Follow it at ${runUrl}`
    case 'discarded':
      return 'Discarded the run.'
    case 'canceled': {
      const refused = result.forceCancelRefused
        ? ` Force-cancel was refused (HCP Terraform answered ${result.forceCancelRefused}): it needs workspace admin access, which this token lacks.`
        : ''
      return isTerminal(run)
        ? `Canceled the run.${refused}`
        : `Canceled the run: HCP Terraform accepted the cancel, and the run (${run.status}) stops when Terraform reaches its next safe point.${refused}`
    }
    case 'force-canceled':
      return 'Canceled the run; it did not stop, so it was force-canceled.'
    case 'not-allowed':
      if (run.forceCancelAvailableAt)
        return `A cancel of the run is already under way (${run.status}); it stops when Terraform reaches a safe point.`
      return `Could not stop the run (${run.status}): HCP Terraform allowed neither a discard nor a cancel. Check it at ${runUrl}`
  }
}
