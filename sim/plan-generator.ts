/**
 * Generates `terraform show -json`-shaped plans of any size for tests and the benchmark: mixed create, update,
 * delete, replace and read; resources in modules with count and for_each keys; attributes of realistic size
 * (tags, ARNs, policies), unknown values and sensitive markers, as real provider output has.
 */
import { closeSync, openSync, writeSync } from 'node:fs'

const ACTIONS: Array<{ actions: string[]; reason?: string }> = [
  { actions: ['create'] },
  { actions: ['create'] },
  { actions: ['update'] },
  { actions: ['update'] },
  { actions: ['delete'], reason: 'delete_because_no_resource_config' },
  { actions: ['delete', 'create'], reason: 'replace_because_cannot_update' },
  { actions: ['create', 'delete'], reason: 'replace_by_request' },
  { actions: ['read'], reason: 'read_because_config_unknown' },
  { actions: ['no-op'] }
]

function attributes(i: number): Record<string, unknown> {
  return {
    id: `i-${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}`,
    arn: `arn:aws:ec2:eu-west-1:123456789012:instance/i-${i.toString(16).padStart(17, '0')}`,
    ami: 'ami-0c55b159cbfafe1f0',
    instance_type: i % 3 ? 't3.micro' : 'm5.large',
    tags: { Name: `web-${i}`, Team: 'platform', Environment: i % 2 ? 'production' : 'staging', CostCenter: `cc-${i % 97}` },
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::bucket-${i}/*`] }]
    }),
    root_block_device: [{ volume_size: 20 + (i % 50), volume_type: 'gp3', encrypted: true, iops: 3000 }],
    vpc_security_group_ids: [`sg-${(i % 4096).toString(16)}`, 'sg-0a1b2c3d'],
    user_data_base64: null
  }
}

function resourceChange(i: number, kind: { actions: string[]; reason?: string }): Record<string, unknown> {
  const module = i % 4 === 0 ? '' : `module.service["svc-${i % 37}"].module.app[${i % 3}].`
  const type = kind.actions[0] === 'read' ? 'aws_iam_policy_document' : 'aws_instance'
  const address = `${module}${kind.actions[0] === 'read' ? 'data.' : ''}${type}.node["key-${i}"]`
  const before = kind.actions[0] === 'create' && kind.actions.length === 1 ? null : attributes(i)
  const after = kind.actions[0] === 'delete' && kind.actions.length === 1 ? null : { ...attributes(i + 1), instance_type: 't3.small' }
  return {
    address,
    module_address: module ? module.slice(0, -1) : undefined,
    mode: kind.actions[0] === 'read' ? 'data' : 'managed',
    type,
    name: 'node',
    index: `key-${i}`,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: kind.actions,
      before,
      after,
      after_unknown: after ? { id: true, arn: true } : {},
      before_sensitive: before ? { user_data_base64: true } : false,
      after_sensitive: after ? { user_data_base64: true } : false,
      ...(kind.actions.length === 2 ? { replace_paths: [['instance_type'], ['root_block_device', 0, 'volume_type']] } : {})
    },
    ...(kind.reason ? { action_reason: kind.reason } : {})
  }
}

const OUTPUT_CHANGES = {
  instance_ids: { actions: ['update'], before: [], after: [], after_unknown: true, before_sensitive: false, after_sensitive: false }
}

function planOf(changes: unknown[], outputChanges: Record<string, unknown>): Record<string, unknown> {
  return {
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: changes,
    resource_drift: [],
    output_changes: outputChanges,
    applyable: true,
    complete: true,
    errored: false
  }
}

/** A plan of `resources` changes cycling through every kind of action. */
export function generatedPlanObject(resources: number): Record<string, unknown> {
  return planOf(
    Array.from({ length: resources }, (_, i) => resourceChange(i, ACTIONS[i % ACTIONS.length])),
    OUTPUT_CHANGES
  )
}

/** A plan with exactly these counts (the Plans API's view: a replacement is one add and one destroy, not listed). */
export function countsPlan(counts: { additions: number; changes: number; destructions: number }): string {
  const changes: unknown[] = []
  const add = (n: number, actions: string[]): void => {
    for (let i = 0; i < n; i++) changes.push(resourceChange(changes.length, { actions }))
  }
  add(counts.additions, ['create'])
  add(counts.changes, ['update'])
  add(counts.destructions, ['delete'])
  return JSON.stringify(planOf(changes, {}))
}

export function generatedPlan(resources: number): string {
  return JSON.stringify(generatedPlanObject(resources))
}

/**
 * The same plan as `generatedPlan`, written to a file piece by piece: a plan of several hundred megabytes is
 * longer than the longest string V8 can hold.
 */
export function writeGeneratedPlan(file: string, resources: number): void {
  const fd = openSync(file, 'w')
  try {
    const [before, after] = JSON.stringify(planOf(['\u0000'], OUTPUT_CHANGES)).split('"\\u0000"')
    writeSync(fd, before)
    const batch: string[] = []
    for (let i = 0; i < resources; i++) {
      batch.push(JSON.stringify(resourceChange(i, ACTIONS[i % ACTIONS.length])))
      if (batch.length === 1000 || i === resources - 1) {
        writeSync(fd, `${i >= batch.length ? ',' : ''}${batch.join(',')}`)
        batch.length = 0
      }
    }
    writeSync(fd, after)
  } finally {
    closeSync(fd)
  }
}

/** One provider resource schema of realistic size: many attributes, each with a description, and a nested block. */
function resourceSchema(i: number): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (let a = 0; a < 30; a++) {
    attributes[`attribute_${a}`] = {
      type: a % 3 ? 'string' : ['map', 'string'],
      description: `Attribute ${a} of resource ${i}: what it configures, its default, and the values the API accepts ("quoted", {braced}, [bracketed]).`,
      description_kind: 'markdown',
      optional: a % 2 === 0,
      computed: a % 5 === 0
    }
  }
  return {
    version: 1,
    block: {
      attributes,
      block_types: { timeouts: { nesting_mode: 'single', block: { attributes: { create: { type: 'string', optional: true } } } } },
      description: `Resource ${i}.`,
      description_kind: 'plain'
    }
  }
}

/**
 * A json-output-redacted document (the CLI's renderer format) of `resources` generated changes whose
 * `provider_schemas` block, last as the service writes it, is about `schemaMb` megabytes: a large provider's whole
 * schema. Written piece by piece.
 */
export function writeRedactedPlanWithSchemas(file: string, resources: number, schemaMb: number): void {
  const fd = openSync(file, 'w')
  try {
    const changes = Array.from({ length: resources }, (_, i) => JSON.stringify(resourceChange(i, ACTIONS[i % ACTIONS.length])))
    writeSync(
      fd,
      `{"plan_format_version":"1.2","output_changes":${JSON.stringify(OUTPUT_CHANGES)},"resource_changes":[${changes.join(',')}],`
    )
    writeSync(fd, '"resource_drift":[],"relevant_attributes":[],"provider_format_version":"1.0",')
    writeSync(
      fd,
      '"provider_schemas":{"registry.terraform.io/hashicorp/aws":{"provider":{"version":0,"block":{"description_kind":"plain"}},"resource_schemas":{'
    )
    let written = 0
    for (let i = 0; written < schemaMb * 1024 * 1024; i++) {
      const text = `${i ? ',' : ''}"aws_generated_${i}":${JSON.stringify(resourceSchema(i))}`
      writeSync(fd, text)
      written += text.length
    }
    writeSync(fd, '}}}}')
  } finally {
    closeSync(fd)
  }
}

/**
 * A refresh-only plan (or an assessment's) as `terraform show -json` writes one: no changes to make, and
 * `resource_drift` listing what changed outside Terraform, with the values before and after.
 */
export function driftPlan(
  drift: Array<{ address: string; before: Record<string, unknown>; after: Record<string, unknown>; sensitive?: Record<string, boolean> }>
): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.11.4',
    resource_changes: [],
    resource_drift: drift.map(d => {
      const [type, name] = d.address.split('.').slice(-2)
      return {
        address: d.address,
        mode: 'managed',
        type,
        name,
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['update'],
          before: d.before,
          after: d.after,
          after_unknown: {},
          before_sensitive: d.sensitive ?? {},
          after_sensitive: d.sensitive ?? {}
        }
      }
    }),
    output_changes: {},
    applyable: false,
    complete: true,
    errored: false
  })
}
