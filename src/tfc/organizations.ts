import type { TfcHttp } from './http.js'
import { num, parseDocument } from './jsonapi.js'

/** Pages of the organization's run queue read at most: enough for any queue a step would wait in. */
const QUEUE_PAGES = 10

/**
 * A run's place in the organization's run queue (`GET /organizations/:org/runs/queue`, paged), where runs wait for
 * the organization's concurrency once their workspace let them go: each item is a run with `position-in-queue`,
 * as the Terraform CLI reads it. Undefined when the run is not in the queue.
 */
export async function readQueuePosition(http: TfcHttp, organization: string, runId: string): Promise<number | undefined> {
  const base = `organizations/${encodeURIComponent(organization)}/runs/queue`
  for (let page = 1; page <= QUEUE_PAGES; page++) {
    const doc = parseDocument((await http.request('GET', `${base}?page[number]=${page}&page[size]=100`)).body, `GET /api/v2/${base}`)
    for (const item of Array.isArray(doc.data) ? doc.data : [doc.data]) {
      if (item.id === runId) return num(item, 'position-in-queue') ?? undefined
    }
    if (!doc.meta?.pagination?.['next-page']) break
  }
  return undefined
}
