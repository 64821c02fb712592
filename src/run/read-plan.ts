import type { Diagnostics } from '../plan/diagnostics.js'
import { excerptOf, type LogExcerpt } from '../plan/log.js'
import { planSummaryReader } from '../plan/read.js'
import { destroyCount, emptyCounts, type ChangeCounts, type PlanSummary } from '../plan/summary.js'
import { describeCost, readCostEstimate, type CostEstimate } from '../tfc/cost-estimates.js'
import { StoppedError } from '../tfc/errors.js'
import { downloadJsonPlan } from '../tfc/plans.js'
import { readPlan } from '../tfc/plans.js'
import { signedParts } from '../tfc/signed-url.js'
import { phaseEnded, type Plan, type Run } from '../tfc/types.js'
import { stepFile } from '../step-files.js'
import type { StepContext } from './context.js'
import { PhaseLog } from './log-follower.js'

/** What is known about a run's plan once it has settled. Every field is optional: a run may have no plan. */
export interface PlanDetails {
  plan?: Plan
  /** From the JSON plan, when it could be read. */
  summary?: PlanSummary
  /** The file behind the `plan-json` output. */
  jsonFile?: string
  /** Which JSON plan the file holds: the redacted one (json-output-redacted) or the full one (json-output). */
  jsonFormat?: 'redacted' | 'full'
  /** Why the resource list is missing, when it is. */
  note?: string
  log?: LogExcerpt
  /** Errors and warnings from the plan log. */
  diagnostics?: Diagnostics
  /** The run's cost estimate, when the organization has cost estimation on. */
  cost?: CostEstimate
}

/**
 * Reads the plan, the rest of its log (for its diagnostics, and for an errored plan the part that matters), its
 * JSON (redacted first, then full) and its cost estimate.
 */
export async function readPlanDetails(ctx: StepContext, run: Run, planLog = new PhaseLog(ctx, 'plan')): Promise<PlanDetails> {
  if (!run.planId) return {}
  // The poll that saw the plan end side-loaded it; read it again only when it had not ended there.
  const plan = run.plan && phaseEnded(run.plan.status) ? run.plan : await readPlan(ctx.http, run.planId)
  if (plan.logReadUrl) for (const secret of signedParts(new URL(plan.logReadUrl, ctx.http.apiOrigin))) ctx.log.setSecret(secret)
  ctx.log.info(
    `Plan ${plan.id} ${plan.status}: ${plan.resourceAdditions ?? 0} to add, ${plan.resourceChanges ?? 0} to change, ${plan.resourceDestructions ?? 0} to destroy`
  )

  const digest = plan.status === 'finished' || plan.status === 'errored' ? await planLog.finish(plan.logReadUrl) : undefined
  // Only a plan that errored shows its log: a run that errored on a policy or a run task has a plan log that
  // says the plan succeeded.
  let log: LogExcerpt | undefined
  if (digest && plan.status === 'errored' && digest.lastLines().length) {
    log = excerptOf(digest)
    if (!ctx.inputs.showLogs) ctx.log.info(`Plan log (${log.kind}):\n${log.text}`)
  }
  const json = plan.status === 'finished' ? await readJsonPlan(ctx, plan) : {}
  const cost = run.costEstimateId ? await readCost(ctx, run.costEstimateId) : undefined
  return { plan, log, cost, diagnostics: digest && { items: digest.diagnostics, dropped: digest.dropped }, ...json }
}

async function readJsonPlan(ctx: StepContext, plan: Plan): Promise<Pick<PlanDetails, 'summary' | 'jsonFile' | 'jsonFormat' | 'note'>> {
  const file = await stepFile(ctx.env, plan.id, '.json')
  const wait = (ms: number): Promise<void> => ctx.clock.sleep(ms, ctx.signal)
  for (const kind of ['json-output-redacted', 'json-output'] as const) {
    try {
      // One pass: the plan is read as it is written to the file behind `plan-json`, not read back afterwards.
      const reader = planSummaryReader(ctx.listedChanges)
      if (!(await downloadJsonPlan(ctx.http, plan.id, kind, file, wait, chunk => reader.push(chunk)))) continue
      const summary = reader.end()
      ctx.log.info(`Read the JSON plan (${kind}): ${summary.changes.length} resource changes; saved to ${file}`)
      return { summary, jsonFile: file, jsonFormat: kind === 'json-output' ? 'full' : 'redacted' }
    } catch (error) {
      // Out of time, or stopping: that is the step's business, not a plan that could not be read.
      if (error instanceof StoppedError) throw error
      ctx.log.warning(`Could not read the JSON plan (${kind}): ${(error as Error).message}`)
    }
  }
  const note =
    'The JSON plan could not be read with this token, so the resource list is missing; counts come from the Plans API (a replacement counts as one add and one destroy).'
  ctx.log.warning(note)
  return { note }
}

/** A cost estimate that cannot be read is a warning: the plan is what the step is about. */
async function readCost(ctx: StepContext, id: string): Promise<CostEstimate | undefined> {
  try {
    const cost = await readCostEstimate(ctx.http, id)
    const line = describeCost(cost)
    if (line) ctx.log.info(`Cost estimate: ${line}`)
    return cost
  } catch (error) {
    if (error instanceof StoppedError) throw error
    ctx.log.warning(`Could not read the cost estimate ${id}: ${(error as Error).message}`)
    return undefined
  }
}

/** Resources the plan destroys, replacements included; from the JSON plan when read, else the Plans API's count. */
export function destroysOf(details: PlanDetails): number {
  if (details.summary) return destroyCount(details.summary.counts)
  return details.plan?.resourceDestructions ?? 0
}

/** Counts from the Plans API, for when the JSON plan could not be read. */
export function apiCounts(plan: Plan | undefined): ChangeCounts | undefined {
  if (!plan || plan.resourceAdditions === null) return undefined
  return {
    ...emptyCounts(),
    add: plan.resourceAdditions ?? 0,
    change: plan.resourceChanges ?? 0,
    destroy: plan.resourceDestructions ?? 0,
    import: plan.resourceImports ?? 0
  }
}

/** The counts the report and decisions use: the JSON plan's when read, else the Plans API's. */
export function countsOf(details: PlanDetails): ChangeCounts | undefined {
  return details.summary?.counts ?? apiCounts(details.plan)
}
