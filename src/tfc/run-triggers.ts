import type { TfcHttp } from './http.js'
import { relId, str } from './jsonapi.js'
import { pages } from './pages.js'

/** A workspace can have at most 20 source workspaces; one page holds them, a second is a bound, not a need. */
const TRIGGER_PAGES = 2

/** A workspace whose successful applies make HCP Terraform queue a run in another (a run trigger's source). */
export interface TriggerSource {
  id: string
  name: string
}

/** The workspaces that trigger runs in this one: its inbound run triggers (the type filter is required). */
export async function readTriggerSources(http: TfcHttp, workspaceId: string): Promise<TriggerSource[]> {
  const sources: TriggerSource[] = []
  const query = { 'filter[run-trigger][type]': 'inbound' }
  for await (const page of pages(http, `workspaces/${encodeURIComponent(workspaceId)}/run-triggers`, TRIGGER_PAGES, query)) {
    for (const trigger of page) {
      const id = relId(trigger, 'sourceable')
      if (id) sources.push({ id, name: str(trigger, 'sourceable-name') })
    }
  }
  return sources
}
