import type { TfcHttp } from './http.js'
import { bool, parseDocument, single, str, type Resource } from './jsonapi.js'

/** One output of a state version. `value` is undefined where the server withholds it (a sensitive one in a list). */
export interface StateOutput {
  id: string
  name: string
  /** Terraform's type: `string`, `["list","string"]`, … as the API gives `detailed-type` (else `type`). */
  type: string
  sensitive: boolean
  value?: unknown
}

function toOutput(resource: Resource): StateOutput {
  const detailed = resource.attributes['detailed-type']
  const value = resource.attributes.value
  const sensitive = bool(resource, 'sensitive')
  return {
    id: resource.id,
    name: str(resource, 'name'),
    type: detailed !== undefined && detailed !== null ? JSON.stringify(detailed).replace(/^"|"$/g, '') : str(resource, 'type'),
    sensitive,
    // Current HCP Terraform lists a sensitive output's value as null; older Terraform Enterprise lists the value.
    value: sensitive && value === null ? undefined : value
  }
}

/**
 * The outputs of the workspace's current state version (`GET /workspaces/:id/current-state-version-outputs`),
 * which needs only "read state outputs": 'none' on 404 (no state yet, or no such permission), 'processing' on the
 * 503 HCP Terraform answers while it processes the state version.
 */
export async function listCurrentOutputs(http: TfcHttp, workspaceId: string): Promise<StateOutput[] | 'none' | 'processing'> {
  const path = `workspaces/${encodeURIComponent(workspaceId)}/current-state-version-outputs`
  const outputs: StateOutput[] = []
  for (let page = 1; page <= 20; page++) {
    const response = await http.request('GET', `${path}?page[number]=${page}&page[size]=100`, { accept: [404, 503] })
    if (response.status === 404) return 'none'
    if (response.status === 503) return 'processing'
    const doc = parseDocument(response.body, `GET /api/v2/${path}`)
    outputs.push(...(Array.isArray(doc.data) ? doc.data : [doc.data]).map(toOutput))
    if (!doc.meta?.pagination?.['next-page']) break
  }
  return outputs
}

/** One output by its ID: the one read that returns a sensitive value on current HCP Terraform. */
export async function readStateOutput(http: TfcHttp, id: string): Promise<StateOutput> {
  const path = `state-version-outputs/${encodeURIComponent(id)}`
  return toOutput(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)))
}
