/**
 * Making untrusted text (addresses, output names, log lines from a plan) inert in GitHub-flavoured markdown.
 * Everything from a plan goes into a code span or a fenced block, where markdown, HTML, @mentions and #references
 * are not interpreted; the fence is always longer than any backtick run inside.
 */

function longestRun(text: string, char: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === char ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}

/** An inline code span that nothing inside can close; line breaks and control characters become visible marks. */
export function code(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, '␤').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '�')
  const fence = '`'.repeat(longestRun(flat, '`') + 1)
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : ''
  // Never put one in a table: GFM splits cells on a pipe even inside a code span.
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced code block that its content cannot close. */
export function codeBlock(text: string, info = ''): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '�')
  const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1))
  return `${fence}${info}\n${clean}\n${fence}`
}

/** A block nested in a list item: indented to the item's content, so GitHub keeps it inside the item. */
export function underListItem(item: string, block: string): string {
  return `${item}\n\n${block.replace(/^(?=.)/gm, '  ')}\n`
}

/**
 * Plain text outside code: backslash-escapes markdown punctuation and HTML, breaks @mentions and #references with a
 * word joiner so GitHub does not link or notify, and writes `$` (GitHub renders `$…$` as LaTeX) and the workflow
 * command markers `::` as entities, which render as the characters.
 */
export function escapeText(text: string): string {
  return inertMarks(
    text
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, c => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/([@#])(?=\w)/g, '$1\u2060')
  )
}

/**
 * Our own sentences, which may quote input names in backticks: markdown is kept, but HTML is neutralised,
 * @mentions and #references are broken, and brackets are escaped so no link or image can form, since they embed
 * names and texts that came from the API (a run task's message, a policy's name).
 */
export function escapeProse(text: string): string {
  const escaped = text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([@#])(?=\w)/g, '$1\u2060')
  // Inside a code span an entity would show as written; math, links and commands are inert there anyway.
  return codeSpans(escaped)
    .map(part => (part.code ? part.text : inertMarks(part.text).replace(/[[\]]/g, c => `\\${c}`)))
    .join('')
}

/**
 * The text cut into code spans and the rest, as CommonMark does: a run of N backticks opens a span that only the
 * next run of exactly N closes; a run with no such closer is literal text.
 */
export function codeSpans(text: string): Array<{ text: string; code: boolean }> {
  const out: Array<{ text: string; code: boolean }> = []
  const runs = [...text.matchAll(/`+/g)]
  let from = 0
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]
    if (open.index < from) continue
    const close = runs.slice(i + 1).find(r => r[0].length === open[0].length)
    if (!close) continue
    if (open.index > from) out.push({ text: text.slice(from, open.index), code: false })
    out.push({ text: text.slice(open.index, close.index + close[0].length), code: true })
    from = close.index + close[0].length
    i = runs.indexOf(close)
  }
  if (from < text.length) out.push({ text: text.slice(from), code: false })
  return out
}

/**
 * `$` (LaTeX math on GitHub), `::` and `##[` (workflow commands) as entities, and a word joiner in `http://`,
 * `https://` and `www.` so GitHub makes no bare link of them: the same characters on the page, nothing live.
 */
function inertMarks(text: string): string {
  return text
    .replace(/\$/g, '&#36;')
    .replace(/:(?=:)/g, '&#58;')
    .replace(/#(?=#\[)/g, '&#35;')
    .replace(/\b(https?(?=:)|www(?=\\?\.))/gi, '$1\u2060')
}

/** A link whose label is escaped text and whose target must be an http(s) URL we built ourselves. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\//.test(url)) return escapeText(label)
  return `[${escapeText(label)}](${url.replace(/[()\s<>]/g, c => encodeURIComponent(c))})`
}

/** `text` cut in the middle to `max` characters, keeping its start and its end (a file's name, a resource's key). */
export function elided(text: string, max: number): string {
  if (text.length <= max) return text
  const head = Math.floor((max - 1) / 3)
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
