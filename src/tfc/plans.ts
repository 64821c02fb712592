import type { TfcHttp } from './http.js'
import { parseDocument, relIds, single, str, bool, num, type Resource } from './jsonapi.js'
import type { Apply, Plan } from './types.js'

export async function readPlan(http: TfcHttp, id: string): Promise<Plan> {
  const path = `plans/${encodeURIComponent(id)}`
  return toPlan(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)))
}

export function toPlan(resource: Resource): Plan {
  return {
    id: resource.id,
    status: str(resource, 'status'),
    hasChanges: bool(resource, 'has-changes'),
    resourceAdditions: num(resource, 'resource-additions'),
    resourceChanges: num(resource, 'resource-changes'),
    resourceDestructions: num(resource, 'resource-destructions'),
    resourceImports: num(resource, 'resource-imports'),
    logReadUrl: str(resource, 'log-read-url') || undefined
  }
}

export async function readApply(http: TfcHttp, id: string): Promise<Apply> {
  const path = `applies/${encodeURIComponent(id)}`
  return toApply(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)))
}

export function toApply(resource: Resource): Apply {
  return {
    id: resource.id,
    status: str(resource, 'status'),
    resourceAdditions: num(resource, 'resource-additions'),
    resourceChanges: num(resource, 'resource-changes'),
    resourceDestructions: num(resource, 'resource-destructions'),
    resourceImports: num(resource, 'resource-imports'),
    logReadUrl: str(resource, 'log-read-url') || undefined,
    stateVersionIds: relIds(resource, 'state-versions') ?? []
  }
}

export type JsonPlanKind = 'json-output-redacted' | 'json-output'

/**
 * Downloads a plan's JSON to `destination`. 204 means "not ready yet" (tried again a few times); 200 is inline;
 * 307 points at short-lived storage on another origin, fetched without the token. Returns false when the plan
 * JSON cannot be read with this token (404: no admin rights for json-output; 422: Terraform too old).
 */
export async function downloadJsonPlan(
  http: TfcHttp,
  planId: string,
  kind: JsonPlanKind,
  destination: string,
  wait: (ms: number) => Promise<void>,
  onChunk?: (chunk: Buffer) => void
): Promise<boolean> {
  const path = `plans/${encodeURIComponent(planId)}/${kind}`
  for (let attempt = 0; attempt < 6; attempt++) {
    const result = await http.fetchBlob(`/api/v2/${path}`, {
      label: kind === 'json-output' ? 'JSON plan' : 'redacted JSON plan',
      destination,
      onChunk
    })
    if (result.status === 200) return true
    if (result.status !== 204) return false
    await wait(500 * (attempt + 1))
  }
  return false
}
