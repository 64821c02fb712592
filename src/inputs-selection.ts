/**
 * The inputs that select several workspaces for one step (`workspaces`, `workspace-tags`, `exclude-tags`,
 * `project`) and how they are run (`changed-only`, `parallel`): read and checked before anything is sent.
 */
import { Inputs } from './constants.js'
import { InputError, type InputGetter } from './input-error.js'
import { inputLines } from './input-values.js'

/** A tag a workspace must carry: a flat tag name, or a key/value tag binding (`env=prod`). */
export type TagFilter = { kind: 'name'; name: string } | { kind: 'binding'; key: string; value: string }

export type WorkspaceSelection =
  /** Names, `ws-…` IDs, or globs on names (`app-*`), one per line. */
  | { kind: 'list'; refs: string[] }
  /** The organization's workspaces carrying every tag (and none of `excludeTags`), within `project` when given. */
  | { kind: 'filter'; tags: TagFilter[]; excludeTags: string[]; project?: string }

export interface SetInputs {
  selection: WorkspaceSelection
  /** Run only the workspaces the change touches: `auto` is true on a pull request or a push when several are selected. */
  changedOnly: 'auto' | 'true' | 'false'
  /** A comment command's `-w` names and globs: only these of the selection run (the rest are skipped, said so). */
  only?: string[]
  /** Runs created and followed at once. */
  parallel: number
}

const NAME_OR_GLOB = /^[A-Za-z0-9_*?[\]-]+$/
const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/
const PROJECT_ID = /^prj-[A-Za-z0-9]+$/
const MAX_PARALLEL = 50

function tagFilter(line: string): TagFilter {
  const at = line.indexOf('=')
  if (at < 0) {
    if (/[\s,]/.test(line))
      throw new InputError(Inputs.WorkspaceTags, `Input \`workspace-tags\` takes one tag per line; "${line}" holds several.`)
    return { kind: 'name', name: line }
  }
  const [key, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()]
  if (!key) throw new InputError(Inputs.WorkspaceTags, `Input \`workspace-tags\`: "${line}" has no key before =; write key=value.`)
  return { kind: 'binding', key, value }
}

/**
 * The selection of several workspaces, or undefined when the step serves one (`workspace`). Exactly one of
 * `workspace`, `workspaces`, `workspace-tags` and `project` may be given, except that `project` combines with
 * `workspace-tags`.
 */
export function parseSetInputs(get: InputGetter): SetInputs | undefined {
  const workspace = get(Inputs.Workspace).trim()
  const refs = inputLines(get(Inputs.Workspaces))
  const tags = inputLines(get(Inputs.WorkspaceTags)).map(tagFilter)
  const excludeTags = inputLines(get(Inputs.ExcludeTags))
  const project = get(Inputs.Project).trim()
  const chosen = [
    [Inputs.Workspace, workspace],
    [Inputs.Workspaces, refs.length],
    [Inputs.WorkspaceTags, tags.length || project]
  ].filter(([, given]) => given) as Array<[string, unknown]>
  if (chosen.length > 1) {
    const [first, second] = chosen.map(([name]) => (name === Inputs.WorkspaceTags && !tags.length ? Inputs.Project : name))
    throw new InputError(
      second,
      `Inputs \`${first}\` and \`${second}\` cannot be used together: each one chooses the workspaces (\`project\` combines only with \`workspace-tags\`). Remove one.`
    )
  }
  if (excludeTags.length && !tags.length && !project)
    throw new InputError(Inputs.ExcludeTags, 'Input `exclude-tags` narrows `workspace-tags` or `project`: give one of them, or remove it.')
  for (const tag of excludeTags) {
    if (tag.includes('=') || /[\s,]/.test(tag))
      throw new InputError(Inputs.ExcludeTags, `Input \`exclude-tags\` takes one tag name per line, not "${tag}".`)
  }
  const bad = refs.find(ref => !(ref.startsWith('ws-') ? WORKSPACE_ID.test(ref) : NAME_OR_GLOB.test(ref)))
  if (bad)
    throw new InputError(
      Inputs.Workspaces,
      `Input \`workspaces\` takes one workspace name, ws-… ID or glob on names (app-*) per line, not "${bad}".`
    )
  if (project && !PROJECT_ID.test(project) && /[\r\n]/.test(project))
    throw new InputError(Inputs.Project, 'Input `project` takes one project name or prj-… ID.')

  const changedRaw = (get(Inputs.ChangedOnly).trim() || 'auto').toLowerCase()
  if (!['auto', 'true', 'false'].includes(changedRaw))
    throw new InputError(Inputs.ChangedOnly, `Input \`changed-only\` must be auto, true or false, not "${get(Inputs.ChangedOnly).trim()}".`)
  const parallelRaw = get(Inputs.Parallel).trim() || '10'
  const parallel = Number(parallelRaw)
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL)
    throw new InputError(Inputs.Parallel, `Input \`parallel\` must be a whole number from 1 to ${MAX_PARALLEL}, not "${parallelRaw}".`)

  if (!refs.length && !tags.length && !project) {
    // The runner passes action.yml's defaults (`auto`, `10`) as inputs: only a value the workflow set is an error.
    for (const [name, value] of [
      [Inputs.ExcludeTags, excludeTags.length > 0],
      [Inputs.ChangedOnly, changedRaw !== 'auto'],
      [Inputs.Parallel, parallelRaw !== '10']
    ] as const) {
      if (value)
        throw new InputError(
          name,
          `Input \`${name}\` applies to several workspaces: select them with \`workspaces\`, \`workspace-tags\` or \`project\`.`
        )
    }
    return undefined
  }
  const selection: WorkspaceSelection = refs.length
    ? { kind: 'list', refs }
    : { kind: 'filter', tags, excludeTags, project: project || undefined }
  return { selection, changedOnly: changedRaw as SetInputs['changedOnly'], parallel }
}

/** Whether the selection names workspaces only by ID (then `organization` is not needed). */
export function selectionNeedsOrganization(selection: WorkspaceSelection): boolean {
  return selection.kind === 'filter' || selection.refs.some(ref => !ref.startsWith('ws-'))
}
