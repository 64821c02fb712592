import type { TfcHttp } from './http.js'
import { bool, parseDocument, single, str, type Resource } from './jsonapi.js'
import { pages } from './pages.js'

/** A state version, as far as reading its outputs needs: they are filled in once `resources-processed` is true. */
export interface StateVersion {
  id: string
  resourcesProcessed: boolean
}

/** One output of a state version. `value` is undefined where the server withholds it (a sensitive one in a list). */
export interface StateOutput {
  id: string
  name: string
  /** Terraform's type: `string`, `["list","string"]`, … as the API gives `detailed-type` (else `type`). */
  type: string
  sensitive: boolean
  value?: unknown
}

function toStateVersion(resource: Resource): StateVersion {
  return { id: resource.id, resourcesProcessed: bool(resource, 'resources-processed') }
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

export async function readStateVersion(http: TfcHttp, id: string): Promise<StateVersion> {
  const path = `state-versions/${encodeURIComponent(id)}`
  return toStateVersion(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)))
}

/** The workspace's current state version; undefined when it has none yet (404). */
export async function readCurrentStateVersion(http: TfcHttp, workspaceId: string): Promise<StateVersion | undefined> {
  const path = `workspaces/${encodeURIComponent(workspaceId)}/current-state-version`
  const response = await http.request('GET', path, { accept: [404] })
  return response.status === 404 ? undefined : toStateVersion(single(parseDocument(response.body, `GET /api/v2/${path}`)))
}

/** Every output of a state version, page by page. */
export async function listStateOutputs(http: TfcHttp, stateVersionId: string): Promise<StateOutput[]> {
  const outputs: StateOutput[] = []
  for await (const page of pages(http, `state-versions/${encodeURIComponent(stateVersionId)}/outputs`, 20))
    outputs.push(...page.map(toOutput))
  return outputs
}

/** One output by its ID: the one read that returns a sensitive value on current HCP Terraform. */
export async function readStateOutput(http: TfcHttp, id: string): Promise<StateOutput> {
  const path = `state-version-outputs/${encodeURIComponent(id)}`
  return toOutput(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)))
}
