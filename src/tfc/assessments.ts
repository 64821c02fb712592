import type { TfcHttp } from './http.js'
import { bool, num, parseDocument, single, str } from './jsonapi.js'

/** A workspace's latest health assessment result (drift detection). */
export interface AssessmentResult {
  id: string
  drifted: boolean
  succeeded: boolean
  createdAt: string
  resourcesDrifted: number
  /** The assessment's plan as JSON (its `resource_drift`), to read what drifted. */
  jsonOutputUrl?: string
}

/**
 * `GET /workspaces/:id/current-assessment-result`: undefined when there is none (404: assessments off, not yet
 * run, or not in the organization's plan).
 */
export async function readCurrentAssessment(http: TfcHttp, workspaceId: string): Promise<AssessmentResult | undefined> {
  const path = `workspaces/${encodeURIComponent(workspaceId)}/current-assessment-result`
  const response = await http.request('GET', path, { accept: [404, 403] })
  if (response.status !== 200) return undefined
  const resource = single(parseDocument(response.body, `GET /api/v2/${path}`))
  const links = resource.links ?? {}
  return {
    id: resource.id,
    drifted: bool(resource, 'drifted'),
    succeeded: bool(resource, 'succeeded'),
    createdAt: str(resource, 'created-at'),
    resourcesDrifted: num(resource, 'resources-drifted') ?? 0,
    jsonOutputUrl: typeof links['json-output'] === 'string' ? links['json-output'] : `/api/v2/assessment-results/${resource.id}/json-output`
  }
}
