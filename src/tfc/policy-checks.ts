import type { TfcHttp } from './http.js'
import { parseDocument, str, type Resource } from './jsonapi.js'
import { postAction } from './runs.js'

/** Legacy Sentinel policy check statuses (tfc-api.md §8.1). */
export type PolicyCheckStatus =
  'pending' | 'queued' | 'passed' | 'soft_failed' | 'hard_failed' | 'overridden' | 'errored' | 'canceled' | 'unreachable' | (string & {})

export interface PolicyCheck {
  id: string
  status: PolicyCheckStatus
  scope: 'organization' | 'workspace' | (string & {})
  result?: { passed: number; totalFailed: number; hardFailed: number; softFailed: number; advisoryFailed: number }
  isOverridable: boolean
  canOverride: boolean
}

function toPolicyCheck(resource: Resource): PolicyCheck {
  const result = resource.attributes.result as Record<string, unknown> | null | undefined
  const count = (key: string): number => (result && typeof result[key] === 'number' ? result[key] : 0)
  const actions = (resource.attributes.actions ?? {}) as Record<string, unknown>
  const permissions = (resource.attributes.permissions ?? {}) as Record<string, unknown>
  return {
    id: resource.id,
    status: str(resource, 'status'),
    scope: str(resource, 'scope'),
    result: result
      ? {
          passed: count('passed'),
          totalFailed: count('total-failed'),
          hardFailed: count('hard-failed'),
          softFailed: count('soft-failed'),
          advisoryFailed: count('advisory-failed')
        }
      : undefined,
    isOverridable: actions['is-overridable'] === true,
    canOverride: permissions['can-override'] === true
  }
}

/** A run's Sentinel policy checks (unpaginated when no page parameters are sent). */
export async function listPolicyChecks(http: TfcHttp, runId: string): Promise<PolicyCheck[]> {
  const path = `runs/${encodeURIComponent(runId)}/policy-checks`
  const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)
  return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toPolicyCheck)
}

/** The check's Sentinel output text; undefined while there is none (204). A redirect goes to signed storage. */
export async function readPolicyCheckOutput(http: TfcHttp, id: string): Promise<string | undefined> {
  const result = await http.fetchBlob(`/api/v2/policy-checks/${encodeURIComponent(id)}/output`, { label: 'Sentinel output' })
  return result.status === 200 ? result.body : undefined
}

/** Overrides a soft-failed check; the reason goes with it. 'conflict' (409) when it is not overridable. */
export function overridePolicyCheck(http: TfcHttp, id: string, comment: string): Promise<'accepted' | 'conflict'> {
  return postAction(http, `policy-checks/${encodeURIComponent(id)}/actions/override`, comment)
}
