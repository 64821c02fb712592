import { nextPollDelay } from '../decide.js'
import { readRun } from '../tfc/runs.js'
import type { Run } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { Interrupted, TimedOut } from './failures.js'

/**
 * Polls GET /runs/:id (never a list endpoint) until `done`, backing off to `poll-interval`, within `timeout`.
 * Throws TimedOut or Interrupted, which the lifecycle turns into stopping the run.
 */
export async function waitForRun(ctx: StepContext, runId: string, done: (run: Run) => boolean, phase: 'plan' | 'apply'): Promise<Run> {
  const { clock } = ctx
  const started = clock.now()
  let lastStatus = ''
  for (;;) {
    checkStop(ctx, phase)
    const run = await readRun(ctx.http, runId)
    if (run.status !== lastStatus) {
      ctx.log.info(`${new Date(clock.now()).toISOString().slice(11, 19)} ${run.status}`)
      lastStatus = run.status
    }
    if (done(run)) return run
    const delay = Math.min(nextPollDelay(clock.now() - started, ctx.inputs.pollIntervalMs), Math.max(0, ctx.deadline - clock.now()))
    await clock.sleep(delay, ctx.signal)
  }
}

export function checkStop(ctx: StepContext, phase: 'plan' | 'apply'): void {
  if (ctx.signal?.aborted) throw new Interrupted(phase)
  if (ctx.clock.now() >= ctx.deadline) throw new TimedOut(phase)
}
