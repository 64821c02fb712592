/** Plan and apply logs: STX/ETX framing (tfc-api.md §5.4), structured JSON lines or classic text (§5.5). */

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)/g

export function stripFraming(log: string): string {
  return log
    .replace(/^\x02/, '')
    .replace(/\x03$/, '')
    .replace(/[\x02\x03]/g, '')
}

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}

interface Diagnostic {
  severity?: string
  summary?: string
  detail?: string
  range?: { filename?: string; start?: { line?: number } }
  snippet?: { code?: string; context?: string | null }
}

function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.severity === 'warning' ? 'Warning' : 'Error'}: ${d.summary ?? ''}`]
  if (d.range?.filename) {
    const where = `  on ${d.range.filename}${d.range.start?.line ? ` line ${d.range.start.line}` : ''}${d.snippet?.context ? `, in ${d.snippet.context}` : ''}:`
    lines.push('', where)
    if (d.snippet?.code) lines.push(`  ${d.range.start?.line ?? ''}: ${d.snippet.code}`)
  }
  if (d.detail) lines.push('', d.detail)
  return lines.join('\n')
}

/** A comment has room for a readable excerpt, not for a 96 KB line of provider output. */
const MAX_LINE = 1_000
const MAX_EXCERPT = 10_000

function bounded(lines: string[]): string {
  const cut = lines.map(line =>
    line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} … (${line.length - MAX_LINE} more characters)` : line
  )
  const text = cut.join('\n')
  return text.length > MAX_EXCERPT ? `…\n${text.slice(text.length - MAX_EXCERPT)}` : text
}

export interface LogExcerpt {
  kind: 'diagnostics' | 'tail'
  text: string
}

/**
 * The part of an errored log a reader needs: the error diagnostics when the log is structured (JSON lines),
 * else the last lines of the plain log with colour codes removed.
 */
export function errorExcerpt(rawLog: string, tailLines = 40): LogExcerpt {
  const log = stripFraming(rawLog)
  const diagnostics: string[] = []
  let jsonLines = 0
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue
    try {
      const entry = JSON.parse(line) as { type?: string; diagnostic?: Diagnostic; '@level'?: string }
      jsonLines++
      if (entry.type === 'diagnostic' && entry.diagnostic && (entry.diagnostic.severity ?? entry['@level']) === 'error') {
        diagnostics.push(formatDiagnostic(entry.diagnostic))
      }
    } catch {
      // a plain line that happens to start with a brace
    }
  }
  if (diagnostics.length) return { kind: 'diagnostics', text: bounded(stripAnsi(diagnostics.join('\n\n')).split('\n')) }
  // Structured logs without an error diagnostic: their human-readable messages are what a reader wants.
  const plain = stripAnsi(log)
    .split('\n')
    .map(line => (jsonLines > 0 && line.startsWith('{') ? messageOf(line) : line))
  while (plain.length && !plain[plain.length - 1].trim()) plain.pop()
  return { kind: 'tail', text: bounded(plain.slice(-tailLines)) }
}

/** A log line as a person reads it: a structured (JSON-lines) log's `@message`, or the line itself. */
export function messageOf(line: string): string {
  try {
    const message = (JSON.parse(line) as { '@message'?: unknown })['@message']
    return typeof message === 'string' ? message : line
  } catch {
    return line
  }
}
