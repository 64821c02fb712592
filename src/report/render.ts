import type { LogExcerpt } from '../plan/log.js'
import { destroyCount, groupOf, type ChangeCounts, type ChangeGroup, type PlanSummary, type ResourceChange } from '../plan/summary.js'
import { diffLines } from '../plan/attribute-diff.js'
import type { RunChecks } from '../run/checks.js'
import { diagnosticsSection, policiesSection, tasksSection, type Overrides, type ShownDiagnostic } from './checks-section.js'
import { code, codeBlock, escapeProse, escapeText, link, plural } from './markdown.js'

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
  /** Why the resource list is missing, when it is. */
  planNote?: string
  /** The cost estimate, in one line ("$25.49/mo (-$3.20) · resources: 3 of 4 estimated"). */
  cost?: string
  log?: LogExcerpt
  /** Run tasks and policies, when the run has any. */
  checks?: RunChecks
  overrides?: Overrides
  /** Terraform's errors and warnings from the plan and apply logs. */
  diagnostics?: ShownDiagnostic[]
}

/** How much of the plan a report shows; each level drops what matters least first. */
export type Detail = 'full' | 'reasons' | 'addresses' | 'counts' | 'link'
export const DETAIL_LEVELS: readonly Detail[] = ['full', 'reasons', 'addresses', 'counts', 'link']

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
const EXPAND_WHEN_AT_MOST = 25

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
  const destroyed = input.plan?.changes.filter(c => c.action === 'delete' || c.action === 'replace') ?? []
  const total = counts ? destroyCount(counts) : destroyed.length
  if (!total) return undefined
  const shown = destroyed.slice(0, WARNING_ADDRESS_LIMIT).map(c => `${code(c.address)}${c.action === 'replace' ? ' (replace)' : ''}`)
  const more = total - shown.length
  const list = shown.length ? `: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}` : ''
  return `> [!WARNING]\n> **This plan destroys or replaces ${plural(total, 'resource')}**${list}`
}

function describeChange(change: ResourceChange, withDiff: boolean): string {
  const notes: string[] = []
  if (change.previousAddress) notes.push(`moved from ${code(change.previousAddress)}`)
  if (change.importing) notes.push(change.importId ? `import ID ${code(change.importId)}` : 'imported')
  if (change.actionReason) notes.push(REASONS[change.actionReason] ?? code(change.actionReason))
  if (change.replacePaths?.length) notes.push(`forced by ${change.replacePaths.map(code).join(', ')}`)
  const line = `- ${code(change.address)}${notes.length ? ` — ${notes.join('; ')}` : ''}`
  if (!withDiff || !change.diff?.attributes.length) return line
  const count = change.diff.attributes.length + change.diff.more
  // Collapsed under its list item (indented to belong to it), so a long plan stays a list of addresses.
  const block = details(plural(count, 'changed attribute'), codeBlock(diffLines(change.diff).join('\n'), 'diff'), false)
  return `${line}\n\n${block.replace(/^(?=.)/gm, '  ')}\n`
}

function resourceSections(plan: PlanSummary, detail: 'full' | 'reasons' | 'addresses', perGroup = Infinity): string[] {
  const described = detail !== 'addresses'
  const byGroup = new Map<string, ResourceChange[]>()
  for (const change of plan.changes) {
    const group = groupOf(change)
    const list = byGroup.get(group) ?? []
    list.push(change)
    byGroup.set(group, list)
  }
  const sections: string[] = []
  for (const { action, title } of GROUPS) {
    const list = byGroup.get(action)
    if (!list?.length) continue
    // Totals come from the summary: a very large plan lists only its first changes.
    const total = plan.groupTotals[action] ?? list.length
    const lines = list
      .slice(0, perGroup)
      .map(change => (described ? describeChange(change, detail === 'full') : `- ${code(change.address)}`))
    const shown = Math.min(list.length, perGroup)
    if (total > shown) lines.push(`- … and ${total - shown} more`)
    sections.push(`**${title} (${total})**\n\n${lines.join('\n').trimEnd()}`)
  }
  if (described && plan.drift.length) {
    sections.push(
      `**Changed outside Terraform (${plan.drift.length})**\n\n${plan.drift.map(c => `- ${code(c.address)} (${c.action})`).join('\n')}`
    )
  }
  if (described && plan.outputs.length) {
    // Output values are never shown: a sensitive value must not reach a comment, and the name is what reviewers need.
    const lines = plan.outputs.map(o => `- ${code(o.name)}: ${o.action}${o.sensitive ? ' (sensitive)' : ''}`)
    sections.push(`**Output changes (${plan.outputs.length})**\n\n${lines.join('\n')}`)
  }
  return sections
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

/** Renders the report at one level of detail. Pure: the same input always gives the same markdown. */
export function renderReport(input: ReportInput, detail: Detail, omitted?: string, perGroup = Infinity): string {
  const { icon, title } = HEADLINES[input.outcome]
  const kind = input.run.isDestroy ? ' (destroy)' : input.run.planOnly && input.outcome !== 'plan-only' ? ' (speculative)' : ''
  const out: string[] = [`### ${icon} ${title}${kind}: ${escapeText(`${input.workspace.organization}/${input.workspace.name}`)}`]
  out.push(linksLine(input))
  if (input.configurationWarning) out.push(`> [!WARNING]\n> ${escapeProse(input.configurationWarning)}`)
  const counts = countsOf(input)
  if (counts && detail !== 'link') out.push(countsLine(counts))
  if (input.cost) out.push(`**Cost estimate:** ${escapeProse(input.cost)}`)
  const warning = detail === 'link' ? undefined : destroyWarning(input)
  if (warning) out.push(warning)
  out.push(`**What this step did:** ${escapeProse(input.action)}`)
  if (input.failure) out.push(`**Why the step failed:** ${escapeProse(input.failure)}`)

  if (detail !== 'link') {
    for (const section of [
      policiesSection(input.checks, input.overrides),
      tasksSection(input.checks),
      diagnosticsSection(input.diagnostics)
    ])
      if (section) out.push(section)
  }
  // Structured errors are listed above already; a text log's last lines still say what happened around them.
  const listed = input.log?.kind === 'diagnostics' && input.diagnostics?.some(d => d.severity === 'error')
  if (input.log && detail !== 'link' && !listed) {
    const label = input.log.kind === 'diagnostics' ? 'Errors from the log' : 'End of the log'
    out.push(`**${label}:**\n\n${codeBlock(input.log.text)}`)
  }

  if (detail === 'full' || detail === 'reasons' || detail === 'addresses') {
    if (input.plan && (input.plan.changes.length || input.plan.drift.length || input.plan.outputs.length)) {
      const sections = resourceSections(input.plan, detail, perGroup)
      const open = input.plan.changes.length + input.plan.drift.length <= EXPAND_WHEN_AT_MOST
      out.push(details(`Resource changes (${input.plan.changes.length + input.plan.unlisted})`, sections.join('\n\n'), open))
    }
  }
  if (counts && detail !== 'link' && (counts.add || counts.change || counts.destroy || counts.replace)) {
    out.push(details('Counts', countsTable(counts), false))
  }
  if (input.planNote) out.push(`_${escapeText(input.planNote)}_`)
  if (omitted) out.push(`_${escapeText(omitted)}_`)
  return out.join('\n\n')
}

const TRUNCATED = 'Only the first addresses of each kind of change are listed, to fit; see the run page for the full plan.'

const OMITTED: Record<Detail, string | undefined> = {
  full: undefined,
  reasons: 'Changed attributes were left out to fit; see the run page for the full plan.',
  addresses: 'Reasons, replacement paths, drift and outputs were left out to fit; see the run page for the full plan.',
  counts: 'The resource list was left out to fit; see the run page for the full plan.',
  link: 'The plan is too large to show here; see the run page.'
}

/**
 * The most detailed rendering that fits in `limit` characters, degrading step by step:
 * full details, then addresses only, then counts and destroys only, then a link.
 */
export function renderWithinLimit(input: ReportInput, limit: number, reserve = 0): { markdown: string; detail: Detail } {
  for (const detail of DETAIL_LEVELS) {
    const markdown = renderReport(input, detail, OMITTED[detail])
    if (markdown.length + reserve <= limit) return { markdown, detail }
    if (detail === 'addresses') {
      // Before dropping the list altogether, keep the first addresses of every group (destroys come first).
      for (const perGroup of [3000, 1000, 300, 100, 30, 10]) {
        const shortened = renderReport(input, 'addresses', TRUNCATED, perGroup)
        if (shortened.length + reserve <= limit) return { markdown: shortened, detail: 'addresses' }
      }
    }
  }
  // The bare link level still did not fit (a huge log excerpt is not shown there, so this is near impossible).
  const markdown = renderReport(
    { ...input, failure: input.failure?.slice(0, 500), action: input.action.slice(0, 500) },
    'link',
    OMITTED.link
  )
  return { markdown: markdown.slice(0, Math.max(0, limit - reserve)), detail: 'link' }
}
