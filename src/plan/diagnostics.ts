/**
 * Terraform's diagnostics (errors and warnings) read from a plan or apply log line by line, in either format
 * (tfc-api-addendum.md §4): structured JSON lines give each diagnostic's file and range; a text log gives the
 * `on FILE line N` form. Only what a report and annotations need is kept, so a log of any length costs little.
 */
import { stripAnsi } from './log-text.js'

export type Severity = 'error' | 'warning' | 'notice'

export interface Position {
  line: number
  /** 1-based, counting Unicode characters; absent in a text log. */
  column?: number
}

export interface Diagnostic {
  severity: Severity
  summary: string
  detail: string
  phase: 'plan' | 'apply'
  /** The resource instance it concerns, when Terraform names one. */
  address?: string
  /** `filename` is relative to the directory Terraform ran in; `end` is exclusive. */
  range?: { filename: string; start: Position; end?: Position }
  snippet?: { context?: string; code?: string }
}

/** A log's diagnostics as kept: the first MAX_KEPT_DIAGNOSTICS, and how many more there were. */
export interface Diagnostics {
  items: Diagnostic[]
  dropped: number
}

/** More would not be read by anyone; the count of the rest is kept. */
export const MAX_KEPT_DIAGNOSTICS = 50
const MAX_DETAIL = 2_000
const MAX_TEXT_DETAIL_LINES = 20

interface RawDiagnostic {
  severity?: unknown
  summary?: unknown
  detail?: unknown
  address?: unknown
  range?: { filename?: unknown; start?: { line?: unknown; column?: unknown }; end?: { line?: unknown; column?: unknown } } | null
  snippet?: { context?: unknown; code?: unknown } | null
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function position(raw: { line?: unknown; column?: unknown } | undefined): Position | undefined {
  if (!raw || typeof raw.line !== 'number' || raw.line < 1) return undefined
  return typeof raw.column === 'number' && raw.column >= 1 ? { line: raw.line, column: raw.column } : { line: raw.line }
}

function severityOf(value: unknown): Severity {
  return value === 'error' ? 'error' : value === 'warning' ? 'warning' : 'notice'
}

/** A structured log's diagnostic message (addendum §4.2) as a Diagnostic. */
export function fromStructured(raw: RawDiagnostic, phase: 'plan' | 'apply'): Diagnostic {
  const diagnostic: Diagnostic = {
    severity: severityOf(raw.severity),
    summary: text(raw.summary),
    detail: text(raw.detail).slice(0, MAX_DETAIL),
    phase
  }
  if (typeof raw.address === 'string' && raw.address) diagnostic.address = raw.address
  const start = position(raw.range?.start)
  if (raw.range && typeof raw.range.filename === 'string' && raw.range.filename && start) {
    diagnostic.range = { filename: raw.range.filename, start, end: position(raw.range.end) }
  }
  if (raw.snippet && (typeof raw.snippet.code === 'string' || typeof raw.snippet.context === 'string')) {
    diagnostic.snippet = { context: text(raw.snippet.context) || undefined, code: text(raw.snippet.code) || undefined }
  }
  return diagnostic
}

const TEXT_START = /^(Error|Warning): (.*)$/
const TEXT_LOCATION = /^\s+on (\S+) line (\d+)(?:, in (.*))?:$/
const TEXT_SNIPPET = /^\s+\d+: /
const BOX = /^[│╷╵]\s?/
/** The expression values Terraform prints under the source line (`├────` / `│ var.replicas is 0`): not the detail. */
const VALUES_BOX = /^\s+[├│]/
/**
 * Where an unboxed (colourless) diagnostic's detail ends, short of the next diagnostic: the lines Terraform prints
 * after its diagnostics, and the rule above its notes.
 */
const AFTER_DIAGNOSTICS =
  /^(─{8,}|Operation failed:|Planning failed\.|Apply complete!|Plan: \d|No changes\.|Note: |Terraform (will perform|used the selected))/

/**
 * Collects diagnostics and the last lines of a log, fed one line at a time (the log follower's lines, or a whole
 * log split). A line that parses as JSON is a structured message; any other line is text, read for the
 * `Error: …` / `on FILE line N` form unless the log has shown it is structured (HCP Terraform prints a few
 * text lines before the JSON ones).
 */
export class LogDigest {
  readonly diagnostics: Diagnostic[] = []
  /** Diagnostics past MAX_KEPT_DIAGNOSTICS, counted. */
  dropped = 0
  structured = false
  /** Lines that were JSON messages. */
  jsonLines = 0
  /** The last lines as a person reads them (a JSON line's `@message`), colour codes removed. */
  private readonly tail: string[] = []
  private open: (Diagnostic & { boxed: boolean; detailLines: string[] }) | undefined

  constructor(
    readonly phase: 'plan' | 'apply',
    private readonly tailLines = 40
  ) {}

  line(raw: string): void {
    const line = raw.replace(/\r$/, '')
    if (line.startsWith('{')) {
      const entry = parseJson(line)
      if (entry) {
        this.jsonLines++
        this.closeText()
        if (entry.type === 'version' && entry['@module'] === 'terraform.ui' && String(entry.ui).startsWith('1')) this.structured = true
        if (entry.type === 'diagnostic' && entry.diagnostic && typeof entry.diagnostic === 'object') {
          this.keep(fromStructured(entry.diagnostic, this.phase))
        }
        this.pushTail(typeof entry['@message'] === 'string' ? entry['@message'] : line)
        return
      }
    }
    const plain = stripAnsi(line)
    this.pushTail(plain)
    if (!this.structured) this.textLine(plain)
  }

  /** Ends the log: a text diagnostic still open is complete. */
  end(): void {
    this.closeText()
  }

  /** The last lines of the log, blank ones at the end dropped. */
  lastLines(): string[] {
    const lines = [...this.tail]
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop()
    return lines
  }

  private pushTail(line: string): void {
    this.tail.push(line)
    if (this.tail.length > this.tailLines) this.tail.shift()
  }

  private keep(diagnostic: Diagnostic): void {
    if (this.diagnostics.length < MAX_KEPT_DIAGNOSTICS) this.diagnostics.push(diagnostic)
    else this.dropped++
  }

  private textLine(line: string): void {
    const boxed = BOX.test(line)
    const closesBox = line.startsWith('╵')
    const content = line.replace(BOX, '')
    const start = TEXT_START.exec(content)
    if (start) {
      this.closeText()
      this.open = {
        severity: start[1] === 'Error' ? 'error' : 'warning',
        summary: start[2].trim(),
        detail: '',
        phase: this.phase,
        boxed,
        detailLines: []
      }
      return
    }
    const open = this.open
    if (!open) return
    if (closesBox || (open.boxed && !boxed)) return this.closeText()
    const location = TEXT_LOCATION.exec(content)
    if (location && !open.range && !open.detailLines.length) {
      open.range = { filename: location[1], start: { line: Number(location[2]) } }
      if (location[3]) open.snippet = { context: location[3] }
      return
    }
    if (TEXT_SNIPPET.test(content) && open.range && !open.detailLines.length) {
      open.snippet = { ...open.snippet, code: content.replace(TEXT_SNIPPET, '') }
      return
    }
    if (VALUES_BOX.test(content) && open.range && !open.detailLines.length) return
    // Unboxed (without colour, or older Terraform), nothing marks the end: the detail runs, paragraphs and all,
    // up to the next diagnostic or what Terraform prints after its diagnostics.
    if (!open.boxed && AFTER_DIAGNOSTICS.test(content)) return this.closeText()
    if (!content.trim()) {
      if (open.detailLines.length) open.detailLines.push('')
      return
    }
    if (open.detailLines.length < MAX_TEXT_DETAIL_LINES) open.detailLines.push(content.trimEnd())
  }

  private closeText(): void {
    const open = this.open
    if (!open) return
    this.open = undefined
    while (open.detailLines.length && !open.detailLines[open.detailLines.length - 1]) open.detailLines.pop()
    const { severity, summary, phase, range, snippet } = open
    this.keep({ severity, summary, phase, range, snippet, detail: open.detailLines.join('\n').slice(0, MAX_DETAIL) })
  }
}

function parseJson(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** Reads a whole log (framing removed) into a digest. */
export function digestLog(log: string, phase: 'plan' | 'apply', tailLines?: number): LogDigest {
  const digest = new LogDigest(phase, tailLines)
  for (const line of log.split('\n')) digest.line(line)
  digest.end()
  return digest
}

/** A diagnostic as Terraform prints it, for the report and the job log. */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Notice'}: ${d.summary}`]
  if (d.range) {
    lines.push('', `  on ${d.range.filename} line ${d.range.start.line}${d.snippet?.context ? `, in ${d.snippet.context}` : ''}:`)
    if (d.snippet?.code) lines.push(`  ${d.range.start.line}: ${d.snippet.code}`)
  }
  if (d.detail) lines.push('', d.detail)
  return lines.join('\n')
}
