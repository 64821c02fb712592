import { isTerminal } from '../decide.js'
import type { LogExcerpt } from '../plan/log.js'
import type { Outcome } from '../report/render.js'
import { readApply } from '../tfc/plans.js'
import type { Run } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { readLogExcerpt } from './log-excerpt.js'
import { waitForRun } from './wait.js'

export interface ApplyResult {
  run: Run
  kind: Outcome
  action: string
  failure?: string
  applied: boolean
  applyLog?: LogExcerpt
}

/** After a confirmed apply: wait for it to end (unless `wait-for-apply` is false) and say how it went. */
export async function waitForApply(ctx: StepContext, run: Run): Promise<ApplyResult> {
  if (!ctx.inputs.waitForApply) {
    return { run, kind: 'applying', action: 'Apply started; not waiting for it because `wait-for-apply` is false.', applied: true }
  }
  const done = await ctx.log.group('Wait for the apply', () => waitForRun(ctx, run.id, isTerminal, 'apply'))
  if (done.status === 'applied') return { run: done, kind: 'applied', action: 'Applied: `apply` is true.', applied: true }

  let applyLog: LogExcerpt | undefined
  if (done.applyId) {
    const apply = await readApply(ctx.http, done.applyId)
    if (apply.logReadUrl) ctx.log.setSecret(apply.logReadUrl)
    applyLog = await readLogExcerpt(ctx, apply.logReadUrl, 'apply')
  }
  const errored = done.status === 'errored'
  return {
    run: done,
    kind: errored ? 'apply-errored' : 'canceled',
    action: 'Confirmed the run, but the apply did not succeed.',
    failure: errored
      ? 'The apply errored; see the log excerpt and the run page. Some changes may have been applied.'
      : `The apply ended as ${done.status}.`,
    applied: false,
    applyLog
  }
}
