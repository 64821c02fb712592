import type { LogExcerpt } from '../plan/log.js'
import { destroyCount, groupOf, type ChangeCounts, type ChangeGroup, type PlanSummary, type ResourceChange } from '../plan/summary.js'
import { diffLines, type AttributeDiff } from '../plan/attribute-diff.js'
import type { RunChecks } from '../run/policy-status.js'
import { diagnosticsSection, policiesSection, tasksSection, type Overrides, type ShownDiagnostic } from './checks-section.js'
import { code, codeBlock, elided, escapeProse, escapeText, link, plural, underListItem } from './markdown.js'

/** Where the run stands when the report is written. The comment moves through these as the run does. */
export type Outcome =
  | 'planning'
  | 'planned'
  | 'applying'
  | 'applied'
  | 'apply-errored'
  | 'discarded'
  | 'destroy-refused'
  | 'left'
  | 'no-changes'
  | 'plan-only'
  | 'errored'
  | 'checks-failed'
  | 'canceled'
  | 'needs-decision'
  | 'timed-out'
  | 'failed'
  | 'saved'

export interface ReportInput {
  outcome: Outcome
  /** What the step did with the run and why, in one sentence. */
  action: string
  failure?: string
  run: { id: string; url: string; status: string; createdAt: string; isDestroy: boolean; planOnly: boolean }
  workspace: { organization: string; name: string; url: string }
  configurationVersion?: { id: string; source?: string }
  /** What a reviewer must know about which code was planned (a pull request's plan of another configuration). */
  configurationWarning?: string
  commit?: { sha: string; url: string }
  /** Counts from the Plans API, used when the JSON plan could not be read. */
  counts?: ChangeCounts
  plan?: PlanSummary
  /** Changed attributes show their values; false: only their names (`attribute-values`). */
  attributeValues?: boolean
  /** Why the resource list is missing, when it is. */
  planNote?: string
  /** The cost estimate, in one line ("$25.49/mo (-$3.20) · resources: 3 of 4 estimated"). */
  cost?: string
  log?: LogExcerpt
  /** Run tasks and policies, when the run has any. */
  checks?: RunChecks
  overrides?: Overrides
  /** The workspace's Terraform outputs after the run: names, types, sensitivity; never a value. */
  stateOutputs?: { outputs: Array<{ name: string; type: string; sensitive: boolean }>; note?: string }
  /** Terraform's errors and warnings from the plan and apply logs. */
  diagnostics?: ShownDiagnostic[]
  /** Diagnostics past what a log's digest keeps, counted. */
  diagnosticsDropped?: number
}

/** How much of the plan a report shows; each level drops what matters least first. */
export type Detail = 'full' | 'some-attributes' | 'reasons' | 'addresses' | 'counts' | 'link'

const HEADLINES: Record<Outcome, { icon: string; title: string }> = {
  planning: { icon: '⏳', title: 'Planning' },
  planned: { icon: '📋', title: 'Planned' },
  applying: { icon: '⏳', title: 'Applying' },
  applied: { icon: '✅', title: 'Applied' },
  'apply-errored': { icon: '❌', title: 'Apply errored' },
  discarded: { icon: '🗑️', title: 'Planned, then discarded' },
  'destroy-refused': { icon: '⛔', title: 'Not applied: the plan destroys resources' },
  left: { icon: '⏸️', title: 'Planned, waiting for confirmation' },
  'no-changes': { icon: '✅', title: 'No changes' },
  'plan-only': { icon: '📋', title: 'Speculative plan' },
  errored: { icon: '❌', title: 'Plan errored' },
  'checks-failed': { icon: '⛔', title: 'Failed its policies or run tasks' },
  canceled: { icon: '🚫', title: 'Canceled' },
  'needs-decision': { icon: '✋', title: 'Needs a decision' },
  'timed-out': { icon: '⌛', title: 'Timed out' },
  failed: { icon: '❌', title: 'Step failed' },
  saved: { icon: '💾', title: 'Plan saved, to be applied as reviewed' }
}

/** Display order: what removes things first, so a destroy is never below the fold. */
const GROUPS: Array<{ action: ChangeGroup; title: string }> = [
  { action: 'delete', title: 'Destroy' },
  { action: 'replace', title: 'Replace' },
  { action: 'forget', title: 'Forget (removed from state, not destroyed)' },
  { action: 'create', title: 'Create' },
  { action: 'update', title: 'Update in place' },
  { action: 'import', title: 'Import' },
  { action: 'move', title: 'Move' },
  { action: 'read', title: 'Read (data sources)' },
  { action: 'unknown', title: 'Other' }
]

const REASONS: Record<string, string> = {
  replace_because_tainted: 'tainted',
  replace_because_cannot_update: 'cannot be updated in place',
  replace_by_request: 'replacement requested (-replace)',
  replace_by_triggers: 'replace_triggered_by',
  delete_because_no_resource_config: 'no longer in the configuration',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_wrong_repetition: 'count/for_each changed shape',
  delete_because_count_index: 'count index out of range',
  delete_because_each_key: 'for_each key no longer present',
  delete_because_no_move_target: 'moved target missing',
  read_because_config_unknown: 'configuration depends on values not yet known',
  read_because_dependency_pending: 'a dependency has pending changes',
  read_because_check_nested: 'check block'
}

const WARNING_ADDRESS_LIMIT = 20
/** An address in the warning is cut to this length (a for_each key is as long as the code makes it), so the warning always fits. */
const WARNING_ADDRESS_LENGTH = 200
const EXPAND_WHEN_AT_MOST = 25

/** An outcome's icon and title, as a report's headline shows them. */
export function headlineOf(outcome: Outcome): { icon: string; title: string } {
  return HEADLINES[outcome]
}

export function countsOf(input: ReportInput): ChangeCounts | undefined {
  return input.plan?.counts ?? input.counts
}

function countsLine(counts: ChangeCounts): string {
  const parts = [
    `**${counts.add}** to add`,
    `**${counts.change}** to change`,
    `**${counts.replace}** to replace`,
    `**${counts.destroy}** to destroy`
  ]
  const extra: string[] = []
  if (counts.import) extra.push(`**${counts.import}** to import`)
  if (counts.move) extra.push(`**${counts.move}** to move`)
  if (counts.read) extra.push(`**${counts.read}** to read`)
  if (counts.forget) extra.push(`**${counts.forget}** to forget`)
  return [...parts, ...extra].join(' · ')
}

function countsTable(counts: ChangeCounts): string {
  return [
    '| add | change | replace | destroy | import | move | read |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${counts.add} | ${counts.change} | ${counts.replace} | ${counts.destroy} | ${counts.import} | ${counts.move} | ${counts.read} |`
  ].join('\n')
}

function destroyWarning(input: ReportInput): string | undefined {
  const counts = countsOf(input)
  // Outright destroys first: a replacement at least puts something back.
  const changes = input.plan?.changes ?? []
  const destroyed = [...changes.filter(c => c.action === 'delete'), ...changes.filter(c => c.action === 'replace')]
  const total = counts ? destroyCount(counts) : destroyed.length
  if (!total) return undefined
  const shown = destroyed
    .slice(0, WARNING_ADDRESS_LIMIT)
    .map(c => `${code(elided(c.address, WARNING_ADDRESS_LENGTH))}${c.action === 'replace' ? ' (replace)' : ''}`)
  const more = total - shown.length
  const list = shown.length ? `: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}` : ''
  return `> [!WARNING]\n> **This plan destroys or replaces ${plural(total, 'resource')}**${list}`
}

function describeChange(change: ResourceChange, withDiff: boolean, values: boolean): string {
  const notes: string[] = []
  if (change.previousAddress) notes.push(`moved from ${code(change.previousAddress)}`)
  if (change.importing) notes.push(change.importId ? `import ID ${code(change.importId)}` : 'imported')
  if (change.actionReason) notes.push(REASONS[change.actionReason] ?? code(change.actionReason))
  if (change.replacePaths?.length) notes.push(`forced by ${change.replacePaths.map(code).join(', ')}`)
  const line = `- ${addressCode(change)}${notes.length ? ` — ${notes.join('; ')}` : ''}`
  if (!withDiff || !change.diff?.attributes.length) return line
  const count = change.diff.attributes.length + change.diff.more
  // Collapsed under its list item, so a long plan stays a list of addresses.
  return underListItem(line, details(plural(count, 'changed attribute'), attributeDiffBlock(change.diff, values), false))
}

/** A resource's changed attributes as a `diff` block; sensitive values are never shown, others only with `values`. */
export function attributeDiffBlock(diff: AttributeDiff, values: boolean): string {
  return codeBlock(diffLines(diff, values).join('\n'), 'diff')
}

/**
 * An address as a code span, made once per change: the comment and the summary, at each level of detail they
 * try, show the same addresses.
 */
const addressCodes = new WeakMap<ResourceChange, string>()
function addressCode(change: ResourceChange): string {
  let text = addressCodes.get(change)
  if (text === undefined) {
    text = code(change.address)
    addressCodes.set(change, text)
  }
  return text
}

/** The changes of the plan by report group, in display order. */
const planGroups = new WeakMap<PlanSummary, Map<ChangeGroup, ResourceChange[]>>()
function byGroup(plan: PlanSummary): Map<ChangeGroup, ResourceChange[]> {
  const cached = planGroups.get(plan)
  if (cached) return cached
  const groups = new Map<ChangeGroup, ResourceChange[]>()
  for (const change of plan.changes) {
    const group = groupOf(change)
    const list = groups.get(group) ?? []
    list.push(change)
    groups.set(group, list)
  }
  planGroups.set(plan, groups)
  return groups
}

/** Characters left for a part of the report being written; a writer stops as soon as it runs out. */
class Budget {
  constructor(public left: number) {}
  take(text: string): boolean {
    this.left -= text.length + 1
    return this.left >= 0
  }
}

/**
 * The resource list's sections, written against `budget`: undefined as soon as they do not fit, so a plan of
 * any size costs at most the budget's worth of text at each level of detail.
 */
function resourceSections(
  plan: PlanSummary,
  detail: 'full' | 'some-attributes' | 'reasons' | 'addresses',
  perGroup = Infinity,
  budget = new Budget(Infinity),
  withDiff: (change: ResourceChange) => boolean = () => detail === 'full',
  values = true
): string[] | undefined {
  const described = detail !== 'addresses'
  const groups = byGroup(plan)
  const sections: string[] = []
  for (const { action, title } of GROUPS) {
    const list = groups.get(action)
    if (!list?.length) continue
    // Totals come from the summary: a very large plan lists only its first changes.
    const total = plan.groupTotals[action] ?? list.length
    const shown = Math.min(list.length, perGroup)
    const lines: string[] = []
    for (let i = 0; i < shown; i++) {
      const change = list[i]
      const line = described ? describeChange(change, withDiff(change), values) : `- ${addressCode(change)}`
      if (!budget.take(line)) return undefined
      lines.push(line)
    }
    if (total > shown) lines.push(`- … and ${total - shown} more`)
    const header = `**${title} (${total})**\n\n`
    // Charged at no more than its length (the final check is exact): what was not charged is small and bounded.
    if (!budget.take(header)) return undefined
    sections.push(`${header}${lines.join('\n').trimEnd()}`)
  }
  if (described && plan.drift.length) {
    const section = `**Changed outside Terraform (${plan.drift.length})**\n\n${plan.drift.map(c => `- ${code(c.address)} (${c.action})`).join('\n')}`
    if (!budget.take(section)) return undefined
    sections.push(section)
  }
  if (described && plan.outputs.length) {
    // Output values are never shown: a sensitive value must not reach a comment, and the name is what reviewers need.
    const lines = plan.outputs.map(o => `- ${code(o.name)}: ${o.action}${o.sensitive ? ' (sensitive)' : ''}`)
    const section = `**Output changes (${plan.outputs.length})**\n\n${lines.join('\n')}`
    if (!budget.take(section)) return undefined
    sections.push(section)
  }
  return sections
}

/**
 * The most addresses of each group that fit in `room` characters of list, from the lengths of the address lines
 * (prefix sums per group, then a binary search): the truncated list is then written once.
 */
function addressesPerGroup(plan: PlanSummary, room: number): number {
  const sums: number[][] = []
  let fixed = 0
  for (const { action, title } of GROUPS) {
    const list = byGroup(plan).get(action)
    if (!list?.length) continue
    const total = plan.groupTotals[action] ?? list.length
    // The header and the "and N more" line, with N at its largest.
    fixed += `**${title} (${total})**\n\n- … and ${total} more\n\n`.length
    const prefix = [0]
    for (const change of list) prefix.push(prefix[prefix.length - 1] + addressCode(change).length + 3)
    sums.push(prefix)
  }
  const cost = (k: number): number => fixed + sums.reduce((sum, prefix) => sum + prefix[Math.min(k, prefix.length - 1)], 0)
  let low = 0
  let high = Math.max(0, ...sums.map(prefix => prefix.length - 1))
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (cost(mid) <= room) low = mid
    else high = mid - 1
  }
  return low
}

function details(summary: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

function linksLine(input: ReportInput): string {
  const parts = [
    `Run ${link(input.run.id, input.run.url)}`,
    `workspace ${link(`${input.workspace.organization}/${input.workspace.name}`, input.workspace.url)}`
  ]
  if (input.configurationVersion)
    parts.push(
      `configuration version ${code(input.configurationVersion.id)}${input.configurationVersion.source ? ` (${escapeText(input.configurationVersion.source)})` : ''}`
    )
  if (input.commit) parts.push(`commit ${link(input.commit.sha.slice(0, 7), input.commit.url)}`)
  return parts.join(' · ')
}

/**
 * The headline; "No changes" only when the plan lists none. A plan that only forgets resources (`removed` with
 * `destroy = false`) counts nothing to add, change or destroy, and a server that ended its run without an apply
 * must not make it read as if nothing would happen.
 */
function headline(input: ReportInput): { icon: string; title: string } {
  const counts = countsOf(input)
  const listed = counts && counts.add + counts.change + counts.replace + counts.destroy + counts.import + counts.forget > 0
  if (input.outcome === 'no-changes' && listed) return { icon: '⚠️', title: 'Finished without an apply, though the plan lists changes' }
  return HEADLINES[input.outcome]
}

/** The report above the resource list: headline, links, counts, warnings, what the step did, checks, errors. */
function headParts(input: ReportInput, detail: Detail): string[] {
  const { icon, title } = headline(input)
  const kind = input.run.isDestroy ? ' (destroy)' : input.run.planOnly && input.outcome !== 'plan-only' ? ' (speculative)' : ''
  const out: string[] = [`### ${icon} ${title}${kind}: ${escapeText(`${input.workspace.organization}/${input.workspace.name}`)}`]
  out.push(linksLine(input))
  if (input.configurationWarning) out.push(`> [!WARNING]\n> ${escapeProse(input.configurationWarning)}`)
  // The counts and the destroy warning are in every form, however short: what a reviewer must not miss.
  const counts = countsOf(input)
  if (counts) out.push(countsLine(counts))
  if (input.cost) out.push(`**Cost estimate:** ${escapeProse(input.cost)}`)
  const warning = destroyWarning(input)
  if (warning) out.push(warning)
  out.push(`**What this step did:** ${escapeProse(input.action)}`)
  if (input.failure) out.push(`**Why the step failed:** ${escapeProse(input.failure)}`)

  if (detail !== 'link') {
    for (const section of [
      policiesSection(input.checks, input.overrides),
      tasksSection(input.checks),
      diagnosticsSection(input.diagnostics, input.diagnosticsDropped)
    ])
      if (section) out.push(section)
  }
  // Structured errors are listed above already; a text log's last lines still say what happened around them.
  const listed = input.log?.kind === 'diagnostics' && input.diagnostics?.some(d => d.severity === 'error')
  if (input.log && detail !== 'link' && !listed) {
    const label = input.log.kind === 'diagnostics' ? 'Errors from the log' : 'End of the log'
    out.push(`**${label}:**\n\n${codeBlock(input.log.text)}`)
  }
  return out
}

/** The workspace's outputs after the run, for the steps after this one: names and types only. */
function stateOutputsSection(input: ReportInput): string | undefined {
  const state = input.stateOutputs
  if (!state) return undefined
  const lines = state.outputs.map(o => `- ${code(o.name)}: ${code(o.type || 'unknown')}${o.sensitive ? ' (sensitive)' : ''}`)
  const body = [lines.join('\n'), state.note ? `_${escapeProse(state.note)}_` : ''].filter(Boolean).join('\n\n')
  return details(`Terraform outputs (${state.outputs.length})`, body || '_None._', false)
}

/** The report below the resource list: the counts table and what was left out. */
function tailParts(input: ReportInput, detail: Detail, omitted?: string): string[] {
  const out: string[] = []
  const outputs = detail === 'link' ? undefined : stateOutputsSection(input)
  if (outputs) out.push(outputs)
  const counts = countsOf(input)
  if (counts && detail !== 'link' && (counts.add || counts.change || counts.destroy || counts.replace)) {
    out.push(details('Counts', countsTable(counts), false))
  }
  if (input.planNote) out.push(`_${escapeText(input.planNote)}_`)
  if (omitted) out.push(`_${escapeText(omitted)}_`)
  return out
}

function hasList(input: ReportInput, detail: Detail): input is ReportInput & { plan: PlanSummary } {
  return (
    (detail === 'full' || detail === 'some-attributes' || detail === 'reasons' || detail === 'addresses') &&
    input.plan !== undefined &&
    (input.plan.changes.length > 0 || input.plan.drift.length > 0 || input.plan.outputs.length > 0)
  )
}

/** The resource list in its collapsible block, within `budget`; '' when there is none, undefined when it does not fit. */
function resourceList(
  input: ReportInput,
  detail: Detail,
  perGroup = Infinity,
  budget?: Budget,
  withDiff?: (change: ResourceChange) => boolean
): string | undefined {
  if (!hasList(input, detail) || detail === 'counts' || detail === 'link') return ''
  const plan = input.plan
  const sections = resourceSections(plan, detail, perGroup, budget, withDiff, input.attributeValues !== false)
  if (!sections) return undefined
  const open = plan.changes.length + plan.drift.length <= EXPAND_WHEN_AT_MOST
  return details(`Resource changes (${plan.changes.length + plan.unlisted})`, sections.join('\n\n'), open)
}

function joined(parts: Array<string | undefined>): string {
  return parts.filter(part => part).join('\n\n')
}

/** Renders the report at one level of detail. Pure: the same input always gives the same markdown. */
export function renderReport(input: ReportInput, detail: Detail, omitted?: string, perGroup = Infinity): string {
  return joined([...headParts(input, detail), resourceList(input, detail, perGroup), ...tailParts(input, detail, omitted)])
}

/** The collapsible block around the list (its tags and summary line), charged at less than it takes. */
const LIST_WRAPPER = 40

const TRUNCATED = 'Only the first addresses of each kind of change are listed, to fit; see the run page for the full plan.'

const OMITTED: Record<Detail, string | undefined> = {
  full: undefined,
  'some-attributes':
    'Changed attributes of some updates were left out to fit (those of replacements first were kept); see the run page for the full plan.',
  reasons: 'Changed attributes were left out to fit; see the run page for the full plan.',
  addresses: 'Reasons, replacement paths, drift and outputs were left out to fit; see the run page for the full plan.',
  counts: 'The resource list was left out to fit; see the run page for the full plan.',
  link: 'The plan is too large to show here; see the run page.'
}

/**
 * With every diff the list does not fit: the most resources that keep their changed attributes, replacements
 * first (what a reviewer must not miss), then updates, in list order. A diff adds its block and nothing else, so
 * what each costs is known from its own text: the list is written twice, without diffs and then with those that
 * fit. Undefined when not even one fits, or when there are no diffs to keep.
 */
function mostDiffsThatFit(input: ReportInput & { plan: PlanSummary }, around: (list: string) => string, room: number): string | undefined {
  const values = input.attributeValues !== false
  const withDiffs = input.plan.changes.filter(change => change.diff?.attributes.length)
  const ranked = [...withDiffs.filter(c => c.action === 'replace'), ...withDiffs.filter(c => c.action !== 'replace')]
  const bare = resourceList(input, 'some-attributes', Infinity, new Budget(room), () => false)
  if (bare === undefined) return undefined
  let left = room - around(bare).length
  const kept = new Set<ResourceChange>()
  for (const change of ranked) {
    const extra = describeChange(change, true, values).length - describeChange(change, false, values).length
    if (extra > left) break
    left -= extra
    kept.add(change)
  }
  if (!kept.size) return undefined
  const markdown = around(resourceList(input, 'some-attributes', Infinity, undefined, change => kept.has(change)) ?? '')
  return markdown.length <= room ? markdown : undefined
}

/**
 * The most detailed rendering that fits in `limit` characters (less `reserve`), degrading step by step: full
 * details, then without changed attributes, then addresses only, then the first addresses of each group, then
 * counts and destroys only, then a link. Written against a budget: the parts around the resource list are written
 * once, and each level's list stops as soon as it does not fit, so no level costs more than the room it has.
 */
export function renderWithinLimit(input: ReportInput, limit: number, reserve = 0): { markdown: string; detail: Detail } {
  const room = limit - reserve
  const head = headParts(input, 'full')
  // Every level lists at least the addresses: when all of them cannot fit, no level with a full list can.
  const allFit = !hasList(input, 'addresses') || addressesPerGroup(input.plan, Infinity) <= addressesPerGroup(input.plan, room)
  for (const detail of ['full', 'some-attributes', 'reasons', 'addresses'] as const) {
    if (!hasList(input, detail) || !allFit) break
    const tail = tailParts(input, detail, OMITTED[detail])
    const around = joined([...head, ...tail]).length + 4
    if (detail === 'some-attributes') {
      const markdown = mostDiffsThatFit(input, list => joined([...head, list, ...tail]), room)
      if (markdown !== undefined) return { markdown, detail }
      continue
    }
    const list = resourceList(input, detail, Infinity, new Budget(room - around - LIST_WRAPPER))
    if (list === undefined) continue
    const markdown = joined([...head, list, ...tail])
    if (markdown.length <= room) return { markdown, detail }
  }
  if (hasList(input, 'addresses')) {
    // Before dropping the list altogether, keep the first addresses of every group (destroys come first).
    const tail = tailParts(input, 'addresses', TRUNCATED)
    const around = joined([...head, ...tail]).length + 4
    const perGroup = addressesPerGroup(input.plan, room - around - LIST_WRAPPER)
    if (perGroup > 0) {
      const markdown = joined([...head, resourceList(input, 'addresses', perGroup), ...tail])
      if (markdown.length <= room) return { markdown, detail: 'addresses' }
    }
  }
  for (const detail of ['full', 'counts'] as const) {
    // Without a list: the whole report (a plan without changes), or the counts and destroys of one too large.
    if (detail === 'full' && hasList(input, 'full')) continue
    const markdown = joined([...headParts(input, detail), ...tailParts(input, detail, detail === 'counts' ? OMITTED.counts : undefined)])
    if (markdown.length <= room) return { markdown, detail }
  }
  // The bare link level still did not fit (a huge log excerpt is not shown there, so this is near impossible).
  const markdown = renderReport(
    { ...input, failure: input.failure?.slice(0, 500), action: input.action.slice(0, 500) },
    'link',
    OMITTED.link
  )
  if (markdown.length <= room) return { markdown, detail: 'link' }
  return { markdown: markdown.slice(0, Math.max(0, room)), detail: 'link' }
}
