import { attributeDiff, type AttributeDiff } from './attribute-diff.js'
import { DEFERRED_CHANGE_MEMBERS, type DeferredValues } from './stream.js'

/**
 * A compact view of a JSON plan: what the report needs and nothing more, so a plan of any size is reduced to a
 * small object once and the large document can be dropped. Works on both `terraform show -json` output
 * (json-output) and the CLI's redacted format (json-output-redacted): their `resource_changes` items share a shape.
 */
export type ResourceAction = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'no-op' | 'forget' | 'unknown'

export interface ResourceChange {
  address: string
  /** What changes inside it: updates and replacements among the first MAX_DIFFED_CHANGES only. */
  diff?: AttributeDiff
  action: ResourceAction
  previousAddress?: string
  actionReason?: string
  replacePaths?: string[]
  importId?: string
  importing: boolean
}

export interface OutputChange {
  name: string
  action: ResourceAction
  sensitive: boolean
}

export interface ChangeCounts {
  add: number
  change: number
  replace: number
  destroy: number
  import: number
  move: number
  read: number
  forget: number
}

/** How a change is grouped in the report: by its action, a no-op by what it does (import or move). */
export type ChangeGroup = ResourceAction | 'import' | 'move'

export function groupOf(change: ResourceChange): ChangeGroup {
  if (change.action === 'no-op') return change.importing ? 'import' : 'move'
  return change.action
}

/**
 * The most changes a summary lists. No report shows more: the job summary (512 KB) holds about 6,000 one-line
 * changes, the comment far fewer, and past that the report lists the first addresses of each kind. The rest are
 * counted, not kept, so a plan of any size costs the same memory (100k resources: 298 -> 115 MB peak).
 */
export const MAX_LISTED_CHANGES = 10_000

/**
 * The most updates and replacements whose changed attributes are kept. A comment that shows more resources than
 * this has long since dropped attribute details to fit, so diffing further would cost memory for nothing.
 */
export const MAX_DIFFED_CHANGES = 200

export interface PlanSummary {
  /** Resources with an effect (anything but a plain no-op; a no-op that moves or imports counts), the first MAX_LISTED_CHANGES. */
  changes: ResourceChange[]
  /** Every change with an effect by report group, listed or not. */
  groupTotals: Partial<Record<ChangeGroup, number>>
  /** Changes counted but not listed, past MAX_LISTED_CHANGES. */
  unlisted: number
  /** Changes made outside Terraform since the last run. */
  drift: ResourceChange[]
  outputs: OutputChange[]
  counts: ChangeCounts
  terraformVersion?: string
  errored: boolean
}

export function emptyCounts(): ChangeCounts {
  return { add: 0, change: 0, replace: 0, destroy: 0, import: 0, move: 0, read: 0, forget: 0 }
}

export function actionOf(actions: unknown): ResourceAction {
  if (!Array.isArray(actions)) return 'unknown'
  const key = actions.join(',')
  switch (key) {
    case 'create':
      return 'create'
    case 'update':
      return 'update'
    case 'delete':
      return 'delete'
    case 'delete,create':
    case 'create,delete':
      return 'replace'
    case 'read':
      return 'read'
    case 'no-op':
    case '':
      return 'no-op'
    case 'forget':
      return 'forget'
    default:
      return 'unknown'
  }
}

interface RawChange {
  address?: unknown
  module_address?: unknown
  mode?: unknown
  type?: unknown
  name?: unknown
  index?: unknown
  previous_address?: unknown
  action_reason?: unknown
  change?: { actions?: unknown; replace_paths?: unknown; importing?: unknown; [key: string]: unknown }
}

/** Replace paths are lists of attribute names and indexes; rendered as `tags["Name"]`-style attribute paths. */
function formatPath(path: unknown): string {
  if (!Array.isArray(path)) return String(path)
  return path
    .map((step, i) =>
      typeof step === 'number'
        ? `[${step}]`
        : typeof step === 'string' && i > 0
          ? /^[A-Za-z_][\w-]*$/.test(step)
            ? `.${step}`
            : `[${JSON.stringify(step)}]`
          : String(step)
    )
    .join('')
}

/** Terraform 1.0 wrote drift entries without `address`; it is rebuilt from its parts as Terraform would print it. */
function addressOf(raw: RawChange): string {
  if (typeof raw.address === 'string') return raw.address
  if (typeof raw.type !== 'string' || typeof raw.name !== 'string') return '(unknown address)'
  const index =
    raw.index === undefined || raw.index === null ? '' : typeof raw.index === 'number' ? `[${raw.index}]` : `[${JSON.stringify(raw.index)}]`
  const module = typeof raw.module_address === 'string' && raw.module_address ? `${raw.module_address}.` : ''
  return `${module}${raw.mode === 'data' ? 'data.' : ''}${raw.type}.${raw.name}${index}`
}

export function toResourceChange(raw: RawChange): ResourceChange {
  const change = raw.change ?? {}
  const importing = change.importing && typeof change.importing === 'object' ? (change.importing as { id?: unknown }) : undefined
  const result: ResourceChange = {
    address: addressOf(raw),
    action: actionOf(change.actions),
    importing: importing !== undefined
  }
  if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) result.previousAddress = raw.previous_address
  if (typeof raw.action_reason === 'string') result.actionReason = raw.action_reason
  if (Array.isArray(change.replace_paths) && change.replace_paths.length) result.replacePaths = change.replace_paths.map(formatPath)
  if (importing && typeof importing.id === 'string') result.importId = importing.id
  return result
}

export function addToCounts(counts: ChangeCounts, change: ResourceChange): void {
  switch (change.action) {
    case 'create':
      counts.add++
      break
    case 'update':
      counts.change++
      break
    case 'delete':
      counts.destroy++
      break
    case 'replace':
      counts.replace++
      break
    case 'read':
      counts.read++
      break
    case 'forget':
      counts.forget++
      break
  }
  if (change.importing) counts.import++
  if (change.previousAddress) counts.move++
}

export function hasEffect(change: ResourceChange): boolean {
  return change.action !== 'no-op' || change.importing || change.previousAddress !== undefined
}

/**
 * Gives a change its `diff`, computed when first read: a report that has no room for attribute details (any
 * large plan) never pays for them. The deferred values are kept as text until then (at most MAX_DIFFED_CHANGES).
 */
function lazyDiff(change: ResourceChange, values: Record<string, unknown>, deferred?: DeferredValues): void {
  const texts = deferred ? [...DEFERRED_CHANGE_MEMBERS].map(name => [name, deferred.text(name)] as const) : []
  let diff: AttributeDiff | undefined
  Object.defineProperty(change, 'diff', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!diff) {
        for (const [name, text] of texts) if (text !== undefined) values[name] = JSON.parse(text) as unknown
        diff = attributeDiff(values, change.replacePaths)
      }
      return diff
    }
  })
}

/** Collects a summary member by member, so a streaming reader and an in-memory document share one code path. */
export class PlanSummaryBuilder {
  private readonly summary: PlanSummary = {
    changes: [],
    groupTotals: {},
    unlisted: 0,
    drift: [],
    outputs: [],
    counts: emptyCounts(),
    errored: false
  }

  private diffed = 0

  /** `maxListed`: the changes listed (the rest counted); fewer when many plans are read at once. */
  constructor(private readonly maxListed = MAX_LISTED_CHANGES) {}

  /** `deferred`: the values a streaming reader left unparsed; read only for the changes that are diffed. */
  resourceChange(raw: unknown, deferred?: DeferredValues): void {
    const change = toResourceChange(raw ?? {})
    if (!hasEffect(change)) return
    if (this.summary.changes.length < this.maxListed) {
      if ((change.action === 'update' || change.action === 'replace') && this.diffed < Math.min(MAX_DIFFED_CHANGES, this.maxListed)) {
        this.diffed++
        lazyDiff(change, (raw as RawChange).change ?? {}, deferred)
      }
      this.summary.changes.push(change)
    } else this.summary.unlisted++
    const group = groupOf(change)
    this.summary.groupTotals[group] = (this.summary.groupTotals[group] ?? 0) + 1
    addToCounts(this.summary.counts, change)
  }

  private driftDiffed = 0

  /** A resource changed outside Terraform; the first ones keep what changed in them (a drift report shows it). */
  drift(raw: unknown, deferred?: DeferredValues): void {
    const change = toResourceChange(raw ?? {})
    if (change.action === 'no-op') return
    if (change.action === 'update' && this.driftDiffed < MAX_DIFFED_CHANGES) {
      this.driftDiffed++
      lazyDiff(change, (raw as RawChange).change ?? {}, deferred)
    }
    this.summary.drift.push(change)
  }

  member(key: string, value: unknown): void {
    if (key === 'terraform_version' && typeof value === 'string') this.summary.terraformVersion = value
    if (key === 'errored') this.summary.errored = value === true
    if (key === 'output_changes' && value && typeof value === 'object') {
      for (const [name, change] of Object.entries(
        value as Record<string, RawChange['change'] & { after_sensitive?: unknown; before_sensitive?: unknown }>
      )) {
        const action = actionOf(change?.actions)
        if (action === 'no-op') continue
        this.summary.outputs.push({ name, action, sensitive: change?.after_sensitive === true || change?.before_sensitive === true })
      }
    }
  }

  build(): PlanSummary {
    return this.summary
  }
}

/** The top-level members a summary reads; everything else in a plan is skipped. */
export const STREAMED_MEMBERS: ReadonlySet<string> = new Set(['resource_changes', 'resource_drift'])
export const KEPT_MEMBERS: ReadonlySet<string> = new Set(['terraform_version', 'errored', 'output_changes'])

/** Builds the summary from an already-parsed plan document. */
export function summarizePlan(doc: unknown): PlanSummary {
  const plan = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>
  const builder = new PlanSummaryBuilder()
  for (const raw of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) builder.resourceChange(raw)
  for (const raw of Array.isArray(plan.resource_drift) ? plan.resource_drift : []) builder.drift(raw)
  for (const key of KEPT_MEMBERS) if (key in plan) builder.member(key, plan[key])
  return builder.build()
}

/** Resources the plan destroys, replacements included: what `allow-destroy` guards. */
export function destroyCount(counts: ChangeCounts): number {
  return counts.destroy + counts.replace
}
