import type { TfcHttp } from './http.js'
import { parseDocument, str, type Resource } from './jsonapi.js'
import { pages } from './pages.js'
import { postAction } from './runs.js'

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

function refs(resource: Resource, name: string): Array<{ id: string; type: string }> | undefined {
  const data = resource.relationships?.[name]?.data
  return Array.isArray(data) ? data : undefined
}

async function show(http: TfcHttp, path: string): Promise<{ resource: Resource; included: Resource[] }> {
  const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path.split('?')[0]}`)
  if (Array.isArray(doc.data)) throw new Error(`GET /api/v2/${path.split('?')[0]} answered with a list`)
  return { resource: doc.data, included: doc.included ?? [] }
}

/**
 * One task stage with its task results and policy evaluations (tfc-api.md §9): side-loaded with `include` as the
 * CLI asks, and read one by one for any the server did not side-load.
 */
export async function readTaskStage(http: TfcHttp, id: string): Promise<TaskStage> {
  const { resource, included } = await show(http, `task-stages/${encodeURIComponent(id)}?include=task_results,policy_evaluations`)
  const byKey = new Map(included.map(r => [`${r.type}/${r.id}`, r]))
  const load = async (ref: { id: string; type: string }, path: string): Promise<Resource> =>
    byKey.get(`${ref.type}/${ref.id}`) ?? (await show(http, `${path}/${encodeURIComponent(ref.id)}`)).resource
  const taskResults: TaskResult[] = []
  for (const ref of refs(resource, 'task-results') ?? []) taskResults.push(toTaskResult(await load(ref, 'task-results')))
  const policyEvaluations: PolicyEvaluation[] = []
  const evaluationRefs = refs(resource, 'policy-evaluations')
  if (evaluationRefs) {
    for (const ref of evaluationRefs) policyEvaluations.push(toPolicyEvaluation(await load(ref, 'policy-evaluations')))
  } else {
    // Only a link: the stage's evaluations are listed (§8.2).
    const path = `task-stages/${encodeURIComponent(id)}/policy-evaluations`
    const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)
    for (const r of Array.isArray(doc.data) ? doc.data : [doc.data]) policyEvaluations.push(toPolicyEvaluation(r))
  }
  return toTaskStage(resource, taskResults, policyEvaluations)
}

function toTaskStage(resource: Resource, taskResults: TaskResult[], policyEvaluations: PolicyEvaluation[]): TaskStage {
  const permissions = (resource.attributes.permissions ?? {}) as Record<string, unknown>
  const actions = (resource.attributes.actions ?? {}) as Record<string, unknown>
  return {
    id: resource.id,
    stage: str(resource, 'stage'),
    status: str(resource, 'status'),
    isOverridable: actions['is-overridable'] === true,
    canOverride:
      permissions['can-override'] === true || permissions['can-override-policy'] === true || permissions['can-override-tasks'] === true,
    taskResults,
    policyEvaluations
  }
}

/** The IDs of a run's task stages, page by page. */
export async function listTaskStageIds(http: TfcHttp, runId: string): Promise<string[]> {
  const ids: string[] = []
  for await (const page of pages(http, `runs/${encodeURIComponent(runId)}/task-stages`, 10)) ids.push(...page.map(resource => resource.id))
  return ids
}

/** Overrides a task stage that waits for one (`awaiting_override`); 'conflict' (409) when it cannot be. */
export function overrideTaskStage(http: TfcHttp, id: string, comment: string): Promise<'accepted' | 'conflict'> {
  return postAction(http, `task-stages/${encodeURIComponent(id)}/actions/override`, comment)
}
