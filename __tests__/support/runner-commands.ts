/**
 * What the GitHub runner would act on in a step's stdout, parsed as actions/runner does (ActionCommandManager):
 * lines split at CR and LF; each tried as `::name props::data` after leading white space (TryParseV2), else as
 * `##[name props]data` anywhere in the line (TryParse); between `::stop-commands::T` and `::T::` nothing but the
 * resume is acted on. Tests hold a step's output to this, so text from a run cannot pose as the action.
 */
export interface RunnerCommand {
  name: string
  properties: Record<string, string>
  data: string
  line: string
}

/** Commands the runner knows (an unknown name is printed, not parsed); the stop token is added while stopped. */
const KNOWN = new Set([
  'add-mask',
  'add-path',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'set-output',
  'set-env',
  'save-state',
  'add-matcher',
  'remove-matcher',
  'stop-commands'
])

function parseProperties(text: string, separator: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text.split(separator)) {
    const at = pair.indexOf('=')
    if (at > 0) out[pair.slice(0, at).trim()] = pair.slice(at + 1)
  }
  return out
}

function parseV2(line: string, known: Set<string>): RunnerCommand | undefined {
  const message = line.trimStart()
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!known.has(name)) return undefined
  return { name, properties: space < 0 ? {} : parseProperties(info.slice(space + 1), ','), data: message.slice(end + 2), line }
}

function parseLegacy(line: string, known: Set<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[')
  if (start < 0) return undefined
  const close = line.indexOf(']', start)
  if (close < 0) return undefined
  const info = line.slice(start + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!known.has(name)) return undefined
  return { name, properties: space < 0 ? {} : parseProperties(info.slice(space + 1), ';'), data: line.slice(close + 1), line }
}

/** The commands acted on, in order; stop-commands and their resumes are handled, not listed. */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const out: RunnerCommand[] = []
  let stopToken: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const known = stopToken ? new Set([...KNOWN, stopToken]) : KNOWN
    const command = parseV2(line, known) ?? parseLegacy(line, known)
    if (!command) continue
    if (stopToken) {
      if (command.name === stopToken) stopToken = undefined
      continue
    }
    if (command.name === 'stop-commands') {
      stopToken = command.data
      continue
    }
    out.push(command)
  }
  return out
}

/**
 * Commands in the output that the action did not mean: any command that sets outputs, state, paths or
 * environment, a mask or an annotation whose title is one of `forgedTitles`, or a stop the output never resumed.
 */
export function forgedCommands(stdout: string, forgedTitles: string[]): RunnerCommand[] {
  return runnerCommands(stdout).filter(
    c =>
      ['set-output', 'set-env', 'add-path', 'save-state', 'echo', 'add-matcher'].includes(c.name) ||
      (c.name === 'add-mask' && /^(hidden|x)$/.test(c.data)) ||
      forgedTitles.includes(c.properties.title ?? '') ||
      // An annotation line whose own data starts a second, legacy command: the runner acts on the first only, but
      // a reader (or a later parser) would not.
      /##\[(warning|error|set-output|add-mask)/.test(c.data)
  )
}
