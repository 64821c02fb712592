/**
 * The simulator's organization routes: what the Terraform CLI reads of an organization (its entitlements at `init`,
 * its run capacity and run queue while a run waits). Documents as go-tfe decodes them.
 */
import type { ServerResponse } from 'node:http'
import { runDoc } from './documents.js'
import type { SimRun, SimWorkspace } from './model.js'
import type { RunMachine } from './run-machine.js'

interface Pager {
  send(res: ServerResponse, status: number, body?: unknown, headers?: Record<string, string>): number
  error(res: ServerResponse, status: number, title: string, detail?: string): number
  page(docs: unknown[], url: URL, res: ServerResponse, meta?: Record<string, unknown>): number
}

/** Statuses in which a run waits for the organization's capacity. */
const WAITING = new Set(['plan_queued', 'apply_queued'])
/** Statuses in which a run holds one of the organization's concurrent run slots. */
const RUNNING = new Set(['planning', 'applying', 'pre_plan_running', 'post_plan_running', 'pre_apply_running', 'post_apply_running'])

export class OrganizationRoutes {
  constructor(
    private readonly machine: RunMachine,
    private readonly workspaces: Map<string, SimWorkspace>,
    private readonly http: Pager
  ) {}

  /** The answer when `path` is an organization route; undefined when it is not one. */
  route(method: string, path: string, url: URL, res: ServerResponse): number | undefined {
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
