import type { TfcHttp } from './http.js'
import { parseDocument, single, str, bool, type Resource } from './jsonapi.js'
import type { ConfigurationVersion } from './types.js'

export async function readConfigurationVersion(http: TfcHttp, id: string): Promise<ConfigurationVersion> {
  const path = `configuration-versions/${encodeURIComponent(id)}`
  const resource = single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`))
  return toConfigurationVersion(resource)
}

function toConfigurationVersion(resource: Resource): ConfigurationVersion {
  return {
    id: resource.id,
    status: str(resource, 'status'),
    source: str(resource, 'source'),
    speculative: bool(resource, 'speculative'),
    errorMessage: str(resource, 'error-message') || str(resource, 'error') || undefined
  }
}

/**
 * A new configuration version to upload into (tfc-api-addendum.md §1.1). `auto-queue-runs` is always false: its
 * default, true, would make the upload queue a run of its own. The `upload-url` is only in this answer.
 */
export async function createConfigurationVersion(
  http: TfcHttp,
  workspaceId: string,
  options: { speculative: boolean; provisional: boolean }
): Promise<ConfigurationVersion & { uploadUrl: string }> {
  const path = `workspaces/${encodeURIComponent(workspaceId)}/configuration-versions`
  const body = {
    data: {
      type: 'configuration-versions',
      attributes: { 'auto-queue-runs': false, speculative: options.speculative, provisional: options.provisional }
    }
  }
  const resource = single(parseDocument((await http.request('POST', path, { body })).body, `POST /api/v2/${path}`))
  const uploadUrl = str(resource, 'upload-url')
  if (!uploadUrl) throw new Error(`POST /api/v2/${path} answered without an upload-url`)
  return { ...toConfigurationVersion(resource), uploadUrl }
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
