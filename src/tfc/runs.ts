import type { TfcHttp } from './http.js'
import { parseDocument, relId, relIds, single, str, bool, type Resource } from './jsonapi.js'
import { toApply, toPlan } from './plans.js'
import type { Run } from './types.js'

export interface RunCreateOptions {
  workspaceId: string
  configurationVersionId?: string
  message: string
  isDestroy: boolean
  planOnly: boolean
  savePlan: boolean
  refresh: boolean
  refreshOnly: boolean
  targetAddrs: string[]
  replaceAddrs: string[]
  variables: Array<{ key: string; value: string }>
}

export type RunAction = 'apply' | 'discard' | 'cancel' | 'force-cancel'

export function toRun(resource: Resource): Run {
  const actions = (resource.attributes.actions ?? {}) as Record<string, unknown>
  return {
    id: resource.id,
    status: str(resource, 'status'),
    actions: {
      isCancelable: actions['is-cancelable'] === true,
      isConfirmable: actions['is-confirmable'] === true,
      isDiscardable: actions['is-discardable'] === true,
      isForceCancelable: actions['is-force-cancelable'] === true
    },
    message: str(resource, 'message'),
    isDestroy: bool(resource, 'is-destroy'),
    planOnly: bool(resource, 'plan-only'),
    savePlan: bool(resource, 'save-plan'),
    autoApply: bool(resource, 'auto-apply'),
    hasChanges: bool(resource, 'has-changes'),
    createdAt: str(resource, 'created-at'),
    // HCP Terraform marks a run a run trigger queued with `source: "tfe-run-trigger"` (run-task integrations check
    // exactly that); newer answers also name the source workspace or relate it. Any of them will do.
    queuedByTrigger:
      str(resource, 'source') === 'tfe-run-trigger' ||
      Boolean(str(resource, 'triggering-source-name')) ||
      Boolean(relId(resource, 'triggering-source')),
    triggeringSource: str(resource, 'triggering-source-name') || undefined,
    forceCancelAvailableAt: str(resource, 'force-cancel-available-at') || undefined,
    planId: relId(resource, 'plan'),
    applyId: relId(resource, 'apply'),
    configurationVersionId: relId(resource, 'configuration-version'),
    workspaceId: relId(resource, 'workspace'),
    costEstimateId: relId(resource, 'cost-estimate'),
    taskStageIds: relIds(resource, 'task-stages'),
    policyCheckIds: relIds(resource, 'policy-checks')
  }
}

/** The POST /runs body (tfc-api.md §4.1). auto-apply is always false: this action, not the workspace, decides. */
export function runCreateBody(options: RunCreateOptions): unknown {
  const attributes: Record<string, unknown> = {
    message: options.message,
    'is-destroy': options.isDestroy,
    refresh: options.refresh,
    'refresh-only': options.refreshOnly,
    'plan-only': options.planOnly,
    ...(options.savePlan ? { 'save-plan': true } : {}),
    'auto-apply': false
  }
  if (options.targetAddrs.length) attributes['target-addrs'] = options.targetAddrs
  if (options.replaceAddrs.length) attributes['replace-addrs'] = options.replaceAddrs
  if (options.variables.length) attributes.variables = options.variables
  const relationships: Record<string, unknown> = {
    workspace: { data: { type: 'workspaces', id: options.workspaceId } }
  }
  if (options.configurationVersionId) {
    relationships['configuration-version'] = { data: { type: 'configuration-versions', id: options.configurationVersionId } }
  }
  return { data: { type: 'runs', attributes, relationships } }
}

export async function createRun(http: TfcHttp, options: RunCreateOptions): Promise<Run> {
  const response = await http.request('POST', 'runs', { body: runCreateBody(options) })
  return toRun(single(parseDocument(response.body, 'POST /api/v2/runs')))
}

/**
 * GET /runs/:id. With `include`, the run's plan and apply come in the same response (tfc-api.md §1.5), so a poll that
 * sees a phase end already holds the phase's counts and log address: one request instead of two or three per run,
 * which is what lets many runs share one request budget.
 */
export async function readRun(http: TfcHttp, id: string, include: ReadonlyArray<'plan' | 'apply'> = []): Promise<Run> {
  const path = `runs/${encodeURIComponent(id)}${include.length ? `?include=${include.join(',')}` : ''}`
  const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)
  const run = toRun(single(doc))
  const side = (type: string, id: string | undefined): Resource | undefined =>
    id ? doc.included?.find(resource => resource.type === type && resource.id === id) : undefined
  const plan = side('plans', run.planId)
  const apply = side('applies', run.applyId)
  return { ...run, ...(plan ? { plan: toPlan(plan) } : {}), ...(apply ? { apply: toApply(apply) } : {}) }
}

/**
 * An action endpoint (`…/actions/apply`, `…/actions/override`), with its optional plain-JSON comment (tfc-api.md
 * §1.3): 'conflict' when the server answers 409 (the resource is not in a state that allows it), returned so the
 * caller can re-read and decide.
 */
export async function postAction(http: TfcHttp, path: string, comment: string): Promise<'accepted' | 'conflict'> {
  const response = await http.request('POST', path, { body: { comment }, accept: [409] })
  return response.status === 409 ? 'conflict' : 'accepted'
}

/** 202 on success; 409 when the run is not in a state that allows it. */
export function runAction(http: TfcHttp, id: string, action: RunAction, comment: string): Promise<'accepted' | 'conflict'> {
  return postAction(http, `runs/${encodeURIComponent(id)}/actions/${action}`, comment)
}

/**
 * Stops a run that must not stay in the queue: cancel while it can be cancelled (queued, planning, applying),
 * else discard while it waits for confirmation or a decision. Returns what was done, or undefined if neither is
 * allowed now.
 */
export async function cancelOrDiscard(http: TfcHttp, run: Run, comment: string): Promise<'canceled' | 'discarded' | undefined> {
  if (run.actions.isCancelable) {
    await runAction(http, run.id, 'cancel', comment)
    return 'canceled'
  }
  if (run.actions.isDiscardable) {
    await runAction(http, run.id, 'discard', comment)
    return 'discarded'
  }
  return undefined
}

/**
 * Runs of a workspace, newest first, every operation included (plan-only runs are hidden by default). This list
 * endpoint is limited to 30 requests a minute, so it is used only for one-off look-ups, never for polling.
 */
export async function listRuns(http: TfcHttp, workspaceId: string, query: Record<string, string>, pageSize = 20): Promise<Run[]> {
  const params = new URLSearchParams({
    'page[size]': String(pageSize),
    'filter[operation]': 'plan_only,plan_and_apply,save_plan,refresh_only,destroy,empty_apply',
    ...query
  })
  const path = `workspaces/${encodeURIComponent(workspaceId)}/runs?${params.toString()}`
  const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}/runs`)
  return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toRun)
}
