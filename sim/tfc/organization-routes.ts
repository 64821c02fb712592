/**
 * The simulator's organization routes: what the Terraform CLI reads of an organization (its entitlements at `init`,
 * its run capacity and run queue while a run waits). Documents as go-tfe decodes them.
 */
import type { ServerResponse } from 'node:http'
import { runDoc, workspaceDoc } from './documents.js'
import type { SimRun, SimWorkspace, TokenRole } from './model.js'
import type { RunMachine } from './run-machine.js'
import type { Pager } from './responder.js'

/** Statuses in which a run waits for the organization's capacity. */
const WAITING = new Set(['plan_queued', 'apply_queued'])
/** Statuses in which a run holds one of the organization's concurrent run slots. */
const RUNNING = new Set(['planning', 'applying', 'pre_plan_running', 'post_plan_running', 'pre_apply_running', 'post_apply_running'])

export class OrganizationRoutes {
  constructor(
    private readonly machine: RunMachine,
    private readonly workspaces: Map<string, SimWorkspace>,
    private readonly http: Pager,
    private readonly projects: Map<string, { name: string; organization: string }>
  ) {}

  /** The answer when `path` is an organization route; undefined when it is not one. */
  route(method: string, path: string, url: URL, res: ServerResponse, role: TokenRole): number | undefined {
    const list = /^\/api\/v2\/organizations\/([^/]+)\/(workspaces|projects)$/.exec(path)
    if (list && method === 'GET') {
      const organization = decodeURIComponent(list[1])
      return list[2] === 'workspaces' ? this.listWorkspaces(organization, url, res, role) : this.listProjects(organization, url, res)
    }
    const m = /^\/api\/v2\/organizations\/([^/]+)\/(entitlement-set|capacity|runs\/queue)$/.exec(path)
    if (!m || method !== 'GET') return undefined
    const organization = decodeURIComponent(m[1])
    if (![...this.workspaces.values()].some(ws => ws.organization === organization)) return this.http.error(res, 404, 'not found')
    switch (m[2]) {
      case 'entitlement-set':
        return this.http.send(res, 200, { data: entitlements(organization) })
      case 'capacity': {
        const statuses = this.runsOf(organization).map(run => this.machine.advance(run))
        return this.http.send(res, 200, {
          data: {
            id: organization,
            type: 'organization-capacity',
            attributes: { pending: statuses.filter(s => WAITING.has(s)).length, running: statuses.filter(s => RUNNING.has(s)).length }
          }
        })
      }
      default:
        return this.queue(organization, url, res)
    }
  }

  /**
   * The organization's run queue: runs waiting for the organization's capacity, in the order they arrived, each
   * with its `position-in-queue` (go-tfe's `ReadRunQueue`, as the CLI reads it).
   */
  private queue(organization: string, url: URL, res: ServerResponse): number {
    const waiting = this.runsOf(organization)
      .filter(run => WAITING.has(this.machine.advance(run)))
      .sort((a, b) => a.createdAt - b.createdAt)
    const docs = waiting.map((run, i) => {
      const doc = runDoc(this.machine, run)
      ;(doc.attributes as Record<string, unknown>)['position-in-queue'] = i + 1
      return doc
    })
    return this.http.page(docs, url, res)
  }

  /**
   * The workspace list (tfc-api-addendum.md §5): `search[name]` (a substring), `search[wildcard-name]` (`*` at
   * either end), `search[tags]` (flat tags, all of them), `search[exclude-tags]` (none of them),
   * `filter[tagged][i][key|value]` (key/value bindings, all of them), `filter[project][id]`; paged, in name order.
   */
  private listWorkspaces(organization: string, url: URL, res: ServerResponse, role: TokenRole): number {
    const q = url.searchParams
    const tags = (q.get('search[tags]') ?? '').split(',').filter(Boolean)
    const excluded = (q.get('search[exclude-tags]') ?? '').split(',').filter(Boolean)
    const bindings: Array<{ key: string; value: string }> = []
    for (let i = 0; q.has(`filter[tagged][${i}][key]`); i++)
      bindings.push({ key: q.get(`filter[tagged][${i}][key]`)!, value: q.get(`filter[tagged][${i}][value]`) ?? '' })
    const wildcard = q.get('search[wildcard-name]')
    const wildcardRe = wildcard
      ? new RegExp(
          `^${wildcard
            .split('*')
            .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`
        )
      : undefined
    const name = q.get('search[name]')
    const project = q.get('filter[project][id]')
    const found = [...this.workspaces.values()]
      .filter(ws => ws.organization === organization)
      .filter(ws => !name || ws.name.includes(name))
      .filter(ws => !wildcardRe || wildcardRe.test(ws.name))
      .filter(ws => tags.every(tag => ws.tags?.includes(tag)))
      .filter(ws => !excluded.some(tag => ws.tags?.includes(tag)))
      .filter(ws => bindings.every(b => ws.tagBindings?.some(t => t.key === b.key && t.value === b.value)))
      .filter(ws => !project || ws.projectId === project)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    return this.http.page(
      found.map(ws => workspaceDoc(ws, role)),
      url,
      res
    )
  }

  /** Projects, with `filter[names]` (exact names, comma-separated, any of them). */
  private listProjects(organization: string, url: URL, res: ServerResponse): number {
    const names = (url.searchParams.get('filter[names]') ?? '').split(',').filter(Boolean)
    const docs = [...this.projects.entries()]
      .filter(([, p]) => p.organization === organization && (!names.length || names.includes(p.name)))
      .map(([id, p]) => ({ id, type: 'projects', attributes: { name: p.name } }))
    return this.http.page(docs, url, res)
  }

  private runsOf(organization: string): SimRun[] {
    return [...this.machine.runs.values()].filter(run => this.workspaces.get(run.workspaceId)?.organization === organization)
  }
}

/** What the organization may use: everything, as on a paid HCP Terraform plan (the CLI needs `operations`). */
function entitlements(organization: string): Record<string, unknown> {
  return {
    id: `org-${organization}`,
    type: 'entitlement-sets',
    attributes: {
      operations: true,
      'private-module-registry': true,
      sentinel: true,
      'state-storage': true,
      teams: true,
      'vcs-integrations': true,
      'cost-estimation': true,
      'run-tasks': true,
      'policy-enforcement': true,
      agents: true,
      'audit-logging': true,
      sso: true
    }
  }
}
