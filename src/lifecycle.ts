import { decideAfterPlan, isPlanSettled } from './decide.js'
import type { Outcome } from './report/render.js'
import type { Run, Workspace } from './tfc/types.js'
import { applyRun, discardRun } from './run/act.js'
import { waitForApply } from './run/apply-wait.js'
import { getConfiguration, type Configuration } from './run/configuration/index.js'
import type { StepContext } from './run/context.js'
import { Interrupted, TimedOut, describeFailure } from './run/failures.js'
import { getRun } from './run/get-run.js'
import { outcomeOf, type RunOutcome } from './run/outcome.js'
import { countsOf, destroysOf, readPlanDetails, type PlanDetails } from './run/read-plan.js'
import { abandonRun, stopRun } from './run/stop.js'
import { waitForRun } from './run/wait.js'
import { resolveWorkspace } from './run/workspace.js'

export interface LifecycleHooks {
  /** The step now acts on this run: record it so the post step can stop it if this process is killed. */
  onRun?: (run: Run) => void
  /** The run moved (planning, applying): a pull-request comment may follow it. */
  onProgress?: (outcome: RunOutcome) => Promise<void>
}

/**
 * The run lifecycle: resolve the workspace, get the configuration, get the run, wait until planned, read the plan,
 * decide, act, wait for the apply. Each stage takes values and returns values. Every exit leaves no run of ours
 * pending unless the inputs asked for that (`discard: false`); the result says which runs may still need stopping.
 */
export async function runLifecycle(ctx: StepContext, hooks: LifecycleHooks = {}): Promise<RunOutcome> {
  const { log, inputs } = ctx
  let workspace: Workspace | undefined
  let configuration: Configuration | undefined
  let run: Run | undefined
  let plan: PlanDetails = {}
  const known = (): Pick<RunOutcome, 'workspace' | 'configuration' | 'run' | 'plan'> => ({ workspace, configuration, run, plan })

  try {
    ;[workspace, configuration] = await log.group('Resolve workspace and configuration version', async () => {
      const ws = await resolveWorkspace(ctx)
      return [ws, await getConfiguration(ctx)] as const
    })
    const target = workspace
    run = await log.group('Create run', () => getRun(ctx, target, configuration!))
    hooks.onRun?.(run)
    await hooks.onProgress?.(progress(known(), 'planning', 'Planning; this comment is updated when the plan is ready.'))

    const created = run
    let settled = await log.group('Wait for the plan', () => waitForRun(ctx, created.id, isPlanSettled, 'plan'))
    run = settled
    plan = await log.group('Read the plan', () => readPlanDetails(ctx, settled))
    let decision = decideAfterPlan(settled, destroysOf(plan), inputs)
    log.info(decision.reason)

    if (decision.kind === 'apply') {
      const planned = settled
      const confirmed = await log.group('Apply', () => applyRun(ctx, planned, destroysOf(plan)))
      run = settled = confirmed.run
      decision = confirmed.decision
      if (decision.kind === 'apply') {
        await hooks.onProgress?.(progress(known(), 'applying', 'Applying.'))
        const applied = await waitForApply(ctx, settled)
        return {
          ...known(),
          run: applied.run,
          kind: applied.kind,
          action: applied.action,
          failure: applied.failure,
          applyLog: applied.applyLog,
          applied: applied.applied,
          discarded: false,
          cleanup: []
        }
      }
    }
    if (decision.kind === 'discard') {
      const toDiscard = settled
      const reason = decision.reason
      run = settled = await log.group('Discard', () => discardRun(ctx, toDiscard, reason))
    }
    return {
      ...known(),
      kind: outcomeOf(decision, settled, countsOf(plan)),
      action: decision.reason,
      failure: decision.fail,
      applied: settled.status === 'applied',
      discarded: settled.status === 'discarded' && decision.kind === 'discard',
      cleanup: []
    }
  } catch (error) {
    if (error instanceof TimedOut || error instanceof Interrupted) {
      try {
        const stopped = await stopRun(ctx, error, run?.id)
        return {
          ...known(),
          run: stopped.run,
          kind: error instanceof TimedOut ? 'timed-out' : 'canceled',
          action: stopped.action,
          failure: stopped.failure,
          applied: stopped.run.status === 'applied',
          discarded: stopped.run.status === 'discarded',
          cleanup: stopped.stillPending ? [stopped.run.id] : []
        }
      } catch (stopError) {
        return failed(ctx, known(), stopError, run ? [run.id] : [])
      }
    }
    const stillPending = run ? await abandonRun(ctx, run.id) : false
    return failed(ctx, known(), error, stillPending && run ? [run.id] : [])
  }
}

function progress(known: Pick<RunOutcome, 'workspace' | 'configuration' | 'run' | 'plan'>, kind: Outcome, action: string): RunOutcome {
  return { ...known, kind, action, applied: false, discarded: false, cleanup: [] }
}

function failed(
  ctx: StepContext,
  known: Pick<RunOutcome, 'workspace' | 'configuration' | 'run' | 'plan'>,
  error: unknown,
  cleanup: string[]
): RunOutcome {
  ctx.log.debug(String((error as Error)?.stack ?? error))
  return {
    ...known,
    kind: known.run ? 'failed' : undefined,
    action: 'The step failed.',
    failure: describeFailure(error, ctx.inputs),
    applied: false,
    discarded: false,
    cleanup
  }
}
