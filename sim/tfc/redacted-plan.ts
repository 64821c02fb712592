/**
 * json-output-redacted, built as HCP Terraform builds it: the Terraform CLI's plan-renderer input (`jsonformat.Plan`:
 * plan_format_version, output_changes, resource_changes, resource_drift, relevant_attributes, provider_format_version,
 * provider_schemas), not the `terraform show -json` document; sensitive values replaced by a hash (the CLI's own
 * test data shows a 64-hex-digit string where a sensitive output's value was). No terraform_version,
 * planned_values, prior_state, configuration or errored.
 */
import { createHash } from 'node:crypto'
import { providerSchemas } from './artefacts.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface Change {
  before?: Json
  after?: Json
  before_sensitive?: Json
  after_sensitive?: Json
  [key: string]: Json | undefined
}

function redact(value: Json | undefined, marks: Json | undefined): Json | undefined {
  if (marks === true)
    return createHash('sha256')
      .update(JSON.stringify(value ?? null))
      .digest('hex')
  if (!marks || typeof marks !== 'object' || value === null || typeof value !== 'object' || value === undefined) return value
  if (Array.isArray(value)) return value.map((item, i) => redact(item, (marks as Json[])[i]) ?? null)
  const keyed = marks as Record<string, Json>
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redact(item, keyed[key]) ?? null]))
}

function redactChange(change: Change): Change {
  return { ...change, before: redact(change.before, change.before_sensitive), after: redact(change.after, change.after_sensitive) }
}

/**
 * The redacted plan of a `show -json` plan. Providers the simulator has no schema for (a test's hand-written plan
 * of `aws_instance`s) get an empty schema: the shape the service sends, without the content it would have.
 */
export function redactedPlanOf(showJson: string): string {
  const show = JSON.parse(showJson) as {
    resource_changes?: Array<{ provider_name?: string; change: Change }>
    resource_drift?: Array<{ provider_name?: string; change: Change }>
    output_changes?: Record<string, Change>
    relevant_attributes?: Json[]
  }
  const schemas = providerSchemas()
  const resources = (list: typeof show.resource_changes): Json =>
    (list ?? []).map(rc => ({ ...rc, change: redactChange(rc.change) }) as unknown as Json)
  const used = new Set([...(show.resource_changes ?? []), ...(show.resource_drift ?? [])].map(rc => rc.provider_name ?? ''))
  const providers: Record<string, unknown> = {}
  for (const name of used) {
    if (!name) continue
    providers[name] = schemas.provider_schemas[name] ?? {
      provider: { version: 0, block: { description_kind: 'plain' } },
      resource_schemas: {}
    }
  }
  return JSON.stringify({
    plan_format_version: '1.2',
    output_changes: Object.fromEntries(Object.entries(show.output_changes ?? {}).map(([name, change]) => [name, redactChange(change)])),
    resource_changes: resources(show.resource_changes),
    resource_drift: resources(show.resource_drift),
    relevant_attributes: show.relevant_attributes ?? [],
    provider_format_version: schemas.format_version,
    provider_schemas: providers
  })
}
