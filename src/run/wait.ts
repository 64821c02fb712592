import { nextPollDelay } from '../decide.js'
import { readRun } from '../tfc/runs.js'
import type { Run, Workspace } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { Interrupted, TimedOut } from './failures.js'
import { FIRST_PENDING_CHECK_MS, PENDING_CHECK_MS, whyPending } from './queue.js'

/**
 * Polls GET /runs/:id (never a list endpoint) until `done`, backing off to `poll-interval`, within `timeout`.
 * While the run is pending, looks up why now and then (a lock, another run holding the workspace) and says so.
 * Throws TimedOut or Interrupted, which the lifecycle turns into stopping the run.
 */
export async function waitForRun(
  ctx: StepContext,
  runId: string,
  done: (run: Run) => boolean,
  phase: 'plan' | 'apply',
  workspace?: Workspace
): Promise<Run> {
  const { clock } = ctx
  const started = clock.now()
  let lastStatus = ''
  let pendingSince: number | undefined
  let nextCheck = 0
  let pendingReason: string | undefined
  for (;;) {
    checkStop(ctx, phase, pendingReason && `run ${runId} never started: ${pendingReason}`)
    const run = await readRun(ctx.http, runId)
    if (run.status !== lastStatus) {
      ctx.log.info(`${new Date(clock.now()).toISOString().slice(11, 19)} ${run.status}`)
      lastStatus = run.status
    }
    if (done(run)) return run
    if (run.status === 'pending' && workspace) {
      pendingSince ??= clock.now()
      nextCheck ||= pendingSince + FIRST_PENDING_CHECK_MS
      if (clock.now() >= nextCheck) {
        nextCheck = clock.now() + PENDING_CHECK_MS
        const reason = await whyPending(ctx.http, ctx.inputs.apiOrigin, workspace, run)
        if (reason && reason !== pendingReason) ctx.log.warning(`Run ${runId} has not started: ${reason}.`)
        pendingReason = reason
      }
    } else {
      pendingReason = undefined
    }
    const delay = Math.min(nextPollDelay(clock.now() - started, ctx.inputs.pollIntervalMs), Math.max(0, ctx.deadline - clock.now()))
    await clock.sleep(delay, ctx.signal)
  }
}

export function checkStop(ctx: StepContext, phase: 'plan' | 'apply', detail?: string): void {
  if (ctx.signal?.aborted) throw new Interrupted(phase)
  if (ctx.clock.now() >= ctx.deadline) throw new TimedOut(phase, detail)
}
