/**
 * The policy status of a run's checks (the `policy-status` output) and the types of those checks: pure, and apart
 * from the code that reads them, so the outputs need none of it.
 */
import type { PolicyCheck } from '../tfc/policy-checks.js'
import type { PolicySetOutcome } from '../tfc/policy-evaluations.js'
import type { TaskResult, TaskStage } from '../tfc/task-stages.js'

/** One policy of a legacy Sentinel check, as its output names it. */
export interface SentinelPolicy {
  name: string
  level: 'advisory' | 'soft-mandatory' | 'hard-mandatory' | (string & {})
  passed: boolean
}

export interface SentinelCheck extends PolicyCheck {
  policies: SentinelPolicy[]
}

export interface EvaluatedPolicySet extends PolicySetOutcome {
  /** The task stage holding the evaluation, and its kind (`opa`, `sentinel`). */
  stageId: string
  kind: string
  evaluationStatus: string
}

export interface RunChecks {
  taskStages: TaskStage[]
  tasks: TaskResult[]
  policySets: EvaluatedPolicySet[]
  sentinel: SentinelCheck[]
}

export type PolicyStatus = 'passed' | 'advisory-failed' | 'soft-failed' | 'hard-failed' | 'overridden' | 'errored' | 'none'

/** Failed policies of a set, with the level they were enforced at. */
export function failedPolicies(set: PolicySetOutcome): PolicySetOutcome['outcomes'] {
  return set.outcomes.filter(o => o.status !== 'passed')
}

/**
 * The run's policy status, worst first: a policy that errored, a mandatory failure nobody may override, one that
 * waits for an override, one that was overridden, advisory failures, all passed; `none` without policies.
 */
export function policyStatusOf(checks: RunChecks | undefined): PolicyStatus {
  if (!checks || (!checks.policySets.length && !checks.sentinel.length)) return 'none'
  const found = new Set<PolicyStatus>()
  for (const check of checks.sentinel) {
    if (check.status === 'errored') found.add('errored')
    else if (check.status === 'hard_failed') found.add('hard-failed')
    else if (check.status === 'soft_failed') found.add('soft-failed')
    else if (check.status === 'overridden') found.add('overridden')
    else if (check.result?.advisoryFailed || check.policies.some(p => !p.passed)) found.add('advisory-failed')
    else found.add('passed')
  }
  for (const set of checks.policySets) {
    const stage = checks.taskStages.find(s => s.id === set.stageId)
    const failed = failedPolicies(set)
    if (set.error || failed.some(o => o.status === 'errored') || set.evaluationStatus === 'errored') found.add('errored')
    // After an override the stage goes on (running, then passed) while the evaluation keeps its failures.
    else if (
      failed.length &&
      (set.evaluationStatus === 'overridden' || (set.overridable && ['running', 'passed'].includes(stage?.status ?? '')))
    )
      found.add(failed.some(o => o.enforcementLevel === 'mandatory') ? 'overridden' : 'advisory-failed')
    else if (failed.some(o => o.enforcementLevel === 'mandatory'))
      // An overridable set's mandatory failure waits for an override; any other ends the run.
      found.add(set.overridable && stage?.status !== 'failed' ? 'soft-failed' : 'hard-failed')
    else if (failed.length) found.add('advisory-failed')
    else found.add('passed')
  }
  for (const status of ['errored', 'hard-failed', 'soft-failed', 'overridden', 'advisory-failed', 'passed'] as const)
    if (found.has(status)) return status
  return 'none'
}
