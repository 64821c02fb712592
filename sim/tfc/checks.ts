/**
 * Run tasks, OPA policy evaluations and legacy Sentinel policy checks in the simulator (tfc-api.md §8, §9;
 * tfc-api-addendum.md §3): what a script configures, the post-plan outcome that drives the run's timeline, and the
 * documents, whose statuses follow the run as it moves.
 */
import type { SimPolicySet, SimRun, TokenRole } from './model.js'

/** How the post-plan stage ends, from what is configured and whether it was overridden. */
export function postPlanResult(run: SimRun): 'none' | 'passed' | 'awaiting' | 'errored' {
  const checks = run.script.checks
  const configured = Boolean(checks?.tasks?.length || checks?.policySets?.length || run.script.postPlanTask === 'awaiting_override')
  if (!configured) return 'none'
  if (run.overridden.has('post_plan')) return 'passed'
  if (checks?.tasks?.some(t => t.enforcement === 'mandatory' && t.status !== 'passed')) return 'errored'
  const failingSets = (checks?.policySets ?? []).filter(set =>
    set.outcomes.some(o => o.status === 'errored' || (o.status === 'failed' && o.enforcement_level === 'mandatory'))
  )
  if (failingSets.some(set => !set.overridable || set.outcomes.some(o => o.status === 'errored'))) return 'errored'
  if (failingSets.length || run.script.postPlanTask === 'awaiting_override') return 'awaiting'
  return 'passed'
}

export function hasSentinelCheck(run: SimRun): boolean {
  return run.script.policy !== 'passed' || run.script.checks?.sentinelOutput !== undefined
}

export function hasPostPlanStage(run: SimRun): boolean {
  return postPlanResult(run) !== 'none'
}

const suffix = (run: SimRun): string => run.id.slice(4)
export const taskStageId = (run: SimRun): string => `ts-${suffix(run)}`
export const policyEvaluationId = (run: SimRun): string => `poleval-${suffix(run)}`
export const policyCheckId = (run: SimRun): string => `polchk-${suffix(run)}`

function canOverride(run: SimRun, role: TokenRole): boolean {
  return run.script.checks?.canOverride ?? role === 'admin'
}

/** The post-plan stage's status, from where the run is (`status` is its current one). */
function stageStatus(run: SimRun, status: string): string {
  if (!run.reached.has('post_plan_running'))
    return ['canceled', 'discarded', 'errored', 'force_canceled'].includes(status) ? 'unreachable' : 'pending'
  if (status === 'post_plan_running') return 'running'
  if (status === 'post_plan_awaiting_decision') return 'awaiting_override'
  if (run.overridden.has('post_plan')) return 'passed'
  if (!run.reached.has('post_plan_completed')) return status === 'errored' ? 'failed' : 'canceled'
  return 'passed'
}

function evaluationStatus(run: SimRun, stage: string): string {
  if (stage === 'pending' || stage === 'unreachable') return stage === 'pending' ? 'pending' : 'unreachable'
  if (stage === 'running') return 'running'
  if (run.overridden.has('post_plan')) return 'overridden'
  const sets = run.script.checks?.policySets ?? []
  if (sets.some(s => s.outcomes.some(o => o.status === 'errored'))) return 'errored'
  return sets.some(s => s.outcomes.some(o => o.status === 'failed' && o.enforcement_level === 'mandatory')) ? 'failed' : 'passed'
}

function resultCount(outcomes: SimPolicySet['outcomes']): Record<string, number> {
  return {
    passed: outcomes.filter(o => o.status === 'passed').length,
    'advisory-failed': outcomes.filter(o => o.status === 'failed' && o.enforcement_level === 'advisory').length,
    'mandatory-failed': outcomes.filter(o => o.status === 'failed' && o.enforcement_level === 'mandatory').length,
    errored: outcomes.filter(o => o.status === 'errored').length
  }
}

function taskResultDocs(run: SimRun, stage: string): Array<Record<string, unknown>> {
  return (run.script.checks?.tasks ?? []).map((task, i) => ({
    id: `taskrs-${suffix(run)}-${i}`,
    type: 'task-results',
    attributes: {
      message: stage === 'pending' || stage === 'running' ? null : (task.message ?? null),
      status: stage === 'pending' ? 'pending' : stage === 'running' ? 'running' : stage === 'unreachable' ? 'unreachable' : task.status,
      'status-timestamps': {},
      url: task.url ?? null,
      'task-id': `task-${i}`,
      'task-name': task.name,
      'task-url': 'https://tasks.example.test/hook',
      stage: 'post_plan',
      'is-speculative': run.planOnly,
      'workspace-task-id': `wstask-${i}`,
      'workspace-task-enforcement-level': task.enforcement
    },
    relationships: { 'task-stage': { data: { id: taskStageId(run), type: 'task-stages' } } },
    links: { self: `/api/v2/task-results/taskrs-${suffix(run)}-${i}` }
  }))
}

function policyEvaluationDoc(run: SimRun, stage: string): Record<string, unknown> {
  const outcomes = (run.script.checks?.policySets ?? []).flatMap(s => s.outcomes)
  return {
    id: policyEvaluationId(run),
    type: 'policy-evaluations',
    attributes: {
      status: evaluationStatus(run, stage),
      'policy-kind': run.script.checks?.policySets?.[0]?.kind ?? 'opa',
      'policy-tool-version': '0.61.0',
      'result-count': resultCount(outcomes),
      'status-timestamps': {}
    },
    relationships: {
      'policy-attachable': { data: { id: taskStageId(run), type: 'task-stages' } },
      'policy-set-outcomes': { links: { related: `/api/v2/policy-evaluations/${policyEvaluationId(run)}/policy-set-outcomes` } }
    }
  }
}

/** The run's post-plan task stage, and (side-loaded) its task results and policy evaluation. */
export function taskStageDocs(
  run: SimRun,
  status: string,
  role: TokenRole
): { data: Record<string, unknown>; included: Array<Record<string, unknown>> } {
  const stage = stageStatus(run, status)
  const results = taskResultDocs(run, stage)
  const evaluation = run.script.checks?.policySets?.length ? [policyEvaluationDoc(run, stage)] : []
  const may = canOverride(run, role)
  return {
    data: {
      id: taskStageId(run),
      type: 'task-stages',
      attributes: {
        status: stage,
        stage: 'post_plan',
        'status-timestamps': {},
        permissions: { 'can-override-policy': may, 'can-override-tasks': false, 'can-override': may },
        actions: { 'is-overridable': stage === 'awaiting_override' },
        'created-at': new Date(run.createdAt).toISOString()
      },
      relationships: {
        run: { data: { id: run.id, type: 'runs' } },
        'task-results': { data: results.map(r => ({ id: r.id, type: 'task-results' })) },
        'policy-evaluations': { data: evaluation.map(e => ({ id: e.id, type: 'policy-evaluations' })) }
      },
      links: { self: `/api/v2/task-stages/${taskStageId(run)}` }
    },
    included: [...results, ...evaluation]
  }
}

export function policySetOutcomeDocs(run: SimRun): Array<Record<string, unknown>> {
  return (run.script.checks?.policySets ?? []).map((set, i) => ({
    id: `psout-${suffix(run)}-${i}`,
    type: 'policy-set-outcomes',
    attributes: {
      outcomes: set.outcomes.map(o => ({ ...o, query: `data.${o.policy_name}.rule`, description: o.description ?? '', output: [] })),
      error: null,
      warnings: [],
      overridable: set.overridable ?? false,
      'policy-set-name': set.name,
      'policy-set-description': set.description ?? null,
      'result-count': resultCount(set.outcomes),
      'policy-tool-version': '0.61.0'
    },
    relationships: { 'policy-evaluation': { data: { id: policyEvaluationId(run), type: 'policy-evaluations' } } }
  }))
}

function checkStatus(run: SimRun, status: string): string {
  if (!run.reached.has('policy_checking')) return 'pending'
  if (status === 'policy_checking') return 'queued'
  if (run.overridden.has('sentinel')) return 'overridden'
  return run.script.policy
}

/** The legacy Sentinel check (tfc-api.md §8.1): `result` is null until it completes. */
export function policyCheckDoc(run: SimRun, status: string, role: TokenRole): Record<string, unknown> {
  const check = checkStatus(run, status)
  const done = !['pending', 'queued'].includes(check)
  const failed = run.script.policy === 'passed' ? 0 : 1
  return {
    id: policyCheckId(run),
    type: 'policy-checks',
    attributes: {
      result: done
        ? {
            result: failed === 0,
            passed: 1,
            'total-failed': failed,
            'hard-failed': run.script.policy === 'hard_failed' ? 1 : 0,
            'soft-failed': run.script.policy === 'soft_failed' ? 1 : 0,
            'advisory-failed': 0,
            'duration-ms': 12,
            sentinel: {}
          }
        : null,
      scope: run.script.checks?.sentinelScope ?? 'organization',
      status: check,
      'status-timestamps': {},
      actions: { 'is-overridable': check === 'soft_failed' && status === 'policy_override' },
      permissions: { 'can-override': canOverride(run, role) }
    },
    relationships: { run: { data: { id: run.id, type: 'runs' } } },
    links: { output: `/api/v2/policy-checks/${policyCheckId(run)}/output` }
  }
}

/** The Sentinel output text; undefined (204) until the check completes. */
export function policyCheckOutput(run: SimRun, status: string): string | undefined {
  const check = checkStatus(run, status)
  if (['pending', 'queued'].includes(check)) return undefined
  if (run.script.checks?.sentinelOutput !== undefined) return run.script.checks.sentinelOutput
  const level = run.script.policy === 'hard_failed' ? 'hard-mandatory' : 'soft-mandatory'
  const ok = run.script.policy === 'passed'
  return `Sentinel Result: ${ok}\n\n2 policies evaluated.\n\n## Policy 1: always-true.sentinel (advisory)\n\nResult: true\n\n## Policy 2: require-tags.sentinel (${level})\n\nResult: ${ok}\n`
}
