/**
 * One report for several workspaces: a table of every selected workspace (result, counts, policies, cost, run),
 * skipped ones included with why, then each workspace's own report collapsed, destroys first. Fits a limit: the
 * table always whole, the details degrading by the single-workspace rules, the biggest first. Pure.
 */
import { destroyCount } from '../plan/summary.js'
import { code, escapeProse, escapeText, link } from '../report/markdown.js'
import { countsOf, headlineOf, renderWithinLimit, type ReportInput } from '../report/render.js'

export interface SetRow {
  /** `organization/workspace`. */
  label: string
  workspaceUrl: string
  /** The workspace's report; undefined when it was skipped or failed before it had a run. */
  report?: ReportInput
  /** Why it was skipped, or what failed before a run existed. */
  note?: string
  skipped?: boolean
  failed?: boolean
  policyStatus?: string
}

/** A workspace that selected workspaces trigger (run triggers): applied after them. */
export interface TriggerLink {
  /** `organization/workspace`. */
  workspace: string
  upstreams: string[]
  /** Why its apply was held back: an upstream did not apply. */
  held?: string
  /** Runs HCP Terraform queued in it after an upstream applied in this step. */
  queued: Array<{ id: string; status: string; source: string; url: string }>
}

export interface SetReport {
  /** The selection, in words ("tag team=platform", "app-*"). */
  selection: string
  rows: SetRow[]
  /** Which workspaces ran and why: how the changed files were found (or why not), or whose reviewed plans. */
  note?: string
  triggers?: TriggerLink[]
}

const DETAILS_FLOOR = 600

function resultOf(row: SetRow): string {
  if (row.skipped) return '⏭️ skipped'
  if (!row.report) return '❌ failed'
  const { icon, title } = headlineOf(row.report.outcome)
  return `${icon} ${title}`
}

function tableRow(row: SetRow): string {
  const counts = row.report && countsOf(row.report)
  const cells = [
    link(row.label, row.workspaceUrl),
    resultOf(row),
    counts ? String(counts.add) : '',
    counts ? String(counts.change) : '',
    counts ? String(counts.replace) : '',
    counts ? (counts.destroy ? `**${counts.destroy}**` : '0') : '',
    row.policyStatus && row.policyStatus !== 'none' ? row.policyStatus : '',
    row.report?.cost ? escapeText(row.report.cost.split(' · ')[0]) : '',
    row.report ? link(row.report.run.id, row.report.run.url) : row.note ? escapeText(row.note) : ''
  ]
  return `| ${cells.join(' | ')} |`
}

function headOf(set: SetReport): string {
  const ran = set.rows.filter(r => !r.skipped)
  const failed = ran.filter(r => r.failed)
  const destroys = ran.reduce((sum, r) => sum + ((r.report && countsOf(r.report) && destroyCount(countsOf(r.report)!)) || 0), 0)
  const icon = failed.length ? '❌' : '📋'
  const lines = [
    `### ${icon} HCP Terraform: ${ran.length} of ${set.rows.length} ${set.rows.length === 1 ? 'workspace' : 'workspaces'} (${escapeText(set.selection)})`
  ]
  if (set.note) lines.push(`_${escapeProse(set.note)}_`)
  if (destroys)
    lines.push(
      `> [!WARNING]\n> **These plans destroy or replace ${destroys} ${destroys === 1 ? 'resource' : 'resources'}**: see each workspace below.`
    )
  if (failed.length) lines.push(`**Failed:** ${failed.map(r => code(r.label)).join(', ')}`)
  lines.push(
    [
      '| workspace | result | add | change | replace | destroy | policies | cost | run |',
      '|---|---|---:|---:|---:|---:|---|---|---|',
      ...set.rows.map(tableRow)
    ].join('\n')
  )
  if (set.triggers?.length) lines.push(triggersSection(set.triggers))
  const skipped = set.rows.filter(r => r.skipped)
  if (skipped.length)
    lines.push(
      `<details><summary>Skipped (${skipped.length})</summary>\n\n${skipped.map(r => `- ${code(r.label)}: ${escapeProse(r.note ?? '')}`).join('\n')}\n\n</details>`
    )
  return lines.join('\n\n')
}

/** Whom each downstream waits for, what its plan could not see, and what HCP Terraform queued in it. */
function triggersSection(links: readonly TriggerLink[]): string {
  const items = links.map(t => {
    const upstreams = t.upstreams.map(code).join(', ')
    const lines = [
      `- ${code(t.workspace)}, triggered by ${upstreams}: applied only after ${t.upstreams.length === 1 ? 'it applies' : 'they apply'}; its plan reads their current state, not what this change makes of it.`
    ]
    if (t.held) lines.push(`  ⏸️ ${escapeProse(t.held)}`)
    for (const run of t.queued)
      lines.push(
        `  HCP Terraform queued ${link(run.id, run.url)} (${escapeText(run.status)}) here after ${code(run.source)} applied; this step does not follow it.`
      )
    return lines.join('\n')
  })
  return `**Run triggers** (applies go upstream first)\n${items.join('\n')}`
}

function detailsOf(row: SetRow, markdown: string): string {
  return `<details><summary>${escapeText(row.label)}: ${escapeText(resultOf(row))}</summary>\n\n${markdown}\n\n</details>`
}

/** The combined report within `limit` characters. */
export function renderSet(set: SetReport, limit: number): string {
  const head = headOf(set)
  // Destroys first, then the rest in table order.
  const withReports = set.rows
    .filter(r => r.report)
    .map((row, order) => ({
      row,
      order,
      destroys: destroyCount(countsOf(row.report!) ?? { add: 0, change: 0, replace: 0, destroy: 0, import: 0, move: 0, read: 0, forget: 0 })
    }))
    .sort((a, b) => Number(b.destroys > 0) - Number(a.destroys > 0) || a.order - b.order)
  const wrapper = (row: SetRow): number => detailsOf(row, '').length + 2
  const budgets = withReports.map(({ row }) => renderWithinLimit(row.report!, limit).markdown.length)
  const room = limit - head.length - 2
  // The biggest gives way first, halving, until all fit or none can give more.
  const total = (): number => budgets.reduce((sum, b, i) => sum + b + wrapper(withReports[i].row), 0)
  const rendered = budgets.map((b, i) => renderWithinLimit(withReports[i].row.report!, b).markdown)
  while (total() > room) {
    let biggest = -1
    for (let i = 0; i < budgets.length; i++) if (budgets[i] > DETAILS_FLOOR && (biggest < 0 || budgets[i] > budgets[biggest])) biggest = i
    if (biggest < 0) break
    budgets[biggest] = Math.max(DETAILS_FLOOR, Math.floor(budgets[biggest] / 2))
    rendered[biggest] = renderWithinLimit(withReports[biggest].row.report!, budgets[biggest]).markdown
    budgets[biggest] = rendered[biggest].length
  }
  const parts = [head]
  let left = limit - head.length
  for (let i = 0; i < withReports.length; i++) {
    const block = detailsOf(withReports[i].row, rendered[i])
    if (block.length + 2 > left) {
      parts.push(`_${withReports.length - i} workspace reports were left out to fit; see each run page._`)
      break
    }
    parts.push(block)
    left -= block.length + 2
  }
  return parts.join('\n\n').slice(0, limit)
}
