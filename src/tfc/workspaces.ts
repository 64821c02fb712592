import type { TfcHttp } from './http.js'
import { parseDocument, relId, single, str, bool, type Resource } from './jsonapi.js'
import type { Workspace } from './types.js'

export function toWorkspace(resource: Resource): Workspace {
  const links = resource.links ?? {}
  return {
    id: resource.id,
    name: str(resource, 'name'),
    organization: relId(resource, 'organization') ?? '',
    autoApply: bool(resource, 'auto-apply'),
    locked: bool(resource, 'locked'),
    executionMode: str(resource, 'execution-mode') || 'remote',
    currentRunId: relId(resource, 'current-run'),
    htmlUrl: typeof links['self-html'] === 'string' ? links['self-html'] : undefined
  }
}

/** A `ws-…` ID is looked up directly; a name needs its organization (tfc-api.md §2.1). */
export async function readWorkspace(http: TfcHttp, ref: string, organization: string): Promise<Workspace> {
  const path = ref.startsWith('ws-')
    ? `workspaces/${encodeURIComponent(ref)}`
    : `organizations/${encodeURIComponent(organization)}/workspaces/${encodeURIComponent(ref)}`
  const response = await http.request('GET', path)
  return toWorkspace(single(parseDocument(response.body, `GET /api/v2/${path}`)))
}
