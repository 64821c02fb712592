import { nextPollDelay } from '../decide.js'
import { readRun } from '../tfc/runs.js'
import type { Run, Workspace } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { StoppedError } from '../tfc/errors.js'
import { Interrupted, TimedOut } from './failures.js'
import { FIRST_PENDING_CHECK_MS, PENDING_CHECK_MS, isWaiting, whyPending } from './queue.js'
import { PhaseLog } from './log-follower.js'
import { readApply, readPlan } from '../tfc/plans.js'

/** Log reads go to archive storage, at most about once a second. */
const LOG_READ_MS = 1000

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
  workspace?: Workspace,
  log: PhaseLog = new PhaseLog(ctx, phase)
): Promise<Run> {
  try {
    return await poll(ctx, runId, done, phase, workspace, log)
  } catch (error) {
    // The deadline or a stop may cut a request in flight rather than the wait itself: either way it is the phase
    // the step was waiting for that ran out, and the message says which, whatever the machine's timing.
    if (error instanceof StoppedError) throw error.reason === 'deadline' ? new TimedOut(phase) : new Interrupted(phase)
    throw error
  }
}

async function poll(
  ctx: StepContext,
  runId: string,
  done: (run: Run) => boolean,
  phase: 'plan' | 'apply',
  workspace: Workspace | undefined,
  log: PhaseLog
): Promise<Run> {
  const { clock } = ctx
  const started = clock.now()
  let lastStatus = ''
  let pendingSince: number | undefined
  let nextCheck = 0
  let pendingReason: string | undefined
  let nextRead = 0
  let nextLogRead = 0
  for (;;) {
    checkStop(ctx, phase, pendingReason && `run ${runId} never started: ${pendingReason}`)
    if (clock.now() >= nextRead) {
      const run = await readRun(ctx.http, runId, [phase])
      if (run.status !== lastStatus) {
        ctx.log.info(`${new Date(clock.now()).toISOString().slice(11, 19)} ${run.status}`)
        lastStatus = run.status
      }
      if (done(run)) return run
      if (isWaiting(run) && workspace) {
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
        pendingSince = undefined
        nextCheck = 0
      }
      if (!log.following) await followLog(ctx, run, phase, log)
      nextRead = clock.now() + Math.max(nextPollDelay(clock.now() - started, ctx.inputs.pollIntervalMs), ctx.pollFloorMs ?? 0)
    }
    // While the log is written, read it about once a second; its end marker means the phase is over: read the
    // run at once instead of at the next poll.
    if (log.following && !log.finished && clock.now() >= nextLogRead) {
      nextLogRead = clock.now() + LOG_READ_MS
      if ((await log.read()).ended) {
        nextRead = clock.now()
        continue
      }
    }
    const untilRead = nextRead - clock.now()
    const delay = log.following && !log.finished ? Math.min(nextLogRead - clock.now(), untilRead) : untilRead
    await clock.sleep(Math.min(Math.max(0, delay), Math.max(0, ctx.deadline - clock.now())), ctx.signal)
  }
}

/** Follows the phase's log once the phase has started writing it. */
async function followLog(ctx: StepContext, run: Run, phase: 'plan' | 'apply', log: PhaseLog): Promise<void> {
  const started = phase === 'plan' ? run.status === 'planning' && run.planId : run.status === 'applying' && run.applyId
  if (!started) return
  const side = phase === 'plan' ? run.plan : run.apply
  const url =
    side?.logReadUrl ??
    (phase === 'plan' ? (await readPlan(ctx.http, run.planId!)).logReadUrl : (await readApply(ctx.http, run.applyId!)).logReadUrl)
  if (url) log.follow(url)
}

export function checkStop(ctx: StepContext, phase: 'plan' | 'apply', detail?: string): void {
  if (ctx.signal?.aborted) throw new Interrupted(phase)
  if (ctx.clock.now() >= ctx.deadline) throw new TimedOut(phase, detail)
}
