import type { TfcHttp } from './http.js'
import { parseDocument, relId, single, str, bool, type Document, type Resource } from './jsonapi.js'
import { pages } from './pages.js'
import { toRun } from './runs.js'
import type { Run, Workspace, WorkspacePermission } from './types.js'

const PERMISSIONS: Record<WorkspacePermission, string> = {
  queueRun: 'can-queue-run',
  queueApply: 'can-queue-apply',
  queueDestroy: 'can-queue-destroy'
}

export function toWorkspace(resource: Resource): Workspace {
  const links = resource.links ?? {}
  const raw = (resource.attributes.permissions ?? {}) as Record<string, unknown>
  const permissions: Partial<Record<WorkspacePermission, boolean>> = {}
  // A permission the server does not send is unknown, not denied: older Terraform Enterprise omits some.
  for (const [name, key] of Object.entries(PERMISSIONS) as Array<[WorkspacePermission, string]>) {
    if (typeof raw[key] === 'boolean') permissions[name] = raw[key]
  }
  const lockedBy = resource.relationships?.['locked-by']?.data
  return {
    id: resource.id,
    name: str(resource, 'name'),
    organization: relId(resource, 'organization') ?? '',
    autoApply: bool(resource, 'auto-apply'),
    locked: bool(resource, 'locked'),
    lockedReason: str(resource, 'locked-reason') || undefined,
    lockedBy: lockedBy && !Array.isArray(lockedBy) ? { id: lockedBy.id, type: lockedBy.type } : undefined,
    executionMode: str(resource, 'execution-mode') || 'remote',
    // It comes back as "", null or with a leading slash ("/networking"): §1.5.
    workingDirectory: str(resource, 'working-directory').replace(/^\/+|\/+$/g, ''),
    currentRunId: relId(resource, 'current-run'),
    permissions,
    htmlUrl: typeof links['self-html'] === 'string' ? links['self-html'] : undefined,
    triggers: {
      // Absent (older servers, API-driven workspaces): HCP Terraform's default is on.
      fileTriggersEnabled: resource.attributes['file-triggers-enabled'] !== false,
      prefixes: strings(resource.attributes['trigger-prefixes']),
      patterns: strings(resource.attributes['trigger-patterns'])
    }
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : []
}

/** Pages of the workspace list read at most, 100 a page: organizations with thousands of workspaces exist. */
const LIST_PAGES = 100

/**
 * The organization's workspaces matching `query` (`search[tags]`, `filter[tagged][0][key]`, `filter[project][id]`,
 * `search[wildcard-name]`, …), every page, 100 at a time.
 */
export async function listWorkspaces(http: TfcHttp, organization: string, query: Record<string, string>): Promise<Workspace[]> {
  const found: Workspace[] = []
  for await (const page of pages(http, `organizations/${encodeURIComponent(organization)}/workspaces`, LIST_PAGES, query))
    found.push(...page.map(toWorkspace))
  return found
}

function workspacePath(ref: string, organization: string): string {
  return ref.startsWith('ws-')
    ? `workspaces/${encodeURIComponent(ref)}`
    : `organizations/${encodeURIComponent(organization)}/workspaces/${encodeURIComponent(ref)}`
}

/** A `ws-…` ID is looked up directly; a name needs its organization (tfc-api.md §2.1). */
export async function readWorkspace(http: TfcHttp, ref: string, organization: string): Promise<Workspace> {
  const path = workspacePath(ref, organization)
  const response = await http.request('GET', path)
  return toWorkspace(single(parseDocument(response.body, `GET /api/v2/${path}`)))
}

/** Who holds a workspace: its lock (a user, a team or a run) and its current run, side-loaded in one read (§1.5). */
export interface WorkspaceHolders {
  workspace: Workspace
  /** A user's name, a team's name, or a run's ID. */
  lockedBy?: { type: string; id: string; name: string }
  currentRun?: Run
}

export async function readWorkspaceHolders(http: TfcHttp, workspaceId: string): Promise<WorkspaceHolders> {
  const path = `workspaces/${encodeURIComponent(workspaceId)}?include=current_run,locked_by`
  const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}`)
  const workspace = toWorkspace(single(doc))
  const lock = workspace.lockedBy
  const lockedBy = lock ? { ...lock, name: nameOf(included(doc, lock.type, lock.id)) ?? lock.id } : undefined
  const current = workspace.currentRunId ? included(doc, 'runs', workspace.currentRunId) : undefined
  return { workspace, lockedBy, currentRun: current ? toRun(current) : undefined }
}

function included(doc: Document, type: string, id: string): Resource | undefined {
  return doc.included?.find(resource => resource.type === type && resource.id === id)
}

function nameOf(resource: Resource | undefined): string | undefined {
  if (!resource) return undefined
  return str(resource, 'username') || str(resource, 'name') || undefined
}
