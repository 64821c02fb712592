import type { TfcHttp } from './http.js'
import { num, parseDocument, single, str } from './jsonapi.js'

/** A run's cost estimate (tfc-api.md §7). Costs are decimal strings, kept as given. */
export interface CostEstimate {
  id: string
  status: 'pending' | 'queued' | 'finished' | 'canceled' | 'errored' | 'unreachable' | 'skipped_due_to_targeting' | (string & {})
  proposedMonthlyCost?: string
  priorMonthlyCost?: string
  deltaMonthlyCost?: string
  matchedResourcesCount?: number
  resourcesCount?: number
  errorMessage?: string
}

export async function readCostEstimate(http: TfcHttp, id: string): Promise<CostEstimate> {
  const path = `cost-estimates/${encodeURIComponent(id)}`
  const resource = single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`))
  const text = (key: string): string | undefined => str(resource, key) || undefined
  return {
    id: resource.id,
    status: str(resource, 'status'),
    proposedMonthlyCost: text('proposed-monthly-cost'),
    priorMonthlyCost: text('prior-monthly-cost'),
    deltaMonthlyCost: text('delta-monthly-cost'),
    matchedResourcesCount: num(resource, 'matched-resources-count') ?? undefined,
    resourcesCount: num(resource, 'resources-count') ?? undefined,
    errorMessage: text('error-message')
  }
}

/** One line for the report, as the Terraform CLI says it; undefined when there is nothing to say yet. */
export function describeCost(cost: CostEstimate): string | undefined {
  switch (cost.status) {
    case 'finished': {
      if (cost.proposedMonthlyCost === undefined) return undefined
      const delta = Number.parseFloat(cost.deltaMonthlyCost ?? '0')
      const change = `${delta < 0 ? '-' : '+'}$${Math.abs(delta).toFixed(2)}`
      const resources =
        cost.resourcesCount !== undefined ? ` · resources: ${cost.matchedResourcesCount ?? 0} of ${cost.resourcesCount} estimated` : ''
      return `$${Number.parseFloat(cost.proposedMonthlyCost).toFixed(2)}/mo (${change})${resources}`
    }
    case 'skipped_due_to_targeting':
      return 'not available for this plan, because it was created with targeting (target-addrs)'
    case 'errored':
      return `cost estimation errored${cost.errorMessage ? `: ${cost.errorMessage}` : ''}`
    case 'canceled':
    case 'unreachable':
      return `no estimate (${cost.status})`
  }
  return undefined
}
