/**
 * A local stand-in for the HCP Terraform API (../shared/tfc-api.md): a real HTTP server on 127.0.0.1, plus a second
 * server on another port standing in for archive storage (JSON plans and logs), which rejects the API token.
 * This file is the facade tests, the demo and the benchmark use; the parts live in sim/tfc/: the run state machine,
 * the API documents, the routes, the faults and the archive origin. Not part of the action bundle.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { systemClock, type Clock } from '../src/clock.js'
import { LoopbackServer, readBody } from './http-server.js'
import { Archive } from './tfc/archive.js'
import { FaultInjector, type Faults } from './tfc/faults.js'
import {
  newId,
  recordOf,
  type RecordedRequest,
  type SimConfigurationVersion,
  type SimRun,
  type SimWorkspace,
  type TokenRole
} from './tfc/model.js'
import { ApiRoutes } from './tfc/routes.js'
import { RunMachine } from './tfc/run-machine.js'
import { unpack } from './tfc/unpack.js'

export type { Faults, ScriptedFault } from './tfc/faults.js'
export type { RecordedRequest, RunScript, SimConfigurationVersion, SimRun, SimWorkspace, TokenRole } from './tfc/model.js'

export interface SimulatorOptions {
  tokens?: Record<string, TokenRole>
  clock?: Clock
  faults?: Faults
  /** Present as Terraform Enterprise (adds X-TFE-Version) instead of HCP Terraform. */
  enterprise?: boolean
  /** Ignore `save-plan` on run creation, as Terraform Enterprise releases before saved plans do. */
  ignoreSavePlan?: boolean
  /** Serve the API over https with this PEM key and certificate (archive storage stays plain http). */
  tls?: { key: string; cert: string }
  /** Serve archive storage on the API host under `/_archivist/`, as Terraform Enterprise does. */
  archiveOnApiHost?: boolean
}

export class TfcSimulator {
  readonly workspaces = new Map<string, SimWorkspace>()
  readonly cvs = new Map<string, SimConfigurationVersion>()
  readonly requests: RecordedRequest[] = []
  readonly projects = new Map<string, { name: string; organization: string }>()
  readonly tokens: Record<string, TokenRole>
  faults: Faults
  private readonly clock: Clock
  private readonly machine: RunMachine
  private readonly archive: Archive
  private readonly routes: ApiRoutes
  private readonly injector: FaultInjector
  private readonly api: LoopbackServer

  constructor(options: SimulatorOptions = {}) {
    this.tokens = options.tokens ?? { 'test-token-admin': 'admin' }
    this.clock = options.clock ?? systemClock
    this.faults = options.faults ?? {}
    this.api = new LoopbackServer((req, res) => this.handleApi(req, res), options.tls)
    this.machine = new RunMachine(this.clock, this.workspaces)
    this.injector = new FaultInjector(
      () => this.faults,
      () => this.clock.now()
    )
    this.archive = new Archive(
      this.machine,
      this.clock,
      this.requests,
      (cvId, archive) => this.uploaded(cvId, archive),
      () => this.faults.uploadFailures ?? 0,
      () => this.faults.stallDownloads ?? false
    )
    if (options.archiveOnApiHost) this.archive.onApiHost = () => this.api.url
    this.routes = new ApiRoutes({
      workspaces: this.workspaces,
      cvs: this.cvs,
      machine: this.machine,
      archive: this.archive,
      tokens: this.tokens,
      faults: () => this.faults,
      enterprise: options.enterprise ?? false,
      ignoreSavePlan: options.ignoreSavePlan ?? false,
      sim: this,
      projects: this.projects,
      clock: this.clock
    })
  }

  get runs(): Map<string, SimRun> {
    return this.machine.runs
  }

  get url(): string {
    return this.api.url
  }

  get archiveUrl(): string {
    return this.archive.url
  }

  async start(): Promise<this> {
    await this.api.start()
    await this.archive.start()
    return this
  }

  async stop(): Promise<void> {
    await Promise.all([this.api.stop(), this.archive.stop()])
  }

  // ---- scenario set-up -----------------------------------------------------------------------------------------

  addWorkspace(ws: Partial<SimWorkspace> & { name: string; organization?: string }): SimWorkspace {
    const workspace: SimWorkspace = { id: newId('ws'), organization: 'acme', executionMode: 'remote', structuredRunOutput: true, ...ws }
    this.workspaces.set(workspace.id, workspace)
    return workspace
  }

  /** A project of the organization; returns its ID. */
  addProject(name: string, organization = 'acme'): string {
    const id = newId('prj')
    this.projects.set(id, { name, organization })
    return id
  }

  addConfigurationVersion(workspace: SimWorkspace, cv: Partial<SimConfigurationVersion> = {}): SimConfigurationVersion {
    const version: SimConfigurationVersion = {
      id: newId('cv'),
      workspaceId: workspace.id,
      status: 'uploaded',
      speculative: false,
      source: 'tfe-api',
      ...cv
    }
    this.cvs.set(version.id, version)
    if (version.status === 'uploaded') workspace.latestCvId = version.id
    return version
  }

  /** An already-applied run on a workspace (the thing `promote-from` looks for). */
  addAppliedRun(workspace: SimWorkspace, cv: SimConfigurationVersion, current = true): SimRun {
    const run = this.machine.newRun(workspace, cv.id, { message: 'applied earlier', planOnly: false, isDestroy: false })
    run.queued = false
    run.steps = [{ status: 'applied', ms: Infinity }]
    run.reached.set('applied', this.clock.now())
    if (current) workspace.currentRunId = run.id
    return run
  }

  runsOf(workspace: SimWorkspace): SimRun[] {
    return [...this.runs.values()].filter(r => r.workspaceId === workspace.id)
  }

  /** What the run's status is now, as the API would answer. */
  statusOf(run: SimRun): string {
    return this.machine.advance(run)
  }

  /** Moves a run by hand, as a person in the UI would. */
  setStatus(run: SimRun, status: string): void {
    this.machine.setStatus(run, status)
  }

  /** Confirms a run by hand, as a person clicking "Confirm & apply" in the UI would: the apply starts now. */
  confirm(run: SimRun): void {
    this.machine.confirm(run)
  }

  /** Ends a plan scripted to last forever (`planMs: Infinity`): the run goes on through the rest of its timeline. */
  finishPlanning(run: SimRun): void {
    this.machine.finishPlanning(run)
  }

  /**
   * An archive arrived for a configuration version: unpacked by the unpacker's rules (so a test proves HCP Terraform
   * would accept it, and sees what it holds), then `uploaded`. An archive that cannot be unpacked is `uploaded` too,
   * and runs on it fail in setup ("Setup failed: failed unpacking terraform config: …"): the Terraform CLI keeps
   * polling a configuration version for `uploaded` and does not treat `errored` as final, which says the service
   * accepts the archive and fails the run (tfc-api-addendum.md §1.6, §8). `uploadError` scripts the other case, a
   * server that errors the configuration version itself. With `auto-queue-runs` the upload queues a run, as the
   * real API does.
   */
  private async uploaded(cvId: string, archive: Buffer): Promise<void> {
    const cv = this.cvs.get(cvId)
    if (!cv) return
    const ws = this.workspaces.get(cv.workspaceId)
    cv.archive = archive
    try {
      cv.files = await unpack(archive)
      cv.status = ws?.uploadError ? 'errored' : 'uploaded'
      if (ws?.uploadError) cv.errorMessage = ws.uploadError
      if (ws?.unpackError) cv.unpackError = `failed unpacking terraform config: ${ws.unpackError}`
    } catch (error) {
      cv.status = 'uploaded'
      cv.unpackError = `failed unpacking terraform config: ${(error as Error).message}`
    }
    if (cv.status !== 'uploaded' || !ws) return
    if (!cv.provisional) ws.latestCvId = cv.id
    if (cv.autoQueueRuns) {
      const run = this.machine.newRun(ws, cv.id, {
        message: 'Queued by the configuration version upload',
        planOnly: cv.speculative ?? false,
        isDestroy: false
      })
      run.steps = this.machine.planSteps(run)
    }
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------------

  /** Storage on the API host (Terraform Enterprise): the API's faults apply to it, then archive storage answers. */
  private async handleArchivist(req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
    if (this.injector.before(method, url.pathname) === 'server-error') {
      this.requests.push({ ...recordOf(req, url, 'archive', this.clock.now()), status: 503 })
      req.resume()
      res.writeHead(503, { 'Content-Type': 'text/html' }).end('<html><body>503 Service Unavailable</body></html>')
      return
    }
    return this.archive.handle(req, res)
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    if (this.archive.onApiHost && url.pathname.startsWith('/_archivist/')) return this.handleArchivist(req, res, method, url)
    const body = await readBody(req)
    const record = recordOf(req, url, 'api', this.clock.now())
    this.requests.push(record)
    if (this.faults.delayMs) await this.clock.sleep(this.faults.delayMs)
    switch (this.injector.before(method, url.pathname)) {
      case 'hang':
        return
      case 'drop':
        record.status = -1
        req.socket.destroy()
        return
      case 'rate-limit':
        record.status = this.routes.send(
          res,
          429,
          { errors: [{ detail: "You have exceeded the API's rate limit.", status: 429, title: 'Too many requests' }] },
          { 'X-RateLimit-Reset': String(this.faults.rateLimitResetSeconds ?? 0.05) }
        )
        return
      case 'server-error':
        record.status = this.routes.send(res, 503, '<html><body>503 Service Unavailable</body></html>', { 'Content-Type': 'text/html' })
        return
    }
    const drop = this.injector.dropsAfterHandling(method, url.pathname)
    const sink = drop ? this.routes.nullResponse() : res
    const tamper = this.faults.tamper
    if (tamper && !drop) {
      const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse
      res.end = ((chunk?: unknown) => end(typeof chunk === 'string' && chunk ? tamper(url.pathname, chunk) : chunk)) as typeof res.end
    }
    try {
      record.status = this.routes.route(method, url, body, req, sink)
    } catch (error) {
      record.status = this.routes.error(sink, 500, 'internal error', (error as Error).message)
    }
    if (drop) {
      record.status = -1
      req.socket.destroy()
    }
  }
}
