import type { TagFilter, WorkspaceSelection } from '../inputs-selection.js'
import type { StepContext } from '../run/context.js'
import { StepFailure, explained } from '../run/failures.js'
import { lookupWorkspace } from '../run/workspace.js'
import { findProjectId } from '../tfc/projects.js'
import type { Workspace } from '../tfc/types.js'
import { listWorkspaces } from '../tfc/workspaces.js'
import { globRegex, isGlob } from './glob.js'

/** The workspace list's query for tags, excluded tags and a project (tfc-api-addendum.md §5). */
export function filterQuery(tags: readonly TagFilter[], excludeTags: readonly string[], projectId?: string): Record<string, string> {
  const query: Record<string, string> = {}
  const names = tags.filter(t => t.kind === 'name').map(t => t.name)
  const bindings = tags.filter((t): t is Extract<TagFilter, { kind: 'binding' }> => t.kind === 'binding')
  if (names.length) query['search[tags]'] = names.join(',')
  bindings.forEach((b, i) => {
    query[`filter[tagged][${i}][key]`] = b.key
    query[`filter[tagged][${i}][value]`] = b.value
  })
  if (excludeTags.length) query['search[exclude-tags]'] = excludeTags.join(',')
  if (projectId) query['filter[project][id]'] = projectId
  return query
}

/** The selection in words, for errors, the report and the comment's key. */
export function describeSelection(selection: WorkspaceSelection): string {
  if (selection.kind === 'list') return selection.refs.join(', ')
  return [
    ...selection.tags.map(t => (t.kind === 'name' ? `tag ${t.name}` : `tag ${t.key}=${t.value}`)),
    ...(selection.project ? [`project ${selection.project}`] : []),
    ...selection.excludeTags.map(t => `not tag ${t}`)
  ].join(', ')
}

/**
 * The workspaces the inputs select, in name order, each once. A list entry that names nothing (a missing name,
 * a glob that matches nothing) fails, naming it; so does a filter that matches nothing.
 */
export async function selectWorkspaces(ctx: StepContext, selection: WorkspaceSelection): Promise<Workspace[]> {
  const { organization } = ctx.inputs
  const host = new URL(ctx.inputs.apiOrigin).host
  const byId = new Map<string, Workspace>()
  if (selection.kind === 'list') {
    let all: Workspace[] | undefined
    for (const ref of selection.refs) {
      if (!isGlob(ref)) {
        const workspace = await lookupWorkspace(ctx, ref, 'workspaces')
        byId.set(workspace.id, workspace)
        continue
      }
      all ??= await explained(
        () => listWorkspaces(ctx.http, organization, {}),
        `Could not list the workspaces of organization ${organization} on ${host}. Check \`organization\` and the token.`
      )
      const re = globRegex(ref)
      const matched = all.filter(w => re.test(w.name))
      if (!matched.length)
        throw new StepFailure(
          `Input \`workspaces\`: "${ref}" matches no workspace of organization ${organization} that the token can read. Nothing was created.`
        )
      for (const workspace of matched) byId.set(workspace.id, workspace)
    }
  } else {
    let projectId = selection.project
    if (projectId && !projectId.startsWith('prj-')) {
      const name = projectId
      projectId = await explained(
        () => findProjectId(ctx.http, organization, name),
        `Could not look up project "${name}" of organization ${organization} on ${host}. Check \`project\` and the token.`
      )
      if (!projectId)
        throw new StepFailure(
          `Input \`project\`: organization ${organization} has no project named "${name}" that the token can read. Nothing was created.`
        )
    }
    const query = filterQuery(selection.tags, selection.excludeTags, projectId)
    const found = await explained(
      () => listWorkspaces(ctx.http, organization, query),
      `Could not list the workspaces of organization ${organization} on ${host}. Check \`organization\` and the token.`
    )
    if (!found.length)
      throw new StepFailure(
        `No workspace of organization ${organization} matches ${describeSelection(selection)} (that the token can read). Check \`workspace-tags\`, \`exclude-tags\` and \`project\`. Nothing was created.`
      )
    for (const workspace of found) byId.set(workspace.id, workspace)
  }
  return [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
