/** The API routes of the simulator (tfc-api.md): each answers as HCP Terraform does, from the run machine's state. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TfcSimulator } from '../tfc-simulator.js'
import { applyDoc, costEstimateDoc, cvDoc, lockerDoc, permissionsOf, planDoc, runDoc, workspaceDoc } from './documents.js'
import type { Archive } from './archive.js'
import { CheckRoutes } from './check-routes.js'
import { hasPostPlanStage, hasSentinelCheck, policyCheckDoc, taskStageDocs } from './checks.js'
import { OrganizationRoutes } from './organization-routes.js'
import { StateRoutes } from './state-routes.js'
import type { Clock } from '../../src/clock.js'
import type { Faults } from './faults.js'
import { jsonPlan, planErrors } from './run-output.js'
import { newId, type SimConfigurationVersion, type SimRun, type SimWorkspace, type TokenRole } from './model.js'
import type { RunActionName, RunMachine } from './run-machine.js'

/** The workspace includes HCP Terraform documents (§1.5); the simulator side-loads current_run and locked_by. */
const WORKSPACE_INCLUDES = new Set([
  'agent_pool',
  'current_configuration_version',
  'current_run',
  'current_run.plan',
  'current_run.apply',
  'current_run.configuration_version',
  'current_state_version',
  'latest_run',
  'locked_by',
  'organization',
  'outputs',
  'project',
  'readme'
])

export interface RouteDeps {
  workspaces: Map<string, SimWorkspace>
  cvs: Map<string, SimConfigurationVersion>
  machine: RunMachine
  archive: Archive
  tokens: Record<string, TokenRole>
  faults: () => Faults
  enterprise: boolean
  /** An older Terraform Enterprise: `save-plan` is ignored and the run is an ordinary one. */
  ignoreSavePlan: boolean
  sim: TfcSimulator
  projects: Map<string, { name: string; organization: string }>
  clock: Clock
}

export class ApiRoutes {
  private readonly checks: CheckRoutes
  private readonly organizations: OrganizationRoutes
  private readonly state: StateRoutes

  constructor(private readonly deps: RouteDeps) {
    this.checks = new CheckRoutes(deps.machine, this)
    this.organizations = new OrganizationRoutes(deps.machine, deps.workspaces, this, deps.projects)
    this.state = new StateRoutes(deps.machine, deps.workspaces, deps.clock, this, deps.archive)
  }

  send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): number {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, {
      'X-RateLimit-Limit': '30',
      'TFP-API-Version': '2.6',
      'TFP-AppName': this.deps.enterprise ? 'Terraform Enterprise' : 'HCP Terraform',
      ...(this.deps.enterprise ? { 'X-TFE-Version': 'v202410-1' } : {}),
      ...(text ? { 'Content-Type': 'application/vnd.api+json' } : {}),
      ...headers
    })
    res.end(text)
    return status
  }

  error(res: ServerResponse, status: number, title: string, detail?: string): number {
    return this.send(res, status, { errors: [{ status: String(status), title, ...(detail ? { detail } : {}) }] })
  }

  /** A response that goes nowhere: the server acts, the client never hears back. */
  nullResponse(): ServerResponse {
    return { writeHead: () => undefined, end: () => undefined } as unknown as ServerResponse
  }

  private authorize(req: IncomingMessage): TokenRole | undefined {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
    return match ? this.deps.tokens[match[1]] : undefined
  }

  route(method: string, url: URL, body: string, req: IncomingMessage, res: ServerResponse): number {
    const path = url.pathname
    if (method === 'GET' && path === '/.well-known/terraform.json')
      return this.send(res, 200, { 'tfe.v2': '/api/v2/', 'state.v2': '/api/v2/' }, { 'Content-Type': 'application/json' })
    const role = this.authorize(req)
    if (!role) return this.send(res, 401, { errors: [{ status: '401', title: 'unauthorized' }] })
    if (method === 'GET' && path === '/api/v2/ping') return this.send(res, 204)

    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/api\/v2\/organizations\/([^/]+)\/workspaces\/([^/]+)$/.exec(path))) {
      const [org, name] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])]
      const ws = [...this.deps.workspaces.values()].find(w => w.organization === org && w.name === name)
      return ws ? this.workspace(ws, role, url, res) : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/workspaces\/([^/]+)$/.exec(path))) {
      const ws = this.deps.workspaces.get(m[1])
      return ws ? this.workspace(ws, role, url, res) : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/workspaces\/([^/]+)\/runs$/.exec(path))) return this.listRuns(m[1], url, res)
    if (method === 'GET' && (m = /^\/api\/v2\/workspaces\/([^/]+)\/run-triggers$/.exec(path))) return this.listRunTriggers(m[1], url, res)
    if (method === 'POST' && (m = /^\/api\/v2\/workspaces\/([^/]+)\/configuration-versions$/.exec(path))) {
      if (!permissionsOf(role)['can-queue-run']) return this.error(res, 404, 'not found')
      return this.createConfigurationVersion(m[1], body, res)
    }
    if (method === 'GET' && (m = /^\/api\/v2\/configuration-versions\/([^/]+)$/.exec(path))) {
      const cv = this.deps.cvs.get(m[1])
      return cv ? this.send(res, 200, { data: cvDoc(cv) }) : this.error(res, 404, 'not found')
    }
    if (method === 'POST' && path === '/api/v2/runs') {
      // A token that may not queue runs gets 404, as for a workspace it cannot see (§1.7).
      if (!permissionsOf(role)['can-queue-run']) return this.error(res, 404, 'not found')
      return this.createRun(body, res)
    }
    if (method === 'GET' && (m = /^\/api\/v2\/runs\/([^/]+)$/.exec(path))) {
      const run = this.deps.machine.runs.get(m[1])
      if (!run) return this.error(res, 404, 'not found')
      return this.send(res, 200, { data: runDoc(this.deps.machine, run), included: this.runIncluded(run, url, role) })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/runs\/([^/]+)\/(run-events|comments)$/.exec(path))) {
      return this.deps.machine.runs.has(m[1]) ? this.send(res, 200, { data: [] }) : this.error(res, 404, 'not found')
    }
    const checks = this.checks.route(method, path, url, body, role, res)
    if (checks !== undefined) return checks
    const state = this.state.route(method, path, url, res, role)
    if (state !== undefined) return state
    const organization = this.organizations.route(method, path, url, res, role)
    if (organization !== undefined) return organization
    if (method === 'POST' && (m = /^\/api\/v2\/runs\/([^/]+)\/actions\/(apply|discard|cancel|force-cancel)$/.exec(path))) {
      // Apply, discard and cancel need "apply runs"; force-cancel needs workspace admin (§1.2).
      const allowed = m[2] === 'force-cancel' ? role === 'admin' : permissionsOf(role)['can-queue-apply']
      if (!allowed) {
        const status = this.deps.faults().deniedActionStatus ?? 404
        return this.error(res, status, status === 403 ? 'forbidden' : 'not found')
      }
      return this.runAction(m[1], m[2] as RunActionName, body, res)
    }
    if (method === 'GET' && (m = /^\/api\/v2\/(?:plans\/([^/]+)|runs\/([^/]+)\/plan)$/.exec(path))) {
      const run = m[1] ? this.runByPlan(m[1]) : this.deps.machine.runs.get(m[2])
      return run
        ? this.send(res, 200, {
            data: planDoc(
              this.deps.machine,
              run,
              this.deps.archive.logUrl(run, 'plan'),
              this.deps.workspaces.get(run.workspaceId)?.structuredRunOutput ?? false
            )
          })
        : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/plans\/([^/]+)\/(json-output|json-output-redacted)$/.exec(path))) {
      const run = this.runByPlan(m[1])
      if (!run) return this.error(res, 404, 'not found')
      const redacted = m[2] === 'json-output-redacted'
      if (!redacted && (role !== 'admin' || run.script.jsonOutput === 'forbidden')) return this.error(res, 404, 'not found')
      if (redacted && run.script.redactedJson === null) return this.error(res, 404, 'not found')
      if (this.deps.machine.planStatus(run, this.deps.machine.advance(run)) !== 'finished' && !planErrors(run)) return this.send(res, 204)
      const content = jsonPlan(run, this.deps.machine.counts(run), redacted)
      return this.send(res, 307, undefined, { Location: this.deps.archive.jsonUrl(content.body, content.file) })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/cost-estimates\/ce-([^/]+)$/.exec(path))) {
      const run = this.deps.machine.runs.get(`run-${m[1]}`)
      return run?.script.costEstimation
        ? this.send(res, 200, { data: costEstimateDoc(this.deps.machine, run) })
        : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/(?:applies\/([^/]+)|runs\/([^/]+)\/apply)$/.exec(path))) {
      const run = m[1] ? [...this.deps.machine.runs.values()].find(r => r.applyId === m![1]) : this.deps.machine.runs.get(m[2])
      return run
        ? this.send(res, 200, { data: applyDoc(this.deps.machine, run, this.deps.archive.logUrl(run, 'apply')) })
        : this.error(res, 404, 'not found')
    }
    return this.error(res, 404, 'not found')
  }

  /**
   * What `include=` side-loads with a run: the CLI asks for `workspace,plan` (it reads the workspace's
   * `structured-run-output-enabled` there) and `task_stages`. Relationships it names that are empty add nothing.
   */
  private runIncluded(run: SimRun, url: URL, role: TokenRole): unknown[] {
    const { machine, archive, workspaces } = this.deps
    const include = run.script.ignoreRunInclude ? [] : (url.searchParams.get('include') ?? '').split(',').filter(Boolean)
    const status = machine.advance(run)
    const ws = workspaces.get(run.workspaceId)
    const included: unknown[] = []
    for (const name of include) {
      if (name === 'workspace' && ws) included.push(workspaceDoc(ws, role))
      if (name === 'plan') included.push(planDoc(machine, run, archive.logUrl(run, 'plan'), ws?.structuredRunOutput ?? false))
      if (name === 'apply') included.push(applyDoc(machine, run, archive.logUrl(run, 'apply')))
      if (name === 'cost_estimate' && run.script.costEstimation) included.push(costEstimateDoc(machine, run))
      if (name === 'configuration_version') {
        const cv = this.deps.cvs.get(run.cvId)
        if (cv) included.push(cvDoc(cv))
      }
      if (name === 'task_stages' && hasPostPlanStage(run)) included.push(taskStageDocs(run, status, role).data)
      if (name === 'policy_checks' && hasSentinelCheck(run)) included.push(policyCheckDoc(run, status, role))
    }
    return included
  }

  /** A workspace document, with `include=current_run,locked_by` side-loaded; an unknown include is a 400 (§1.5). */
  private workspace(ws: SimWorkspace, role: TokenRole, url: URL, res: ServerResponse): number {
    const include = (url.searchParams.get('include') ?? '').split(',').filter(Boolean)
    const unknown = include.find(name => !WORKSPACE_INCLUDES.has(name))
    if (unknown) return this.error(res, 400, 'bad request', `Invalid include parameter: ${unknown}`)
    const included: unknown[] = []
    const current = ws.currentRunId ? this.deps.machine.runs.get(ws.currentRunId) : undefined
    if (include.includes('current_run') && current) included.push(runDoc(this.deps.machine, current))
    if (include.includes('locked_by') && ws.locked && ws.lockedBy) {
      const run = ws.lockedBy.type === 'runs' ? this.deps.machine.runs.get(ws.lockedBy.id) : undefined
      included.push(run ? runDoc(this.deps.machine, run) : lockerDoc(ws.lockedBy))
    }
    return this.send(res, 200, { data: workspaceDoc(ws, role), ...(include.length ? { included } : {}) })
  }

  /** §1.1 of the addendum: pending, with an upload-url only in this answer; `auto-queue-runs` defaults to true. */
  private createConfigurationVersion(workspaceId: string, body: string, res: ServerResponse): number {
    const ws = this.deps.workspaces.get(workspaceId)
    if (!ws) return this.error(res, 404, 'not found')
    let attributes: Record<string, unknown>
    try {
      const doc = JSON.parse(body || '{}') as { data?: { type?: string; attributes?: Record<string, unknown> } }
      if (doc.data && doc.data.type !== 'configuration-versions')
        return this.error(res, 422, 'unprocessable entity', 'data.type must be configuration-versions')
      attributes = doc.data?.attributes ?? {}
    } catch {
      return this.error(res, 400, 'bad request', 'body is not JSON')
    }
    const cv: SimConfigurationVersion = {
      id: newId('cv'),
      workspaceId,
      status: 'pending',
      speculative: attributes.speculative === true,
      provisional: attributes.provisional === true,
      autoQueueRuns: attributes['auto-queue-runs'] !== false,
      source: 'tfe-api'
    }
    this.deps.cvs.set(cv.id, cv)
    const doc = cvDoc(cv)
    ;(doc.attributes as Record<string, unknown>)['upload-url'] = this.deps.archive.uploadUrl(cv.id)
    return this.send(res, 201, { data: doc })
  }

  private runByPlan(planId: string): SimRun | undefined {
    return [...this.deps.machine.runs.values()].find(r => r.planId === planId)
  }

  private createRun(body: string, res: ServerResponse): number {
    let doc: { data?: { type?: string; attributes?: Record<string, unknown>; relationships?: Record<string, { data?: { id?: string } }> } }
    try {
      doc = JSON.parse(body) as typeof doc
    } catch {
      return this.error(res, 400, 'bad request', 'body is not JSON')
    }
    const data = doc.data
    if (data?.type !== 'runs') return this.error(res, 422, 'unprocessable entity', 'data.type must be runs')
    const wsId = data.relationships?.workspace?.data?.id
    const ws = wsId ? this.deps.workspaces.get(wsId) : undefined
    if (!ws) return this.error(res, 404, 'not found')
    const attrs = data.attributes ?? {}
    const cvId = data.relationships?.['configuration-version']?.data?.id ?? ws.latestCvId
    if (!cvId) return this.error(res, 422, 'unprocessable entity', 'Configuration version is missing')
    const cv = this.deps.cvs.get(cvId)
    if (!cv) return this.error(res, 404, 'not found')
    if (cv.status !== 'uploaded') return this.error(res, 422, 'invalid run parameters', 'Configuration version is still being processed.')
    if (attrs['is-destroy'] === true && attrs['refresh-only'] === true)
      return this.error(res, 422, 'invalid run parameters', 'is-destroy and refresh-only are mutually exclusive')
    for (const key of ['is-destroy', 'refresh', 'refresh-only', 'plan-only', 'auto-apply']) {
      if (key in attrs && typeof attrs[key] !== 'boolean') return this.error(res, 422, 'unprocessable entity', `${key} must be a boolean`)
    }
    const run = this.deps.machine.newRun(ws, cvId, {
      message: typeof attrs.message === 'string' ? attrs.message : 'Queued manually via the Terraform Enterprise API',
      planOnly: attrs['plan-only'] === true || cv.speculative === true,
      isDestroy: attrs['is-destroy'] === true
    })
    run.setupError = cv.unpackError
    run.refresh = attrs.refresh !== false
    run.refreshOnly = attrs['refresh-only'] === true
    run.autoApply = typeof attrs['auto-apply'] === 'boolean' ? attrs['auto-apply'] : (ws.autoApply ?? false)
    if (attrs['save-plan'] === true && !this.deps.ignoreSavePlan) {
      // Saved plans bypass the workspace queue and never auto-apply (§2.1).
      run.savePlan = true
      run.queued = false
      run.autoApply = false
    }
    run.targetAddrs = Array.isArray(attrs['target-addrs']) ? (attrs['target-addrs'] as string[]) : null
    run.replaceAddrs = Array.isArray(attrs['replace-addrs']) ? (attrs['replace-addrs'] as string[]) : null
    run.variables = Array.isArray(attrs.variables) ? (attrs.variables as Array<{ key: string; value: string }>) : []
    run.steps = this.deps.machine.planSteps(run)
    return this.send(res, 201, { data: runDoc(this.deps.machine, run) })
  }

  private runAction(id: string, action: RunActionName, body: string, res: ServerResponse): number {
    const run = this.deps.machine.runs.get(id)
    if (!run) return this.error(res, 404, 'not found')
    if (body.trim()) {
      try {
        JSON.parse(body)
      } catch {
        return this.error(res, 400, 'bad request', 'body is not JSON')
      }
    }
    this.deps.faults().beforeAction?.(run, action, this.deps.sim)
    return this.deps.machine.act(run, action) === 'conflict' ? this.error(res, 409, 'transition not allowed') : this.send(res, 202)
  }

  /** One page of a list, with JSON:API pagination meta (`page[number]`, `page[size]`, at most 100). */
  page(docs: unknown[], url: URL, res: ServerResponse, meta: Record<string, unknown> = {}): number {
    const size = Math.min(100, Number(url.searchParams.get('page[size]') ?? 20) || 20)
    const number = Math.max(1, Number(url.searchParams.get('page[number]') ?? 1) || 1)
    const pages = Math.max(1, Math.ceil(docs.length / size))
    return this.send(res, 200, {
      data: docs.slice((number - 1) * size, number * size),
      links: { self: url.href, first: url.href, prev: null, next: number < pages ? url.href : null, last: url.href },
      meta: {
        pagination: {
          'current-page': number,
          'page-size': size,
          'prev-page': number > 1 ? number - 1 : null,
          'next-page': number < pages ? number + 1 : null,
          'total-pages': pages,
          'total-count': docs.length
        },
        ...meta
      }
    })
  }

  /**
   * A workspace's run triggers (DOC run-triggers): `inbound`, the workspaces whose applies queue runs here;
   * `outbound`, those this one's applies queue runs in. The filter is required: 400 without it.
   */
  private listRunTriggers(wsId: string, url: URL, res: ServerResponse): number {
    const ws = this.deps.workspaces.get(wsId)
    if (!ws) return this.error(res, 404, 'not found')
    const type = url.searchParams.get('filter[run-trigger][type]')
    if (type !== 'inbound' && type !== 'outbound')
      return this.error(res, 400, 'bad request', 'filter[run-trigger][type] must be inbound or outbound')
    const all = [...this.deps.workspaces.values()]
    const pairs =
      type === 'inbound'
        ? (ws.triggeredBy ?? []).flatMap(id => all.filter(w => w.id === id).map(source => ({ source, target: ws })))
        : all.filter(w => w.triggeredBy?.includes(ws.id)).map(target => ({ source: ws, target }))
    const docs = pairs.map(({ source, target }) => ({
      id: `rt-${source.id.slice(3)}${target.id.slice(3)}`,
      type: 'run-triggers',
      attributes: { 'workspace-name': target.name, 'sourceable-name': source.name, 'created-at': '2026-01-01T00:00:00.000Z' },
      relationships: {
        workspace: { data: { id: target.id, type: 'workspaces' } },
        sourceable: { data: { id: source.id, type: 'workspaces' } }
      },
      links: { self: `/api/v2/run-triggers/rt-${source.id.slice(3)}${target.id.slice(3)}` }
    }))
    return this.page(docs, url, res)
  }

  private listRuns(wsId: string, url: URL, res: ServerResponse): number {
    if (!this.deps.workspaces.has(wsId)) return this.error(res, 404, 'not found')
    const statuses = url.searchParams.get('filter[status]')?.split(',')
    const operations = url.searchParams.get('filter[operation]')?.split(',')
    let runs = [...this.deps.machine.runs.values()].filter(r => r.workspaceId === wsId).sort((a, b) => b.createdAt - a.createdAt)
    // Plan-only runs are left out unless asked for (tfc-api.md §4.6).
    if (!operations?.includes('plan_only')) runs = runs.filter(r => !r.planOnly)
    if (statuses) runs = runs.filter(r => statuses.includes(this.deps.machine.advance(r)))
    const counts: Record<string, number> = { total: runs.length }
    return this.page(
      runs.map(r => runDoc(this.deps.machine, r)),
      url,
      res,
      { 'status-counts': counts }
    )
  }
}
