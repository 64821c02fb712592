/**
 * Text from a run, the API, a comment or a file name is untrusted: printed as it is, a line could be read by the
 * runner as a workflow command. The runner reads `::name::` at the start of a line (after leading white space,
 * `ActionCommand.TryParseV2`) and the legacy `##[name]` anywhere in a line (`TryParse`); it splits lines at CR as at
 * LF. Everything the step prints goes through here (core-io.ts), so no caller has to remember which text is whose.
 */

/** Could a line of this text be read as a command? Over-inclusive on purpose: the cost is two extra log lines. */
export function commandLike(text: string): boolean {
  return text.includes('::') || text.includes('##[')
}

/**
 * The lines that print `text` unchanged with command processing stopped around it, as GitHub advises for untrusted
 * output: `::stop-commands::<token>` … `::<token>::`. `token` must give an unguessable one (fresh per call), or the
 * text could resume processing itself; it is asked for only when the text needs it.
 */
export function guardedLines(text: string, token: () => string): string[] {
  if (!commandLike(text)) return [text]
  const end = token()
  return [`::stop-commands::${end}`, text, `::${end}::`]
}

/**
 * Annotation text, group names and failure messages are themselves commands (`::error::…`), so they cannot be
 * wrapped: a zero-width space between the two colons and after `##` leaves what a reader sees unchanged and
 * gives the runner nothing to parse.
 */
export function neutralised(text: string): string {
  return text.replace(/:(?=:)/g, ':\u200b').replace(/##\[/g, '##\u200b[')
}
