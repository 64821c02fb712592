/**
 * The report's sections for what HCP Terraform decided besides the plan (policies, run tasks) and for Terraform's
 * diagnostics. Pure; every name and text from the API or a log goes into a code span or is escaped.
 */
import type { Diagnostic } from '../plan/diagnostics.js'
import { failedPolicies, policyStatusOf, type PolicyStatus, type RunChecks } from '../run/policy-status.js'
import { code, elided, escapeText, link, plural } from './markdown.js'

const STATUS_ICON: Record<PolicyStatus, string> = {
  passed: '✅',
  'advisory-failed': '⚠️',
  'soft-failed': '✋',
  'hard-failed': '❌',
  overridden: '☑️',
  errored: '💥',
  none: ''
}

const MAX_TEXT = 200
const MAX_LISTED = 20
/** A file name or address from a plan can be as long as a pull request makes it; its end says most. */
const MAX_NAME = 100

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return escapeText(line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line)
}

function capped(lines: string[]): string[] {
  return lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `- … and ${lines.length - MAX_LISTED} more`] : lines
}

export interface Overrides {
  what: string[]
  reason: string
}

/** Policies: the overall result, then each failed or advisory-failed policy with its set and level; passed ones counted. */
export function policiesSection(checks: RunChecks | undefined, overrides?: Overrides): string | undefined {
  const status = policyStatusOf(checks)
  if (!checks || status === 'none') return undefined
  const lines: string[] = []
  let passed = 0
  for (const set of checks.policySets) {
    passed += set.outcomes.length - failedPolicies(set).length
    const kind = set.kind === 'sentinel' ? 'Sentinel' : 'OPA'
    for (const policy of failedPolicies(set)) {
      const icon = policy.status === 'errored' ? '💥' : policy.enforcementLevel === 'mandatory' ? '❌' : '⚠️'
      const level = policy.status === 'errored' ? 'errored' : (policy.enforcementLevel ?? 'unknown level')
      lines.push(
        `- ${icon} ${code(policy.policyName)} in set ${code(set.policySetName)} (${kind}, ${escapeText(level)})${policy.description ? `: ${short(policy.description)}` : ''}`
      )
    }
    if (set.error) lines.push(`- 💥 set ${code(set.policySetName)} errored: ${short(set.error)}`)
  }
  for (const check of checks.sentinel) {
    const failed = check.policies.filter(p => !p.passed)
    passed += check.policies.length ? check.policies.length - failed.length : (check.result?.passed ?? 0)
    for (const policy of failed) {
      const icon = policy.level === 'advisory' ? '⚠️' : policy.level === 'soft-mandatory' && check.status !== 'hard_failed' ? '✋' : '❌'
      lines.push(
        `- ${icon} ${code(policy.name)} (Sentinel, ${escapeText(check.scope || 'organization')} check, ${escapeText(policy.level)})`
      )
    }
    if (!check.policies.length && check.status !== 'passed')
      lines.push(`- ${escapeText(check.scope || 'organization')} Sentinel policy check: ${escapeText(check.status)}`)
  }
  const head = `**Policies:** ${STATUS_ICON[status]} ${status}${passed ? ` · ${plural(passed, 'policy', 'policies')} passed` : ''}`
  const out = [head]
  if (lines.length) out.push(capped(lines).join('\n'))
  if (overrides?.what.length) out.push(`> Overridden by this step (\`override-policies\`): ${short(overrides.reason)}`)
  return out.join('\n\n')
}

const TASK_ICON: Record<string, string> = {
  passed: '✅',
  failed: '❌',
  errored: '💥',
  running: '⏳',
  pending: '⏳',
  canceled: '🚫',
  unreachable: '❔'
}

/** Run tasks: each task's name, result, enforcement level, message and link. */
export function tasksSection(checks: RunChecks | undefined): string | undefined {
  if (!checks?.tasks.length) return undefined
  const passed = checks.tasks.filter(t => t.status === 'passed').length
  const failed = checks.tasks.filter(t => t.status === 'failed' || t.status === 'errored').length
  const lines = checks.tasks.map(t => {
    const icon = t.status === 'failed' && t.enforcementLevel === 'advisory' ? '⚠️' : (TASK_ICON[t.status] ?? '•')
    const details = t.url ? ` ${link('details', t.url)}` : ''
    return `- ${icon} ${code(t.taskName)} — ${escapeText(t.status)} (${escapeText(t.enforcementLevel || 'unknown level')})${t.message ? `: ${short(t.message)}` : ''}${details}`
  })
  return `**Run tasks:** ${passed} passed, ${failed} failed\n\n${capped(lines).join('\n')}`
}

export interface ShownDiagnostic extends Diagnostic {
  /** The file in the repository, when the diagnostic maps to one; else Terraform's own filename. */
  where?: string
}

/**
 * The diagnostics, errors first: the first MAX_LISTED, each name shortened, so a plan's noise (60 failing checks
 * in a module at a long path) cannot crowd the counts and the destroy warning out of the comment.
 */
export function diagnosticsSection(diagnostics: readonly ShownDiagnostic[] | undefined, dropped = 0): string | undefined {
  if (!diagnostics?.length) return undefined
  const order = { error: 0, warning: 1, notice: 2 }
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity])
  const lines = sorted.map(d => {
    const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️'
    const label = d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Notice'
    const where = d.range ? ` — ${code(elided(d.where ?? d.range.filename, MAX_NAME))} line ${d.range.start.line}` : ''
    const address = d.address ? ` (${code(elided(d.address, MAX_NAME))})` : ''
    return `- ${icon} **${label}** (${d.phase}): ${short(d.summary)}${address}${where}${d.detail ? ` — ${short(d.detail)}` : ''}`
  })
  const errors = diagnostics.filter(d => d.severity === 'error').length
  const warnings = diagnostics.filter(d => d.severity === 'warning').length
  const unlisted = Math.max(0, lines.length - MAX_LISTED) + dropped
  const listed = lines.slice(0, MAX_LISTED)
  if (unlisted) listed.push(`- … and ${unlisted} more in the log (see the run page)`)
  return `**Terraform reported ${plural(errors, 'error')} and ${plural(warnings, 'warning')}${dropped ? ` (and ${dropped} more)` : ''}:**\n\n${listed.join('\n')}`
}
