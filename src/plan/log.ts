/** The excerpt of an errored plan or apply log that a report shows: its errors, or its last lines. */
import { formatDiagnostic, type LogDigest } from './diagnostics.js'
import { stripAnsi } from './log-text.js'

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
 * else its last lines (a text log's errors keep their context there).
 */
export function excerptOf(digest: LogDigest): LogExcerpt {
  const errors = digest.jsonLines > 0 ? digest.diagnostics.filter(d => d.severity === 'error') : []
  if (errors.length) return { kind: 'diagnostics', text: bounded(stripAnsi(errors.map(formatDiagnostic).join('\n\n')).split('\n')) }
  return { kind: 'tail', text: bounded(digest.lastLines()) }
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
