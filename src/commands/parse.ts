/**
 * A pull-request comment as a command: only its first line, `<prefix> <verb> [-w NAME]…`. Pure: the comment's
 * text is untrusted, and this only ever returns one of a few shapes, never the text to run.
 */

export type Verb = 'plan' | 'apply' | 'discard' | 'help'
const VERBS: readonly Verb[] = ['plan', 'apply', 'discard', 'help']

export type Parsed =
  /** Not a command at all (another prefix, plain text): nothing is done or said. */
  | { kind: 'none' }
  /** A command this action does not know, or bad flags: the reply is the help text. */
  | { kind: 'invalid'; problem: string }
  | { kind: 'command'; verb: Verb; workspaces: string[] }

/** Workspace names and globs as `-w` takes them: what a workspace name or a glob on names can hold. */
const WORKSPACE_PATTERN = /^[A-Za-z0-9_*?[\]!-]{1,90}$/

export function parseCommand(body: string, prefix: string): Parsed {
  const line = (body.split(/\r?\n/, 1)[0] ?? '').trim()
  const words = line.split(/\s+/).filter(Boolean)
  if (words[0] !== prefix) return { kind: 'none' }
  const [, verb, ...rest] = words
  if (!verb) return { kind: 'invalid', problem: 'no command given' }
  if (!(VERBS as readonly string[]).includes(verb)) return { kind: 'invalid', problem: `unknown command "${shown(verb)}"` }
  const workspaces: string[] = []
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] !== '-w') return { kind: 'invalid', problem: `unknown flag "${shown(rest[i])}"` }
    const name = rest[++i]
    if (!name) return { kind: 'invalid', problem: '-w needs a workspace name or glob' }
    if (!WORKSPACE_PATTERN.test(name)) return { kind: 'invalid', problem: `"${shown(name)}" is not a workspace name or glob` }
    workspaces.push(name)
  }
  if (verb === 'help' && workspaces.length) return { kind: 'invalid', problem: 'help takes no flags' }
  return { kind: 'command', verb: verb as Verb, workspaces }
}

/** Comment text quoted back in a reply: short, one line, no markdown that could act. */
function shown(text: string): string {
  return text.slice(0, 40).replace(/[^\w./-]/g, '?')
}

export function helpText(prefix: string): string {
  return [
    `\`${prefix} plan\`: plan this pull request's head and save the plans, to be applied as reviewed.`,
    `\`${prefix} apply\`: apply the saved plans of this pull request's head, before the merge, once the apply requirements hold.`,
    `\`${prefix} discard\`: discard this pull request's saved plans that can still be applied.`,
    `\`${prefix} help\`: this text.`,
    '',
    `Add \`-w NAME\` (a workspace name or a glob, repeatable) to act on some of the workspaces. Only a comment's first line is read.`
  ].join('\n')
}
