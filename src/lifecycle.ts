import type { Decision } from './decide.js'
import { workflowRunOf } from './github-event.js'
import type { Outcome } from './report/render.js'
import type { Run, Workspace } from './tfc/types.js'
import type { Configuration } from './run/configuration/index.js'
import type { StepContext } from './run/context.js'
import { describeFailure } from './run/failures.js'
import { checkSavedPlan, createRun, resolveStart } from './run/get-run.js'
import type { ReviewedComment, ReviewedPlan } from './report/reviewed.js'
import type { RunOutcome } from './run/outcome.js'
import type { PlanDetails } from './run/read-plan.js'
import type { RunChecks } from './run/policy-status.js'

export interface LifecycleHooks {
  /** `run: reviewed`: the plan reviewed on the pull request merged as this commit (GitHub is main's business). */
  findReviewedPlan?: (workspace: Workspace) => Promise<ReviewedComment>
  /** The step now acts on this run: record it so the post step can stop it if this process is killed. */
  onRun?: (run: Run) => void
  /** The run moved (planning, applying): a pull-request comment may follow it. */
  onProgress?: (outcome: RunOutcome) => Promise<void>
  /**
   * Before an apply: waits until the workspaces that trigger this one have applied; returns why this one must not
   * apply (one of them did not), or undefined to go on.
   */
  beforeApply?: () => Promise<string | undefined>
}

type AfterStart = typeof import('./run/after-start.js')
let afterStart: Promise<AfterStart> | undefined

/** The stages after the start, loaded once: first asked for as soon as the start is done, while requests are in flight. */
function stagesAfterStart(): Promise<AfterStart> {
  return (afterStart ??= import('./run/after-start.js'))
}

type Known = Pick<RunOutcome, 'workspace' | 'configuration' | 'run' | 'plan' | 'checks' | 'overrides'>

/**
 * The run lifecycle: resolve the workspace, get the configuration, get the run, wait until planned, read the plan,
 * decide, act, wait for the apply. Each stage takes values and returns values. Every exit leaves no run of ours
 * pending unless the inputs asked for that (`discard: false`), and never touches a run that is applying.
 */
export async function runLifecycle(ctx: StepContext, hooks: LifecycleHooks = {}): Promise<RunOutcome> {
  const { log, inputs } = ctx
  let workspace: Workspace | undefined
  let configuration: Configuration | undefined
  let run: Run | undefined
  let plan: PlanDetails = {}
  let checks: RunChecks | undefined
  let overrides: string[] = []
  // A run this step did not create is never stopped by it: only acted on as the inputs say (`run`).
  let owned = false
  const known = (): Known => ({ workspace, configuration, run, plan, checks, overrides })

  try {
    const start = await log.group('Resolve workspace and configuration version', () => resolveStart(ctx, hooks.findReviewedPlan))
    // Loads while the run is created; a failure to load surfaces where the stages are first used.
    stagesAfterStart().catch(() => undefined)
    workspace = start.workspace
    configuration = start.configuration
    const target = workspace
    if (start.adopted) {
      run = start.adopted.run
      if (start.adopted.nothingToApply) {
        log.info(start.adopted.nothingToApply)
        // Applied already (before the merge, or by this job before a re-run) reads as applied; else nothing to apply.
        const kind = run.status === 'applied' ? 'applied' : 'no-changes'
        return { ...known(), kind, action: start.adopted.nothingToApply, applied: false, discarded: false, cleanup: [] }
      }
    } else {
      const chosen = start.configuration
      run = await log.group('Create run', () => createRun(ctx, target, chosen))
      owned = true
      hooks.onRun?.(run)
      checkSavedPlan(ctx, run)
      await hooks.onProgress?.(progress(known(), 'planning', 'Planning; this comment is updated when the plan is ready.'))
    }
    const reviewed = start.adopted?.reviewed
    const {
      applyRun,
      countsOf,
      decideAfterPlan,
      destroysOf,
      discardRun,
      explainedDecision,
      isPlanSettled,
      needsBackstop,
      outcomeOf,
      PhaseLog,
      readPlanDetails,
      readStateOutputs,
      settleChecks,
      waitForApply,
      waitForRun
    } = await stagesAfterStart()

    const created = run
    const planLog = new PhaseLog(ctx, 'plan')
    const waited = await log.group('Wait for the plan', () => waitForRun(ctx, created.id, isPlanSettled, 'plan', target, planLog))
    run = waited
    const checked = await settleChecks(ctx, waited, planLog, target)
    ;({ checks, overrides } = checked)
    let settled = (run = checked.run)
    plan = await log.group('Read the plan', () => readPlanDetails(ctx, settled, planLog))
    let decision: Decision = explainedDecision(decideAfterPlan(settled, destroysOf(plan), inputs), checks, inputs)
    log.info(decision.reason)

    const held = decision.kind === 'apply' && hooks.beforeApply ? await hooks.beforeApply() : undefined
    if (held) {
      // A saved plan holds no queue and can still be applied once the upstream has: it is kept, not discarded.
      decision = settled.savePlan ? { kind: 'leave', code: 'saved', reason: held } : { kind: 'discard', code: 'not-applied', reason: held }
      log.info(decision.reason)
    }
    if (decision.kind === 'apply') {
      const planned = settled
      const confirmed = await log.group('Apply', () => applyRun(ctx, planned, destroysOf(plan)))
      run = settled = confirmed.run
      decision = confirmed.decision
      if (decision.kind === 'apply') {
        await hooks.onProgress?.(progress(known(), 'applying', reviewed ? appliedReviewed(ctx, reviewed, 'Applying') : 'Applying.'))
        const applied = await waitForApply(ctx, settled)
        run = applied.run
        const action = reviewed && applied.applied ? appliedReviewed(ctx, reviewed, 'Applied') : applied.action
        // The state is what the apply made it: its outputs are for the steps after this one.
        const stateOutputs =
          applied.kind === 'applied' && inputs.outputs
            ? await log.group('Read the outputs', () => readStateOutputs(ctx, target, applied.apply))
            : undefined
        return { ...known(), ...applied, action, stateOutputs, discarded: false, cleanup: [] }
      }
    }
    if (decision.kind === 'discard') {
      const toDiscard = settled
      const reason = decision.reason
      run = settled = await log.group('Discard', () => discardRun(ctx, toDiscard, reason))
    }
    const kind = outcomeOf(decision, settled, countsOf(plan))
    // No changes on a run that could have applied: the state is current, and so are its outputs.
    const stateOutputs =
      kind === 'no-changes' && !settled.planOnly && inputs.outputs
        ? await log.group('Read the outputs', () => readStateOutputs(ctx, target))
        : undefined
    return {
      ...known(),
      stateOutputs,
      kind,
      action: decision.reason,
      failure: decision.fail,
      applied: settled.status === 'applied',
      discarded: settled.status === 'discarded' && decision.kind === 'discard',
      cleanup: owned && needsBackstop(settled, decision.kind === 'leave') ? [settled.id] : []
    }
  } catch (error) {
    // Stopping is loaded when needed: most steps never stop a run, and none before their first request.
    const { needsBackstop, stopAfterFailure, stopForReason, stopReasonOf } = await import('./run/stop-step.js')
    const reason = stopReasonOf(error)
    if (reason) {
      const stopped = await stopForReason(ctx, reason, workspace, run, owned)
      const last = stopped.run ?? run
      return {
        ...known(),
        run: last,
        kind: last ? (reason.kind === 'timeout' ? 'timed-out' : 'canceled') : undefined,
        action: stopped.action,
        failure: stopped.failure,
        applied: last?.status === 'applied',
        discarded: last?.status === 'discarded',
        cleanup: owned && needsBackstop(last, false) ? [last!.id] : []
      }
    }
    log.debug(String((error as Error)?.stack ?? error))
    const failure = describeFailure(error, inputs)
    if (!run || !workspace) return { ...known(), action: 'The step failed.', failure, applied: false, discarded: false, cleanup: [] }
    if (!owned)
      return {
        ...known(),
        kind: 'failed',
        action: 'The step failed; the run it adopted was left as it is.',
        failure,
        applied: false,
        discarded: false,
        cleanup: []
      }
    const stopped = await stopAfterFailure(ctx, workspace, run)
    const last = stopped.run ?? run
    return {
      ...known(),
      run: last,
      kind: 'failed',
      action: stopped.action ?? 'The step failed.',
      failure: stopped.action ? `${failure} ${stopped.action}` : failure,
      applied: last.status === 'applied',
      discarded: last.status === 'discarded',
      cleanup: stopped.stopFailed || needsBackstop(stopped.run, !stopped.action) ? [run.id] : []
    }
  }
}

/** The report's sentence for the reviewed plan: which pull request, when, and by which workflow run. */
function appliedReviewed(ctx: StepContext, reviewed: ReviewedPlan, verb: 'Applying' | 'Applied'): string {
  const workflowRun = workflowRunOf(ctx.env)
  const when = new Date(ctx.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z')
  return `${verb} the plan reviewed on pull request #${reviewed.pr.number} (${reviewed.plannedSha.slice(0, 7)}), exactly as planned: ${when}, by ${workflowRun}.`
}

function progress(known: Known, kind: Outcome, action: string): RunOutcome {
  return { ...known, kind, action, applied: false, discarded: false, cleanup: [] }
}
