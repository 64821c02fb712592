import type { TfcHttp } from './http.js'
import { parseDocument, str } from './jsonapi.js'

/**
 * The ID of the organization's project named exactly `name` (`GET /organizations/:org/projects?filter[names]=`,
 * as the Terraform CLI looks a project up); undefined when there is none.
 */
export async function findProjectId(http: TfcHttp, organization: string, name: string): Promise<string | undefined> {
  const base = `organizations/${encodeURIComponent(organization)}/projects`
  const params = new URLSearchParams({ 'filter[names]': name, 'page[size]': '100' })
  const doc = parseDocument((await http.request('GET', `${base}?${params.toString()}`)).body, `GET /api/v2/${base}`)
  return (Array.isArray(doc.data) ? doc.data : [doc.data]).find(project => str(project, 'name') === name)?.id
}
