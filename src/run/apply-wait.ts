import { isTerminal } from '../decide.js'
import type { Diagnostics } from '../plan/diagnostics.js'
import { excerptOf, type LogExcerpt } from '../plan/log.js'
import type { Outcome } from '../report/render.js'
import { readApply } from '../tfc/plans.js'
import { phaseEnded, type Apply, type Run } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { PhaseLog } from './log-follower.js'
import { waitForRun } from './wait.js'

export interface ApplyResult {
  run: Run
  kind: Outcome
  action: string
  failure?: string
  applied: boolean
  applyLog?: LogExcerpt
  /** Errors and warnings from the apply log. */
  applyDiagnostics?: Diagnostics
  /** The apply: what it did (which can differ from the plan when it errors half-way) and the state it wrote. */
  apply?: Apply
}

/** After a confirmed apply: wait for it to end (unless `wait-for-apply` is false) and say how it went. */
export async function waitForApply(ctx: StepContext, run: Run): Promise<ApplyResult> {
  if (!ctx.inputs.waitForApply) {
    return { run, kind: 'applying', action: 'Apply started; not waiting for it because `wait-for-apply` is false.', applied: true }
  }
  const log = new PhaseLog(ctx, 'apply')
  const done = await ctx.log.group('Wait for the apply', () => waitForRun(ctx, run.id, isTerminal, 'apply', undefined, log))
  const apply =
    done.apply && phaseEnded(done.apply.status) ? done.apply : done.applyId ? await readApply(ctx.http, done.applyId) : undefined
  const digest = apply && apply.status !== 'unreachable' ? await log.finish(apply.logReadUrl) : undefined
  const applyDiagnostics = digest && { items: digest.diagnostics, dropped: digest.dropped }
  if (done.status === 'applied')
    return { run: done, kind: 'applied', action: 'Applied: `apply` is true.', applied: true, applyDiagnostics, apply }

  const applyLog: LogExcerpt | undefined = digest?.lastLines().length ? excerptOf(digest) : undefined
  const errored = done.status === 'errored'
  return {
    run: done,
    kind: errored ? 'apply-errored' : 'canceled',
    action: 'Confirmed the run, but the apply did not succeed.',
    failure: errored
      ? 'The apply errored; see its errors in the job summary and the run page. Some changes may have been applied.'
      : `The apply ended as ${done.status}.`,
    applied: false,
    applyLog,
    applyDiagnostics,
    apply
  }
}
