/** Plan and apply logs: STX/ETX framing (tfc-api.md §5.4), structured JSON lines or classic text (§5.5). */

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)/g

export function stripFraming(log: string): string {
  return log.replace(/^\x02/, '').replace(/\x03$/, '').replace(/[\x02\x03]/g, '')
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
  if (diagnostics.length) return { kind: 'diagnostics', text: stripAnsi(diagnostics.join('\n\n')) }
  const plain = stripAnsi(log)
    .split('\n')
    .filter(line => jsonLines === 0 || !line.startsWith('{'))
  while (plain.length && !plain[plain.length - 1].trim()) plain.pop()
  return { kind: 'tail', text: plain.slice(-tailLines).join('\n') }
}
