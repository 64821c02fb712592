/**
 * `override-policies`: overrides what a run waits on (a soft-failed Sentinel check, a task stage awaiting an
 * override), only when the server says it is overridable and this token may, records the reason as a run comment,
 * and waits for the run to settle again (tfc-api-addendum.md §3.4).
 */
import { isPlanSettled } from '../decide.js'
import { workflowRunOf } from '../github-event.js'
import { StoppedError } from '../tfc/errors.js'
import { overridePolicyCheck } from '../tfc/policy-checks.js'
import { commentOnRun } from '../tfc/run-comments.js'
import { overrideTaskStage } from '../tfc/task-stages.js'
import { AWAITING_DECISION_STATUSES, type Run, type Workspace } from '../tfc/types.js'
import { awaitingOverride, overrideWouldHelp, readChecks } from './checks.js'
import type { RunChecks } from './policy-status.js'
import type { StepContext } from './context.js'
import type { PhaseLog } from './log-follower.js'
import { waitForRun } from './wait.js'

/** Pre-plan, post-plan and Sentinel: a run waits for at most three decisions before its apply. */
const MAX_OVERRIDE_ROUNDS = 3

export interface SettledChecks {
  run: Run
  checks?: RunChecks
  /** What this step overrode, in order. */
  overrides: string[]
}

/** Reads the settled run's checks and, with `override-policies`, overrides what it waits on while that is allowed. */
export async function settleChecks(ctx: StepContext, settled: Run, planLog: PhaseLog, workspace: Workspace): Promise<SettledChecks> {
  let run = settled
  let checks = await readChecks(ctx, run)
  const overrides: string[] = []
  const override = ctx.inputs.overridePolicies && overrideWouldHelp(ctx.inputs)
  if (ctx.inputs.overridePolicies && !override && AWAITING_DECISION_STATUSES.has(run.status))
    ctx.log.info('Not overriding: this step does not go on with the run (`apply` is false), so it would be discarded anyway.')
  for (let round = 0; override && AWAITING_DECISION_STATUSES.has(run.status) && round < MAX_OVERRIDE_ROUNDS; round++) {
    const waitingOn = run.status
    const current = run
    const done = await ctx.log.group('Override policies', () => overrideChecks(ctx, current, checks))
    if (!done.length) break
    overrides.push(...done)
    run = await ctx.log.group('Wait for the plan', () =>
      waitForRun(ctx, current.id, r => r.status !== waitingOn && isPlanSettled(r), 'plan', workspace, planLog)
    )
    checks = await readChecks(ctx, run)
  }
  return { run, checks, overrides }
}

/** Overrides every check the run waits on, or none when any of them may not be (the failure then says why). */
async function overrideChecks(ctx: StepContext, run: Run, checks: RunChecks | undefined): Promise<string[]> {
  const waiting = awaitingOverride(checks)
  const blocked = waiting.find(w => !w.isOverridable || !w.canOverride)
  if (!waiting.length || blocked) {
    ctx.log.warning(
      blocked
        ? `Not overriding: the ${blocked.what} ${blocked.isOverridable ? 'may not be overridden with this token' : 'is not overridable'}.`
        : `Not overriding: the run waits (${run.status}) on nothing this step can override.`
    )
    return []
  }
  const reason = ctx.inputs.overrideReason
  const done: string[] = []
  for (const item of waiting) {
    const result =
      item.kind === 'policy-check'
        ? await overridePolicyCheck(ctx.http, item.id, reason)
        : await overrideTaskStage(ctx.http, item.id, reason)
    if (result === 'conflict') {
      ctx.log.warning(`HCP Terraform refused to override the ${item.what} (409): it is no longer waiting for an override.`)
      continue
    }
    ctx.log.info(`Overrode the ${item.what}: ${reason}`)
    done.push(item.what)
  }
  if (done.length) await recordReason(ctx, run, done)
  return done
}

/** The justification goes on the run, where the next person to look at it will see it. */
async function recordReason(ctx: StepContext, run: Run, done: string[]): Promise<void> {
  const by = workflowRunOf(ctx.env)
  try {
    await commentOnRun(
      ctx.http,
      run.id,
      `Overridden by ${by} (override-policies): ${ctx.inputs.overrideReason}\n\nOverrode: ${done.join('; ')}`
    )
  } catch (error) {
    if (error instanceof StoppedError) throw error
    ctx.log.warning(`Overrode, but could not record the reason on the run: ${(error as Error).message}`)
  }
}
