/**
 * What HCP Terraform decided about a run besides the plan: run tasks, OPA (and agent-mode Sentinel) policy
 * evaluations, and legacy Sentinel policy checks (tfc-api-addendum.md §3). Read once the plan has settled, and
 * again after an override; turned into one policy status, the failure that names what failed, and the report.
 */
import type { Decision } from '../decide.js'
import { ApiError, StoppedError } from '../tfc/errors.js'
import { listPolicyChecks, readPolicyCheckOutput } from '../tfc/policy-checks.js'
import { listPolicySetOutcomes } from '../tfc/policy-evaluations.js'
import { listTaskStageIds, readTaskStage } from '../tfc/task-stages.js'
import type { Run } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { failedPolicies, type RunChecks, type SentinelPolicy } from './policy-status.js'

/** Statuses that checks put a run in, or that a failed check ends it with. */
const CHECK_STATUSES = /^(errored|policy_\w+|pre_plan_\w+|post_plan_\w+|\w+_awaiting_decision)$/

/**
 * A run's checks; undefined when it has none. A check that cannot be read is a warning: the run's status
 * still decides what the step does, only the report has less to say.
 */
export async function readChecks(ctx: StepContext, run: Run): Promise<RunChecks | undefined> {
  const checks: RunChecks = { taskStages: [], tasks: [], policySets: [], sentinel: [] }
  // The run lists its task stages and policy checks; they are looked up anyway where the status says checks
  // decided something, so a server that leaves the lists empty cannot hide a failed policy.
  const decisive = CHECK_STATUSES.test(run.status)
  try {
    if (run.taskStageIds?.length || run.taskStageIds === undefined || decisive) {
      const ids = run.taskStageIds?.length ? run.taskStageIds : await listTaskStageIds(ctx.http, run.id)
      for (const id of ids) checks.taskStages.push(await readTaskStage(ctx.http, id))
      for (const stage of checks.taskStages) {
        checks.tasks.push(...stage.taskResults)
        for (const evaluation of stage.policyEvaluations) {
          for (const set of await listPolicySetOutcomes(ctx.http, evaluation.id))
            checks.policySets.push({ ...set, stageId: stage.id, kind: evaluation.policyKind, evaluationStatus: evaluation.status })
        }
      }
    }
    if (run.policyCheckIds?.length || run.policyCheckIds === undefined || decisive) {
      for (const check of await listPolicyChecks(ctx.http, run.id)) {
        const output = ['pending', 'queued'].includes(check.status) ? undefined : await readPolicyCheckOutput(ctx.http, check.id)
        checks.sentinel.push({ ...check, policies: output ? sentinelPolicies(output) : [] })
      }
    }
  } catch (error) {
    if (error instanceof StoppedError) throw error
    const message = `Could not read the run's policy and run task results: ${(error as Error).message}`
    // Looked up only in case (the run did not list them, and nothing says checks decided): a server without these
    // endpoints (404) has none to report, which is not worth a warning on every run.
    if (!decisive && error instanceof ApiError && error.status === 404) ctx.log.debug(message)
    else ctx.log.warning(message)
  }
  return checks.taskStages.length || checks.sentinel.length ? checks : undefined
}

/**
 * The policies of a Sentinel output, from its `## Policy N: NAME (LEVEL)` headings and the `Result:` line under
 * each (the format of the CLI's policy logs; fixtures/logs/tf-cloud-sentinel-policy-*.log).
 */
export function sentinelPolicies(output: string): SentinelPolicy[] {
  const policies: SentinelPolicy[] = []
  let current: SentinelPolicy | undefined
  for (const line of output.split(/\r?\n/)) {
    const heading = /^## Policy \d+: (.+?) \(([\w-]+)\)\s*$/.exec(line)
    if (heading) {
      current = { name: heading[1], level: heading[2], passed: false }
      policies.push(current)
      continue
    }
    const result = /^Result: (true|false)\s*$/.exec(line)
    if (result && current) current.passed = result[1] === 'true'
  }
  return policies
}

function quote(text: string): string {
  return `"${text}"`
}

/** The mandatory policies that failed, named with their set (or Sentinel scope) and level, for a failure message. */
export function mandatoryFailures(checks: RunChecks): string[] {
  const out: string[] = []
  for (const set of checks.policySets) {
    for (const policy of failedPolicies(set)) {
      if (policy.enforcementLevel !== 'mandatory' && policy.status !== 'errored') continue
      out.push(
        `${set.kind === 'sentinel' ? 'Sentinel' : 'OPA'} policy ${quote(policy.policyName)} in policy set ${quote(set.policySetName)} ${policy.status === 'errored' ? 'errored' : 'failed (mandatory)'}`
      )
    }
    if (set.error) out.push(`policy set ${quote(set.policySetName)} errored: ${set.error}`)
  }
  for (const check of checks.sentinel) {
    if (!['hard_failed', 'soft_failed', 'errored'].includes(check.status)) continue
    const failed = check.policies.filter(p => !p.passed && p.level !== 'advisory')
    const where = `${check.scope || 'organization'} Sentinel policy check`
    if (failed.length) for (const p of failed) out.push(`Sentinel policy ${quote(p.name)} (${p.level}) failed in the ${where}`)
    else out.push(`the ${where} ${check.status.replace('_', '-')}`)
  }
  return out
}

/** Mandatory run tasks that did not pass, with their link. */
export function failedMandatoryTasks(checks: RunChecks): string[] {
  return checks.tasks
    .filter(t => t.enforcementLevel === 'mandatory' && ['failed', 'errored', 'unreachable', 'canceled'].includes(t.status))
    .map(
      t =>
        `run task ${quote(t.taskName)} (mandatory) ${t.status}${t.message ? `: ${t.message.split('\n')[0]}` : ''}${t.url ? ` (${t.url})` : ''}`
    )
}

/** Why a run errored, when its checks say: the policy or task that failed. Undefined for a plain plan error. */
export function checksFailure(checks: RunChecks | undefined, lead = 'The run errored on its checks'): string | undefined {
  if (!checks) return undefined
  const reasons = [...mandatoryFailures(checks), ...failedMandatoryTasks(checks)]
  if (!reasons.length) return undefined
  return `${lead}: ${reasons.join('; ')}. See the run page.`
}

/** What waits for an override, and whether this token could do it. */
export interface Overridable {
  kind: 'policy-check' | 'task-stage'
  id: string
  /** "Sentinel policy check (organization)", "post-plan task stage". */
  what: string
  isOverridable: boolean
  canOverride: boolean
}

/** The checks a run waiting for a decision waits on: soft-failed Sentinel checks, task stages awaiting override. */
export function awaitingOverride(checks: RunChecks | undefined): Overridable[] {
  if (!checks) return []
  return [
    ...checks.sentinel
      .filter(c => c.status === 'soft_failed')
      .map(c => ({
        kind: 'policy-check' as const,
        id: c.id,
        what: `${c.scope || 'organization'} Sentinel policy check ${c.id}`,
        isOverridable: c.isOverridable,
        canOverride: c.canOverride
      })),
    ...checks.taskStages
      .filter(s => s.status === 'awaiting_override')
      .map(s => ({
        kind: 'task-stage' as const,
        id: s.id,
        what: `${s.stage.replace('_', '-')} task stage ${s.id}`,
        isOverridable: s.isOverridable,
        canOverride: s.canOverride
      }))
  ]
}

/**
 * Whether overriding would let the step go on: it applies the run, keeps it as a saved plan, or leaves it for
 * confirmation. A run the step discards anyway (`apply: false`) is not overridden for nothing.
 */
export function overrideWouldHelp(inputs: { apply: boolean; savePlan?: boolean; discard: boolean }): boolean {
  return inputs.apply || inputs.savePlan === true || !inputs.discard
}

/** Why a run waits for a decision, from its checks, and what would let this step go on. */
export function awaitingFailure(
  checks: RunChecks | undefined,
  inputs: { overridePolicies: boolean; apply: boolean; savePlan?: boolean; discard: boolean }
): string | undefined {
  const waiting = awaitingOverride(checks)
  if (!checks || !waiting.length) return undefined
  const reasons = [...mandatoryFailures(checks), ...failedMandatoryTasks(checks)]
  const what = reasons.length
    ? reasons.join('; ')
    : waiting.map(w => (w.kind === 'task-stage' ? `a run task or policy failed in the ${w.what}` : w.what)).join('; ')
  const blocked = waiting.find(w => !w.isOverridable || !w.canOverride)
  let fix: string
  if (blocked && !blocked.isOverridable) fix = `the ${blocked.what} cannot be overridden; fix the configuration or the policy`
  else if (blocked)
    fix = `this token may not override it (it needs the "manage policy overrides" permission); someone who may must override it on the run page`
  else if (!inputs.overridePolicies)
    fix = 'set `override-policies: true` with an `override-reason` to override it from this step, or override it on the run page'
  else if (!overrideWouldHelp(inputs))
    fix = 'apply it: `override-policies` overrides only a run this step goes on with (`apply: true`), not one it discards'
  else fix = 'the override did not take; see the run page'
  return `The run waits for an override: ${what}. To go on, ${fix}.`
}

/** A decision whose failure names what failed when the run's checks say (a policy, a run task), not the plan. */
export function explainedDecision(
  decision: Decision,
  checks: RunChecks | undefined,
  inputs: { overridePolicies: boolean; apply: boolean; savePlan?: boolean; discard: boolean }
): Decision {
  if (decision.code === 'plan-errored' || decision.code === 'policy-soft-failed') {
    const why = checksFailure(
      checks,
      decision.code === 'plan-errored' ? 'The run errored on its checks' : 'The plan-only run failed its checks'
    )
    if (why) return { kind: 'none', code: 'checks-failed', reason: 'The run failed its policies or run tasks.', fail: why }
  }
  if (decision.code === 'awaiting-decision') {
    const why = awaitingFailure(checks, inputs)
    if (why) return { ...decision, fail: why }
  }
  return decision
}
