import type { TfcHttp } from './http.js'
import { num } from './jsonapi.js'
import { pages } from './pages.js'

/** Pages of the organization's run queue read at most: enough for any queue a step would wait in. */
const QUEUE_PAGES = 10

/**
 * A run's place in the organization's run queue (`GET /organizations/:org/runs/queue`, paged), where runs wait for
 * the organization's concurrency once their workspace let them go: each item is a run with `position-in-queue`,
 * as the Terraform CLI reads it. Undefined when the run is not in the queue.
 */
export async function readQueuePosition(http: TfcHttp, organization: string, runId: string): Promise<number | undefined> {
  for await (const page of pages(http, `organizations/${encodeURIComponent(organization)}/runs/queue`, QUEUE_PAGES)) {
    const item = page.find(run => run.id === runId)
    if (item) return num(item, 'position-in-queue') ?? undefined
  }
  return undefined
}
