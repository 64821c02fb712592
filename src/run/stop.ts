import { isTerminal } from '../decide.js'
import { formatDuration } from '../duration.js'
import { cancelOrDiscard, readRun, runAction } from '../tfc/runs.js'
import type { Run } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { StepFailure, TimedOut, type Interrupted } from './failures.js'

/** How long a canceled run is given to stop after a timeout; with `force-cancel`, long enough for the cool-off. */
const SETTLE_MS = 30_000
const SETTLE_WITH_FORCE_MS = 5 * 60_000

export interface StopResult {
  run: Run
  action: string
  failure: string
  /** Set when the run may still be going and nothing we sent stopped it: the post step tries again. */
  stillPending: boolean
}

/** Timeout or interrupt: cancel (or discard) the run this step acts on so it does not hold the queue. */
export async function stopRun(ctx: StepContext, reason: TimedOut | Interrupted, runId: string | undefined): Promise<StopResult> {
  const why =
    reason instanceof TimedOut
      ? `Timed out after ${formatDuration(ctx.inputs.timeoutMs)} (the \`timeout\` input) while waiting for the ${reason.phase}`
      : `The step was interrupted while waiting for the ${reason.phase}`
  if (!runId) throw new StepFailure(`${why}; no run had been created.`)
  let run = await readRun(ctx.http, runId)
  let action = 'The run had already ended.'
  let stillPending = false
  if (!isTerminal(run)) {
    const done = await cancelOrDiscard(ctx.http, run, `Stopped by GitHub Actions: ${why}`)
    action = done
      ? `${done === 'canceled' ? 'Canceled' : 'Discarded'} the run.`
      : `Could not cancel the run (status ${run.status}); check the run page.`
    stillPending = !done
    // After an interrupt the runner kills the process within seconds: the request is sent, do not wait for it.
    if (reason instanceof TimedOut) run = await settleAfterCancel(ctx, run)
  }
  ctx.log.info(action)
  return { run, action, failure: `${why}. ${action}`, stillPending }
}

/** After a cancel, give the run a short while to stop; force-cancel when allowed and the input asks for it. */
async function settleAfterCancel(ctx: StepContext, run: Run): Promise<Run> {
  const { clock, inputs } = ctx
  const until = clock.now() + (inputs.forceCancel ? SETTLE_WITH_FORCE_MS : SETTLE_MS)
  let current = run
  let forced = false
  while (!isTerminal(current) && clock.now() < until) {
    await clock.sleep(Math.min(2000, inputs.pollIntervalMs))
    current = await readRun(ctx.http, run.id)
    if (inputs.forceCancel && !forced && current.actions.isForceCancelable) {
      await runAction(ctx.http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out')
      forced = true
      ctx.log.info('Force-canceled the run')
    }
  }
  if (!isTerminal(current))
    ctx.log.warning(`Run ${run.id} is still ${current.status} after the cancel request; it will stop when Terraform exits.`)
  return current
}

/**
 * After an unexpected failure, do not leave the run we created holding the workspace's queue. Returns true when the
 * run may still be pending and the post step should try again.
 */
export async function abandonRun(ctx: StepContext, runId: string): Promise<boolean> {
  try {
    const run = await readRun(ctx.http, runId)
    if (isTerminal(run) || (run.actions.isConfirmable && !ctx.inputs.discard)) return false
    const done = await cancelOrDiscard(ctx.http, run, 'Stopped by GitHub Actions: the step failed')
    if (done) ctx.log.warning(`The step failed, so run ${run.id} was ${done} to free the workspace's queue.`)
    return false
  } catch {
    return true
  }
}
