import { decideAfterPlan, isPlanSettled, isTerminal, type Decision } from '../decide.js'
import { ApiError, OutcomeUnknownError } from '../tfc/errors.js'
import { readRun, runAction } from '../tfc/runs.js'
import { APPLY_STARTED_STATUSES, type Run } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { workflowRef } from './create-run.js'
import { StepFailure } from './failures.js'
import { waitForRun } from './wait.js'

const APPLY_ATTEMPTS = 3

/**
 * Confirms the run. A 409 (or an unknown outcome) gets a fresh read and a decision from that state, never a blind
 * retry: the run may have moved on (a `planned` that was transient before cost estimation, say).
 */
export async function applyRun(ctx: StepContext, run: Run, destroys: number): Promise<{ run: Run; decision: Decision }> {
  let current = run
  for (let attempt = 1; attempt <= APPLY_ATTEMPTS; attempt++) {
    let result: 'accepted' | 'conflict' | 'unknown'
    try {
      result = await runAction(ctx.http, current.id, 'apply', `Applied by GitHub Actions (${workflowRef(ctx.env)})`)
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError)) throw permissionFailure(error, 'apply', current.id)
      result = 'unknown'
    }
    if (result === 'accepted') {
      ctx.log.info('Apply accepted')
      break
    }
    current = await readRun(ctx.http, current.id)
    ctx.log.info(`Apply answered ${result === 'conflict' ? '409' : 'with an unknown outcome'}; the run is now ${current.status}`)
    if (APPLY_STARTED_STATUSES.has(current.status)) break
    if (!isPlanSettled(current)) current = await waitForRun(ctx, current.id, isPlanSettled, 'plan')
    const decision = decideAfterPlan(current, destroys, ctx.inputs)
    if (decision.kind !== 'apply') return { run: current, decision }
    if (attempt === APPLY_ATTEMPTS)
      throw new StepFailure(
        `HCP Terraform refused to apply run ${current.id} ${APPLY_ATTEMPTS} times (status ${current.status}); see the run page.`
      )
  }
  return { run: current, decision: { kind: 'apply', code: 'apply', reason: 'Applied: `apply` is true.' } }
}

/**
 * HCP Terraform answers 403 or 404 to an action on our own run when the token lacks the permission for it (apply,
 * discard and cancel need "apply runs"): say that, rather than "not found".
 */
function permissionFailure(error: unknown, action: 'apply' | 'discard', runId: string): unknown {
  if (!(error instanceof ApiError) || (error.status !== 403 && error.status !== 404)) return error
  return new StepFailure(
    `The token may not ${action} run ${runId} (HCP Terraform answered ${error.status} to ${error.endpoint}): it needs the "apply runs" permission on the workspace; give the token's team "write" access.`
  )
}

/** Discards the run. On a 409 the fresh state decides: already ended (reported as it is), one more try, or a failure. */
export async function discardRun(ctx: StepContext, run: Run, reason: string): Promise<Run> {
  const comment = `Discarded by GitHub Actions (${workflowRef(ctx.env)}): ${reason}`
  const discard = (): Promise<'accepted' | 'conflict'> =>
    runAction(ctx.http, run.id, 'discard', comment).catch((error: unknown) => {
      throw permissionFailure(error, 'discard', run.id)
    })
  if ((await discard()) === 'conflict') {
    const fresh = await readRun(ctx.http, run.id)
    ctx.log.info(`Discard answered 409; the run is now ${fresh.status}`)
    if (isTerminal(fresh)) return fresh
    if (!fresh.actions.isDiscardable || (await discard()) === 'conflict') {
      throw new StepFailure(
        `Could not discard run ${run.id}: it is now ${fresh.status}. Check the run page; it may hold the workspace's queue.`
      )
    }
  }
  const done = await waitForRun(ctx, run.id, isTerminal, 'plan')
  ctx.log.info(`Run ${done.id} is ${done.status}`)
  return done
}
