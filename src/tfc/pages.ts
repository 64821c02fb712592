import type { TfcHttp } from './http.js'
import { parseDocument, type Resource } from './jsonapi.js'

/**
 * A paged list's resources, one page (100 resources) at a time, until the server names no next page or `maxPages`
 * have been read: a bound, so a server that always names one cannot keep the step reading. `query` filters the list.
 */
export async function* pages(
  http: TfcHttp,
  path: string,
  maxPages: number,
  query: Record<string, string> = {}
): AsyncGenerator<Resource[]> {
  const filter = new URLSearchParams(query).toString()
  for (let page = 1; page <= maxPages; page++) {
    const response = await http.request('GET', `${path}?${filter ? `${filter}&` : ''}page[number]=${page}&page[size]=100`)
    const doc = parseDocument(response.body, `GET /api/v2/${path}`)
    yield Array.isArray(doc.data) ? doc.data : [doc.data]
    if (!doc.meta?.pagination?.['next-page']) return
  }
}
