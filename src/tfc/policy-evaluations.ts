import type { TfcHttp } from './http.js'
import { str, type Resource } from './jsonapi.js'
import { pages } from './pages.js'

/** One policy's result inside a policy set outcome. The API sends these keys in snake_case (addendum §3.2). */
export interface PolicyOutcome {
  policyName: string
  status: 'passed' | 'failed' | 'errored' | (string & {})
  /** null for an errored policy. */
  enforcementLevel: 'advisory' | 'mandatory' | null | (string & {})
  description: string
}

/** A policy set's results in one policy evaluation. */
export interface PolicySetOutcome {
  id: string
  policySetName: string
  policySetDescription: string
  overridable: boolean
  error: string
  outcomes: PolicyOutcome[]
}

function toPolicySetOutcome(resource: Resource): PolicySetOutcome {
  const outcomes = Array.isArray(resource.attributes.outcomes) ? (resource.attributes.outcomes as Array<Record<string, unknown>>) : []
  const text = (value: unknown): string => (typeof value === 'string' ? value : '')
  return {
    id: resource.id,
    policySetName: str(resource, 'policy-set-name') || resource.id,
    policySetDescription: str(resource, 'policy-set-description'),
    overridable: resource.attributes.overridable === true,
    error: str(resource, 'error'),
    outcomes: outcomes.map(o => ({
      policyName: text(o.policy_name) || '(unnamed policy)',
      status: text(o.status),
      enforcementLevel: typeof o.enforcement_level === 'string' ? o.enforcement_level : null,
      description: text(o.description)
    }))
  }
}

/**
 * Every policy set outcome of an evaluation, page by page (20 a page by default). Unfiltered: the report counts
 * the passed policies too.
 */
export async function listPolicySetOutcomes(http: TfcHttp, evaluationId: string): Promise<PolicySetOutcome[]> {
  const sets: PolicySetOutcome[] = []
  for await (const page of pages(http, `policy-evaluations/${encodeURIComponent(evaluationId)}/policy-set-outcomes`, 20))
    sets.push(...page.map(toPolicySetOutcome))
  return sets
}
