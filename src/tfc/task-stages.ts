import type { TfcHttp } from './http.js'
import { parseDocument, str, type Resource } from './jsonapi.js'

/** Task stage statuses (tfc-api.md §9). */
export type TaskStageStatus =
  'pending' | 'running' | 'passed' | 'failed' | 'awaiting_override' | 'errored' | 'canceled' | 'unreachable' | (string & {})

export type EnforcementLevel = 'advisory' | 'mandatory' | (string & {})

/** A run task's result in one stage (addendum §3.2). */
export interface TaskResult {
  id: string
  taskName: string
  status: 'pending' | 'running' | 'passed' | 'failed' | 'errored' | 'canceled' | 'unreachable' | (string & {})
  enforcementLevel: EnforcementLevel
  message: string
  /** The external details page. */
  url?: string
  stage: string
}

/** An OPA (or agent-mode Sentinel) policy evaluation in a task stage. */
export interface PolicyEvaluation {
  id: string
  status: 'pending' | 'queued' | 'running' | 'passed' | 'failed' | 'overridden' | 'errored' | 'canceled' | 'unreachable' | (string & {})
  policyKind: string
  counts: { passed: number; advisoryFailed: number; mandatoryFailed: number; errored: number }
}

export interface TaskStage {
  id: string
  stage: 'pre_plan' | 'post_plan' | 'pre_apply' | 'post_apply' | (string & {})
  status: TaskStageStatus
  isOverridable: boolean
  /** Whether this token may override it: any of the task stage's override permissions. */
  canOverride: boolean
  taskResults: TaskResult[]
  policyEvaluations: PolicyEvaluation[]
}

function toTaskResult(resource: Resource): TaskResult {
  return {
    id: resource.id,
    taskName: str(resource, 'task-name') || resource.id,
    status: str(resource, 'status'),
    enforcementLevel: str(resource, 'workspace-task-enforcement-level'),
    message: str(resource, 'message'),
    url: str(resource, 'url') || undefined,
    stage: str(resource, 'stage')
  }
}

function toPolicyEvaluation(resource: Resource): PolicyEvaluation {
  const counts = (resource.attributes['result-count'] ?? {}) as Record<string, unknown>
  const count = (key: string): number => (typeof counts[key] === 'number' ? counts[key] : 0)
  return {
    id: resource.id,
    status: str(resource, 'status'),
    policyKind: str(resource, 'policy-kind') || 'opa',
    counts: {
      passed: count('passed'),
      advisoryFailed: count('advisory-failed'),
      mandatoryFailed: count('mandatory-failed'),
      errored: count('errored')
    }
  }
}

function related(stage: Resource, name: string, included: Map<string, Resource>, to: (r: Resource) => unknown): unknown[] {
  const data = stage.relationships?.[name]?.data
  if (!Array.isArray(data)) return []
  return data.flatMap(ref => {
    const resource = included.get(`${ref.type}/${ref.id}`)
    return resource ? [to(resource)] : []
  })
}

function toTaskStage(resource: Resource, included: Map<string, Resource>): TaskStage {
  const permissions = (resource.attributes.permissions ?? {}) as Record<string, unknown>
  const actions = (resource.attributes.actions ?? {}) as Record<string, unknown>
  return {
    id: resource.id,
    stage: str(resource, 'stage'),
    status: str(resource, 'status'),
    isOverridable: actions['is-overridable'] === true,
    canOverride:
      permissions['can-override'] === true || permissions['can-override-policy'] === true || permissions['can-override-tasks'] === true,
    taskResults: related(resource, 'task-results', included, toTaskResult) as TaskResult[],
    policyEvaluations: related(resource, 'policy-evaluations', included, toPolicyEvaluation) as PolicyEvaluation[]
  }
}

/**
 * A run's task stages with their task results and policy evaluations, side-loaded: one request per page
 * (addendum §3.1; task stages are created up front, so one read gives them all).
 */
export async function listTaskStages(http: TfcHttp, runId: string): Promise<TaskStage[]> {
  const stages: TaskStage[] = []
  for (let page = 1; page <= 10; page++) {
    const path = `runs/${encodeURIComponent(runId)}/task-stages?include=task_results,policy_evaluations&page[number]=${page}&page[size]=100`
    const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/runs/${runId}/task-stages`)
    const included = new Map((doc.included ?? []).map(r => [`${r.type}/${r.id}`, r]))
    for (const resource of Array.isArray(doc.data) ? doc.data : [doc.data]) stages.push(toTaskStage(resource, included))
    if (!doc.meta?.pagination?.['next-page']) break
  }
  return stages
}

/** Overrides a task stage that waits for one (`awaiting_override`); 'conflict' (409) when it cannot be. */
export async function overrideTaskStage(http: TfcHttp, id: string, comment: string): Promise<'accepted' | 'conflict'> {
  const path = `task-stages/${encodeURIComponent(id)}/actions/override`
  const response = await http.request('POST', path, { body: { comment }, accept: [409] })
  return response.status === 409 ? 'conflict' : 'accepted'
}
