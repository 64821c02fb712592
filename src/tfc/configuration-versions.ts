import type { TfcHttp } from './http.js'
import { parseDocument, single, str, bool } from './jsonapi.js'
import type { ConfigurationVersion } from './types.js'

export async function readConfigurationVersion(http: TfcHttp, id: string): Promise<ConfigurationVersion> {
  const path = `configuration-versions/${encodeURIComponent(id)}`
  const resource = single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`))
  return {
    id: resource.id,
    status: str(resource, 'status'),
    source: str(resource, 'source'),
    speculative: bool(resource, 'speculative')
  }
}

const VCS_SOURCES = new Set(['github', 'gitlab', 'bitbucket', 'ado'])

/** Why a configuration version cannot back a new run, or undefined when it can (tfc-api.md §3.2). */
export function configurationVersionProblem(cv: ConfigurationVersion, planOnly: boolean): string | undefined {
  const usable = cv.status === 'uploaded' || (cv.status === 'archived' && VCS_SOURCES.has(cv.source))
  if (!usable) {
    if (cv.status === 'archived')
      return `configuration version ${cv.id} is archived: its files were discarded after its runs, and a ${cv.source || 'API'}-uploaded configuration cannot be fetched again`
    return `configuration version ${cv.id} has status "${cv.status}"; only an uploaded configuration version can back a run`
  }
  if (cv.speculative && !planOnly)
    return `configuration version ${cv.id} is speculative and can only back plan-only runs; set plan-only: true or choose another configuration version`
  return undefined
}
