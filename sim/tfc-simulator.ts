/**
 * A local stand-in for the HCP Terraform API (../shared/tfc-api.md): a real HTTP server on 127.0.0.1, plus a second
 * server on another port standing in for archive storage (JSON plans and logs), which rejects the API token.
 * Run statuses follow §4.3 with `actions` flags per §4.4, driven by a clock so tests can script timing.
 * Not part of the action bundle: tests, the demo and the benchmark use it.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

import { systemClock, type Clock } from '../src/clock.js'

/** How runs on a workspace behave. Every field is optional; the defaults make a quick plan with changes. */
export interface RunScript {
  /** What the plan finds. */
  plan?: 'changes' | 'no-changes' | 'errored'
  counts?: { additions: number; changes: number; destructions: number; imports?: number }
  /** Served by json-output (unredacted) and, unless `redactedJson` is given, json-output-redacted. */
  planJson?: string
  /** null: json-output-redacted answers 404. */
  redactedJson?: string | null
  /** json-output needs workspace admin; 'forbidden' answers 404 as HCP Terraform does for non-admins. */
  jsonOutput?: 'ok' | 'forbidden'
  planLog?: string
  applyLog?: string
  apply?: 'ok' | 'errored'
  costEstimation?: boolean
  policy?: 'passed' | 'soft_failed' | 'hard_failed'
  postPlanTask?: 'passed' | 'awaiting_override'
  /** Time each passing status lasts. */
  stepMs?: number
  /** Time `planning` lasts; Infinity never finishes. */
  planMs?: number
  applyMs?: number
  /** Time from a cancel request until the run is `canceled`. */
  cancelMs?: number
  forceCancelCoolOffMs?: number
}

export interface SimWorkspace {
  id: string
  name: string
  organization: string
  autoApply?: boolean
  executionMode?: 'remote' | 'local' | 'agent'
  locked?: boolean
  currentRunId?: string
  latestCvId?: string
  structuredRunOutput?: boolean
  script?: RunScript
}

export interface SimConfigurationVersion {
  id: string
  workspaceId: string
  status: string
  speculative?: boolean
  source?: string
}

interface Step {
  status: string
  ms: number
}

export interface SimRun {
  id: string
  workspaceId: string
  cvId: string
  planId: string
  applyId: string
  message: string
  isDestroy: boolean
  planOnly: boolean
  refresh: boolean
  refreshOnly: boolean
  autoApply: boolean
  targetAddrs: string[] | null
  replaceAddrs: string[] | null
  variables: Array<{ key: string; value: string }>
  createdAt: number
  script: Required<Omit<RunScript, 'planJson' | 'redactedJson' | 'planLog' | 'applyLog' | 'counts'>> & RunScript
  /** Status timeline: each step lasts `ms`, the last one until the next action. */
  steps: Step[]
  stepsFrom: number
  reached: Map<string, number>
  cancelRequestedAt?: number
  actionsLog: string[]
}

export type TokenRole = 'admin' | 'writer' | 'reader' | 'organization'

export interface Faults {
  /** Every Nth API request answers 429 (counted over all API requests). */
  rateLimitEvery?: number
  /** Answer 429 to the matching request (a burst on one endpoint). */
  rateLimitWhen?: (method: string, path: string) => boolean
  /** X-RateLimit-Reset sent with injected 429s, in seconds. */
  rateLimitResetSeconds?: number
  /** Every Nth GET answers 503. */
  serverErrorEveryRead?: number
  /** Drop the connection after handling the matching request (the server acts, the client hears nothing). */
  dropAfterHandling?: (method: string, path: string) => boolean
  /** Drop the connection after reading the matching request, without acting on it. */
  dropBeforeHandling?: (method: string, path: string) => boolean
  /** Delay before answering each API request. */
  delayMs?: number
  /** Never answer the matching request (a hung connection). */
  hang?: (method: string, path: string) => boolean
  /** Called before a run action is handled: lets a test move the run first (a person acting in the UI). */
  beforeAction?: (run: SimRun, action: string, sim: TfcSimulator) => void
}

export interface RecordedRequest {
  method: string
  path: string
  query: string
  hasAuthorization: boolean
  headers: Record<string, string | string[] | undefined>
  status: number
  origin: 'api' | 'archive'
  at: number
}

export interface SimulatorOptions {
  tokens?: Record<string, TokenRole>
  clock?: Clock
  faults?: Faults
  /** Present as Terraform Enterprise (adds X-TFE-Version) instead of HCP Terraform. */
  enterprise?: boolean
}

const DEFAULT_SCRIPT = {
  plan: 'changes' as const,
  jsonOutput: 'ok' as const,
  apply: 'ok' as const,
  costEstimation: false,
  policy: 'passed' as const,
  postPlanTask: 'passed' as const,
  stepMs: 30,
  planMs: 60,
  applyMs: 60,
  cancelMs: 40,
  forceCancelCoolOffMs: 200
}

/** Statuses where the run rests waiting for confirmation, if it is the last configured step (§4.4). */
const CONFIRMABLE_AT = new Set(['planned', 'cost_estimated', 'policy_checked', 'post_plan_completed'])
const CANCELABLE = new Set(['pending', 'fetching', 'queuing', 'plan_queued', 'planning', 'pre_plan_running', 'post_plan_running', 'cost_estimating', 'policy_checking', 'apply_queued', 'queuing_apply', 'applying', 'confirmed'])
const DISCARDABLE = new Set(['planned', 'planned_and_saved', 'cost_estimated', 'policy_checked', 'policy_override', 'post_plan_running', 'post_plan_completed', 'pre_plan_awaiting_decision', 'post_plan_awaiting_decision'])
const TERMINAL = new Set(['applied', 'planned_and_finished', 'policy_soft_failed', 'discarded', 'errored', 'canceled', 'force_canceled'])

function newId(prefix: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789'
  const bytes = randomBytes(16)
  return `${prefix}-${Array.from(bytes, b => alphabet[b % alphabet.length]).join('')}`
}

function iso(ms: number, precise = false): string {
  const text = new Date(ms).toISOString()
  return precise ? text : text.replace(/\.\d{3}Z$/, '+00:00')
}

/** A small `terraform show -json`-shaped plan matching the scripted counts. */
export function generatedPlanJson(counts: { additions: number; changes: number; destructions: number }): string {
  const changes: unknown[] = []
  const add = (action: string[], n: number, type: string): void => {
    for (let i = 0; i < n; i++) {
      changes.push({ address: `${type}.r${i}`, mode: 'managed', type, name: `r${i}`, provider_name: 'registry.terraform.io/hashicorp/null', change: { actions: action, before: null, after: {} } })
    }
  }
  add(['create'], counts.additions, 'null_resource')
  add(['update'], counts.changes, 'terraform_data')
  add(['delete'], counts.destructions, 'random_pet')
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: changes, output_changes: {} })
}

export class TfcSimulator {
  readonly workspaces = new Map<string, SimWorkspace>()
  readonly cvs = new Map<string, SimConfigurationVersion>()
  readonly runs = new Map<string, SimRun>()
  readonly requests: RecordedRequest[] = []
  readonly tokens: Record<string, TokenRole>
  faults: Faults
  private readonly clock: Clock
  private readonly blobs = new Map<string, { kind: 'json'; body: string; singleUse: boolean } | { kind: 'log'; runId: string; phase: 'plan' | 'apply' }>()
  private apiServer?: Server
  private archiveServer?: Server
  private readonly sockets = new Set<Socket>()
  private apiRequestCount = 0
  private readCount = 0
  url = ''
  archiveUrl = ''

  constructor(private readonly options: SimulatorOptions = {}) {
    this.tokens = options.tokens ?? { 'test-token-admin': 'admin' }
    this.clock = options.clock ?? systemClock
    this.faults = options.faults ?? {}
  }

  async start(): Promise<this> {
    this.apiServer = createServer((req, res) => void this.handleApi(req, res))
    this.archiveServer = createServer((req, res) => void this.handleArchive(req, res))
    for (const server of [this.apiServer, this.archiveServer]) {
      server.on('connection', socket => {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
      })
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    }
    this.url = `http://127.0.0.1:${(this.apiServer.address() as AddressInfo).port}`
    this.archiveUrl = `http://127.0.0.1:${(this.archiveServer.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await Promise.all([this.apiServer, this.archiveServer].map(s => new Promise<void>(resolve => (s ? s.close(() => resolve()) : resolve()))))
  }

  // ---- scenario set-up -----------------------------------------------------------------------------------------

  addWorkspace(ws: Partial<SimWorkspace> & { name: string; organization?: string }): SimWorkspace {
    const workspace: SimWorkspace = { id: newId('ws'), organization: 'acme', executionMode: 'remote', structuredRunOutput: true, ...ws }
    this.workspaces.set(workspace.id, workspace)
    return workspace
  }

  addConfigurationVersion(workspace: SimWorkspace, cv: Partial<SimConfigurationVersion> = {}): SimConfigurationVersion {
    const version: SimConfigurationVersion = { id: newId('cv'), workspaceId: workspace.id, status: 'uploaded', speculative: false, source: 'tfe-api', ...cv }
    this.cvs.set(version.id, version)
    if (version.status === 'uploaded') workspace.latestCvId = version.id
    return version
  }

  /** An already-applied run on a workspace (the thing `promote-from` looks for). */
  addAppliedRun(workspace: SimWorkspace, cv: SimConfigurationVersion, current = true): SimRun {
    const run = this.newRun(workspace, cv.id, { message: 'applied earlier', planOnly: false, isDestroy: false })
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
    return this.advance(run)
  }

  /** Moves a run by hand, as a person in the UI would. */
  setStatus(run: SimRun, status: string): void {
    run.steps = [{ status, ms: Infinity }]
    run.stepsFrom = this.clock.now()
    run.reached.set(status, this.clock.now())
  }

  /** Ends a plan scripted to last forever (`planMs: Infinity`): the run goes on through the rest of its timeline from now. */
  finishPlanning(run: SimRun): void {
    const steps = this.planSteps(run)
    run.steps = steps.slice(steps.findIndex(step => step.status === 'planning') + 1)
    run.stepsFrom = this.clock.now()
  }

  /** Confirms a run by hand, as a person clicking "Confirm & apply" in the UI would: the apply starts now. */
  confirm(run: SimRun): void {
    run.steps = this.applySteps(run)
    run.stepsFrom = this.clock.now()
  }

  // ---- run state machine ---------------------------------------------------------------------------------------

  private newRun(ws: SimWorkspace, cvId: string, attrs: { message: string; planOnly: boolean; isDestroy: boolean }): SimRun {
    const now = this.clock.now()
    const run: SimRun = {
      id: newId('run'),
      workspaceId: ws.id,
      cvId,
      planId: newId('plan'),
      applyId: newId('apply'),
      message: attrs.message,
      isDestroy: attrs.isDestroy,
      planOnly: attrs.planOnly,
      refresh: true,
      refreshOnly: false,
      autoApply: ws.autoApply ?? false,
      targetAddrs: null,
      replaceAddrs: null,
      variables: [],
      createdAt: now,
      script: { ...DEFAULT_SCRIPT, ...(ws.script ?? {}) },
      steps: [],
      stepsFrom: now,
      reached: new Map(),
      actionsLog: []
    }
    this.runs.set(run.id, run)
    return run
  }

  private hasChanges(run: SimRun): boolean {
    const c = run.script.counts
    return run.script.plan === 'changes' && (!c || c.additions + c.changes + c.destructions + (c.imports ?? 0) > 0)
  }

  /** The plan-phase timeline (§4.3): queue, plan, then the configured post-plan stages, resting at the last. */
  private planSteps(run: SimRun): Step[] {
    const s = run.script
    const steps: Step[] = [
      { status: 'pending', ms: s.stepMs },
      { status: 'plan_queued', ms: s.stepMs },
      { status: 'planning', ms: s.planMs }
    ]
    if (s.plan === 'errored') return [...steps, { status: 'errored', ms: Infinity }]
    steps.push({ status: 'planned', ms: s.stepMs })
    if (!this.hasChanges(run)) return [...steps, { status: 'planned_and_finished', ms: Infinity }]
    if (s.postPlanTask === 'awaiting_override') return [...steps, { status: 'post_plan_running', ms: s.stepMs }, { status: 'post_plan_awaiting_decision', ms: Infinity }]
    if (s.costEstimation) steps.push({ status: 'cost_estimating', ms: s.stepMs }, { status: 'cost_estimated', ms: s.stepMs })
    if (s.policy !== 'passed' || s.costEstimation) {
      steps.push({ status: 'policy_checking', ms: s.stepMs })
      if (s.policy === 'hard_failed') return [...steps, { status: 'errored', ms: Infinity }]
      if (s.policy === 'soft_failed') return [...steps, { status: run.planOnly ? 'policy_soft_failed' : 'policy_override', ms: Infinity }]
      steps.push({ status: 'policy_checked', ms: s.stepMs })
    }
    if (run.planOnly) return [...steps, { status: 'planned_and_finished', ms: Infinity }]
    steps[steps.length - 1].ms = Infinity
    if (run.autoApply) {
      steps[steps.length - 1].ms = s.stepMs
      steps.push(...this.applySteps(run))
    }
    return steps
  }

  private applySteps(run: SimRun): Step[] {
    const s = run.script
    return [
      { status: 'confirmed', ms: s.stepMs },
      { status: 'apply_queued', ms: s.stepMs },
      { status: 'applying', ms: s.applyMs },
      { status: s.apply === 'errored' ? 'errored' : 'applied', ms: Infinity }
    ]
  }

  /** Walks the timeline to the clock's now, recording status timestamps; returns the current status. */
  private advance(run: SimRun): string {
    const now = this.clock.now()
    let at = run.stepsFrom
    for (let i = 0; i < run.steps.length; i++) {
      const step = run.steps[i]
      if (!run.reached.has(step.status)) run.reached.set(step.status, at)
      if (now < at + step.ms || i === run.steps.length - 1) {
        if (run.cancelRequestedAt !== undefined && !TERMINAL.has(step.status) && now >= run.cancelRequestedAt + run.script.cancelMs) {
          this.setStatus(run, 'canceled')
          return 'canceled'
        }
        if (TERMINAL.has(step.status)) this.onTerminal(run)
        return step.status
      }
      at += step.ms
    }
    return run.steps[run.steps.length - 1]?.status ?? 'pending'
  }

  private onTerminal(run: SimRun): void {
    const ws = this.workspaces.get(run.workspaceId)
    if (ws && this.current(run) === 'applied') ws.currentRunId = run.id
  }

  private current(run: SimRun): string {
    return run.steps[run.steps.length - 1]?.status ?? ''
  }

  private isResting(run: SimRun, status: string): boolean {
    const last = run.steps[run.steps.length - 1]
    return last?.status === status && last.ms === Infinity
  }

  private actionsOf(run: SimRun, status: string): Record<string, boolean> {
    const resting = this.isResting(run, status)
    const canceling = run.cancelRequestedAt !== undefined
    const confirmable = resting && CONFIRMABLE_AT.has(status) && !run.planOnly && this.hasChanges(run)
    return {
      'is-cancelable': CANCELABLE.has(status) && !canceling,
      'is-confirmable': confirmable,
      'is-discardable': (DISCARDABLE.has(status) && (resting || status === 'post_plan_running')) || (status === 'pending' && !canceling),
      'is-force-cancelable': canceling && !TERMINAL.has(status) && this.clock.now() >= run.cancelRequestedAt! + run.script.forceCancelCoolOffMs
    }
  }

  private planStatus(run: SimRun, status: string): string {
    if (status === 'pending') return 'pending'
    if (status === 'plan_queued') return 'queued'
    if (status === 'planning') return 'running'
    if (status === 'canceled' || status === 'force_canceled') return run.reached.has('planned') ? 'finished' : run.reached.has('planning') ? 'canceled' : 'unreachable'
    if (status === 'discarded' && !run.reached.has('planned')) return 'unreachable'
    if (status === 'errored' && !run.reached.has('planned')) return 'errored'
    return 'finished'
  }

  private applyStatus(run: SimRun, status: string): string {
    if (status === 'applying') return 'running'
    if (status === 'applied') return 'finished'
    if (status === 'errored' && run.reached.has('applying')) return 'errored'
    if (status === 'canceled' && run.reached.has('applying')) return 'canceled'
    if (TERMINAL.has(status)) return 'unreachable'
    if (status === 'apply_queued' || status === 'confirmed') return 'queued'
    return 'pending'
  }

  // ---- documents -----------------------------------------------------------------------------------------------

  private runDoc(run: SimRun): Record<string, unknown> {
    const status = this.advance(run)
    const timestamps: Record<string, string> = {}
    for (const [name, at] of run.reached) timestamps[`${name.replace(/_/g, '-')}-at`] = iso(at)
    return {
      id: run.id,
      type: 'runs',
      attributes: {
        status,
        'status-timestamps': timestamps,
        actions: this.actionsOf(run, status),
        permissions: { 'can-apply': true, 'can-cancel': true, 'can-comment': true, 'can-discard': true, 'can-force-execute': true, 'can-force-cancel': true, 'can-override-policy-check': true },
        message: run.message,
        source: 'tfe-api',
        'trigger-reason': 'manual',
        'is-destroy': run.isDestroy,
        refresh: run.refresh,
        'refresh-only': run.refreshOnly,
        'plan-only': run.planOnly,
        'save-plan': false,
        'auto-apply': run.autoApply,
        'allow-empty-apply': false,
        'has-changes': run.reached.has('planned') && this.hasChanges(run),
        'target-addrs': run.targetAddrs,
        'replace-addrs': run.replaceAddrs,
        variables: run.variables,
        'terraform-version': '1.9.5',
        'created-at': iso(run.createdAt, true),
        'canceled-at': run.reached.has('canceled') ? iso(run.reached.get('canceled')!) : null,
        ...(run.cancelRequestedAt !== undefined ? { 'force-cancel-available-at': iso(run.cancelRequestedAt + run.script.forceCancelCoolOffMs) } : {})
      },
      relationships: {
        workspace: { data: { id: run.workspaceId, type: 'workspaces' } },
        'configuration-version': { data: { id: run.cvId, type: 'configuration-versions' }, links: { related: `/api/v2/runs/${run.id}/configuration-version` } },
        plan: { data: { id: run.planId, type: 'plans' }, links: { related: `/api/v2/runs/${run.id}/plan` } },
        apply: { data: { id: run.applyId, type: 'applies' }, links: { related: `/api/v2/runs/${run.id}/apply` } },
        'run-events': { data: [], links: { related: `/api/v2/runs/${run.id}/run-events` } },
        'task-stages': { data: [], links: { related: `/api/v2/runs/${run.id}/task-stages` } },
        'policy-checks': { data: [], links: { related: `/api/v2/runs/${run.id}/policy-checks` } },
        comments: { data: [], links: { related: `/api/v2/runs/${run.id}/comments` } }
      },
      links: { self: `/api/v2/runs/${run.id}` }
    }
  }

  private counts(run: SimRun): { additions: number; changes: number; destructions: number; imports: number } {
    if (!this.hasChanges(run)) return { additions: 0, changes: 0, destructions: 0, imports: 0 }
    const c = run.script.counts ?? { additions: 1, changes: 0, destructions: 0 }
    return { imports: 0, ...c }
  }

  private planDoc(run: SimRun): Record<string, unknown> {
    const status = this.planStatus(run, this.advance(run))
    const finished = status === 'finished'
    const c = this.counts(run)
    const logKey = this.blobKey({ kind: 'log', runId: run.id, phase: 'plan' })
    return {
      id: run.planId,
      type: 'plans',
      attributes: {
        status,
        'has-changes': finished && this.hasChanges(run),
        'resource-additions': finished ? c.additions : null,
        'resource-changes': finished ? c.changes : null,
        'resource-destructions': finished ? c.destructions : null,
        'resource-imports': finished ? c.imports : null,
        'generated-configuration': false,
        'structured-run-output-enabled': this.workspaces.get(run.workspaceId)?.structuredRunOutput ?? false,
        'execution-details': { mode: 'remote' },
        'status-timestamps': {},
        'log-read-url': `${this.archiveUrl}/v1/object/${logKey}`,
        actions: { 'is-exportable': finished },
        permissions: { 'can-export': true }
      },
      relationships: { 'state-versions': { data: [] }, exports: { data: [] } },
      links: { self: `/api/v2/plans/${run.planId}`, 'json-output': `/api/v2/plans/${run.planId}/json-output`, 'json-output-redacted': `/api/v2/plans/${run.planId}/json-output-redacted`, 'json-schema': `/api/v2/plans/${run.planId}/json-schema` }
    }
  }

  private applyDoc(run: SimRun): Record<string, unknown> {
    const status = this.applyStatus(run, this.advance(run))
    const finished = status === 'finished'
    const c = this.counts(run)
    return {
      id: run.applyId,
      type: 'applies',
      attributes: {
        status,
        'resource-additions': finished ? c.additions : null,
        'resource-changes': finished ? c.changes : null,
        'resource-destructions': finished ? c.destructions : null,
        'resource-imports': finished ? c.imports : null,
        'status-timestamps': {},
        'log-read-url': `${this.archiveUrl}/v1/object/${this.blobKey({ kind: 'log', runId: run.id, phase: 'apply' })}`,
        'execution-details': { mode: 'remote' }
      },
      relationships: { 'state-versions': { data: [] } },
      links: { self: `/api/v2/applies/${run.applyId}` }
    }
  }

  private workspaceDoc(ws: SimWorkspace): Record<string, unknown> {
    return {
      id: ws.id,
      type: 'workspaces',
      attributes: {
        name: ws.name,
        'auto-apply': ws.autoApply ?? false,
        locked: ws.locked ?? false,
        'execution-mode': ws.executionMode ?? 'remote',
        'terraform-version': '1.9.5',
        'structured-run-output-enabled': ws.structuredRunOutput ?? true,
        'speculative-enabled': true,
        permissions: { 'can-queue-run': true, 'can-queue-apply': true, 'can-read-run': true },
        actions: { 'is-destroyable': true }
      },
      relationships: {
        organization: { data: { id: ws.organization, type: 'organizations' } },
        'current-run': ws.currentRunId ? { data: { id: ws.currentRunId, type: 'runs' }, links: { related: `/api/v2/runs/${ws.currentRunId}` } } : { data: null },
        'current-configuration-version': ws.latestCvId ? { data: { id: ws.latestCvId, type: 'configuration-versions' } } : { data: null }
      },
      links: { self: `/api/v2/organizations/${ws.organization}/workspaces/${ws.name}`, 'self-html': `/app/${ws.organization}/workspaces/${ws.name}` }
    }
  }

  private cvDoc(cv: SimConfigurationVersion): Record<string, unknown> {
    return {
      id: cv.id,
      type: 'configuration-versions',
      attributes: { status: cv.status, source: cv.source ?? 'tfe-api', speculative: cv.speculative ?? false, provisional: false, 'auto-queue-runs': false, error: null, 'error-message': null, 'status-timestamps': {} },
      relationships: { 'ingress-attributes': { data: null, links: { related: `/api/v2/configuration-versions/${cv.id}/ingress-attributes` } } },
      links: { self: `/api/v2/configuration-versions/${cv.id}`, download: `/api/v2/configuration-versions/${cv.id}/download` }
    }
  }

  private blobKey(blob: { kind: 'json'; body: string; singleUse: boolean } | { kind: 'log'; runId: string; phase: 'plan' | 'apply' }): string {
    const key = Buffer.from(`vault:v1:${randomBytes(12).toString('base64')}`).toString('base64url')
    this.blobs.set(key, blob)
    return key
  }

  private logText(run: SimRun, phase: 'plan' | 'apply'): string {
    const status = this.advance(run)
    const started = phase === 'plan' ? run.reached.has('planning') : run.reached.has('applying')
    if (!started) return ''
    const done = phase === 'plan' ? this.planStatus(run, status) !== 'running' : !['applying', 'apply_queued', 'confirmed'].includes(status)
    const c = this.counts(run)
    const fallback =
      phase === 'plan'
        ? run.script.plan === 'errored'
          ? 'Terraform v1.9.5\n\x1b[31m│\x1b[0m \x1b[1m\x1b[31mError: \x1b[0m\x1b[1mUnsupported argument\x1b[0m\n│ An argument named "nope" is not expected here.\n'
          : `Terraform v1.9.5\nPlan: ${c.additions} to add, ${c.changes} to change, ${c.destructions} to destroy.\n`
        : run.script.apply === 'errored'
          ? 'Terraform v1.9.5\nError: creating resource: permission denied\n'
          : `Apply complete! Resources: ${c.additions} added, ${c.changes} changed, ${c.destructions} destroyed.\n`
    const body = (phase === 'plan' ? run.script.planLog : run.script.applyLog) ?? fallback
    return `\x02${body}${done ? '\x03' : ''}`
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------------

  private send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): number {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, {
      'X-RateLimit-Limit': '30',
      'TFP-API-Version': '2.6',
      'TFP-AppName': this.options.enterprise ? 'Terraform Enterprise' : 'HCP Terraform',
      ...(this.options.enterprise ? { 'X-TFE-Version': 'v202410-1' } : {}),
      ...(text ? { 'Content-Type': 'application/vnd.api+json' } : {}),
      ...headers
    })
    res.end(text)
    return status
  }

  private error(res: ServerResponse, status: number, title: string, detail?: string): number {
    return this.send(res, status, { errors: [{ status: String(status), title, ...(detail ? { detail } : {}) }] })
  }

  private async readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const body = await this.readBody(req)
    const record: RecordedRequest = { method, path: url.pathname, query: url.search, hasAuthorization: req.headers.authorization !== undefined, headers: { ...req.headers }, status: 0, origin: 'api', at: this.clock.now() }
    this.requests.push(record)
    const faults = this.faults
    this.apiRequestCount++
    if (method === 'GET') this.readCount++
    if (faults.delayMs) await this.clock.sleep(faults.delayMs)
    if (faults.hang?.(method, url.pathname)) return
    if (faults.dropBeforeHandling?.(method, url.pathname)) {
      record.status = -1
      req.socket.destroy()
      return
    }
    if ((faults.rateLimitEvery && this.apiRequestCount % faults.rateLimitEvery === 0) || faults.rateLimitWhen?.(method, url.pathname)) {
      record.status = this.send(res, 429, { errors: [{ detail: "You have exceeded the API's rate limit.", status: 429, title: 'Too many requests' }] }, { 'X-RateLimit-Reset': String(faults.rateLimitResetSeconds ?? 0.05) })
      return
    }
    if (faults.serverErrorEveryRead && method === 'GET' && this.readCount % faults.serverErrorEveryRead === 0) {
      record.status = this.send(res, 503, '<html><body>503 Service Unavailable</body></html>', { 'Content-Type': 'text/html' })
      return
    }
    const drop = faults.dropAfterHandling?.(method, url.pathname) ?? false
    const sink = drop ? this.nullResponse() : res
    try {
      record.status = this.route(method, url, body, req, sink)
    } catch (error) {
      record.status = this.error(sink, 500, 'internal error', (error as Error).message)
    }
    if (drop) {
      record.status = -1
      req.socket.destroy()
    }
  }

  /** A response that goes nowhere: the server acts, the client never hears back. */
  private nullResponse(): ServerResponse {
    return { writeHead: () => undefined, end: () => undefined } as unknown as ServerResponse
  }

  private authorize(req: IncomingMessage): TokenRole | undefined {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
    return match ? this.tokens[match[1]] : undefined
  }

  private route(method: string, url: URL, body: string, req: IncomingMessage, res: ServerResponse): number {
    const path = url.pathname
    if (method === 'GET' && path === '/.well-known/terraform.json') return this.send(res, 200, { 'tfe.v2': '/api/v2/', 'state.v2': '/api/v2/' }, { 'Content-Type': 'application/json' })
    const role = this.authorize(req)
    if (!role) return this.send(res, 401, { errors: [{ status: '401', title: 'unauthorized' }] })
    if (method === 'GET' && path === '/api/v2/ping') return this.send(res, 204)

    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/api\/v2\/organizations\/([^/]+)\/workspaces\/([^/]+)$/.exec(path))) {
      const [org, name] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])]
      const ws = [...this.workspaces.values()].find(w => w.organization === org && w.name === name)
      return ws ? this.send(res, 200, { data: this.workspaceDoc(ws) }) : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/workspaces\/([^/]+)$/.exec(path))) {
      const ws = this.workspaces.get(m[1])
      return ws ? this.send(res, 200, { data: this.workspaceDoc(ws) }) : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/workspaces\/([^/]+)\/runs$/.exec(path))) return this.listRuns(m[1], url, res)
    if (method === 'GET' && (m = /^\/api\/v2\/configuration-versions\/([^/]+)$/.exec(path))) {
      const cv = this.cvs.get(m[1])
      return cv ? this.send(res, 200, { data: this.cvDoc(cv) }) : this.error(res, 404, 'not found')
    }
    if (method === 'POST' && path === '/api/v2/runs') {
      if (role === 'organization' || role === 'reader') return this.error(res, 404, 'not found')
      return this.createRun(body, res)
    }
    if (method === 'GET' && (m = /^\/api\/v2\/runs\/([^/]+)$/.exec(path))) {
      const run = this.runs.get(m[1])
      return run ? this.send(res, 200, { data: this.runDoc(run), included: [] }) : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/runs\/([^/]+)\/(run-events|task-stages|policy-checks|comments)$/.exec(path))) {
      return this.runs.has(m[1]) ? this.send(res, 200, { data: [] }) : this.error(res, 404, 'not found')
    }
    if (method === 'POST' && (m = /^\/api\/v2\/runs\/([^/]+)\/actions\/(apply|discard|cancel|force-cancel)$/.exec(path))) {
      if (role === 'organization' || role === 'reader') return this.error(res, 404, 'not found')
      return this.runAction(m[1], m[2], body, res)
    }
    if (method === 'GET' && (m = /^\/api\/v2\/(?:plans\/([^/]+)|runs\/([^/]+)\/plan)$/.exec(path))) {
      const run = m[1] ? this.runByPlan(m[1]) : this.runs.get(m[2])
      return run ? this.send(res, 200, { data: this.planDoc(run) }) : this.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/plans\/([^/]+)\/(json-output|json-output-redacted)$/.exec(path))) {
      const run = this.runByPlan(m[1])
      if (!run) return this.error(res, 404, 'not found')
      const redacted = m[2] === 'json-output-redacted'
      if (!redacted && (role !== 'admin' || run.script.jsonOutput === 'forbidden')) return this.error(res, 404, 'not found')
      if (redacted && run.script.redactedJson === null) return this.error(res, 404, 'not found')
      if (this.planStatus(run, this.advance(run)) !== 'finished' && run.script.plan !== 'errored') return this.send(res, 204)
      const content = (redacted ? run.script.redactedJson : undefined) ?? run.script.planJson ?? (run.script.plan === 'errored' ? '{}' : generatedPlanJson(this.counts(run)))
      const key = this.blobKey({ kind: 'json', body: content, singleUse: true })
      return this.send(res, 307, undefined, { Location: `${this.archiveUrl}/v1/object/${key}` })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/(?:applies\/([^/]+)|runs\/([^/]+)\/apply)$/.exec(path))) {
      const run = m[1] ? [...this.runs.values()].find(r => r.applyId === m![1]) : this.runs.get(m[2])
      return run ? this.send(res, 200, { data: this.applyDoc(run) }) : this.error(res, 404, 'not found')
    }
    return this.error(res, 404, 'not found')
  }

  private runByPlan(planId: string): SimRun | undefined {
    return [...this.runs.values()].find(r => r.planId === planId)
  }

  private createRun(body: string, res: ServerResponse): number {
    let doc: { data?: { type?: string; attributes?: Record<string, unknown>; relationships?: Record<string, { data?: { id?: string } }> } }
    try {
      doc = JSON.parse(body)
    } catch {
      return this.error(res, 400, 'bad request', 'body is not JSON')
    }
    const data = doc.data
    if (data?.type !== 'runs') return this.error(res, 422, 'unprocessable entity', 'data.type must be runs')
    const wsId = data.relationships?.workspace?.data?.id
    const ws = wsId ? this.workspaces.get(wsId) : undefined
    if (!ws) return this.error(res, 404, 'not found')
    const attrs = data.attributes ?? {}
    const cvId = data.relationships?.['configuration-version']?.data?.id ?? ws.latestCvId
    if (!cvId) return this.error(res, 422, 'unprocessable entity', 'Configuration version is missing')
    const cv = this.cvs.get(cvId)
    if (!cv) return this.error(res, 404, 'not found')
    if (cv.status !== 'uploaded') return this.error(res, 422, 'invalid run parameters', 'Configuration version is still being processed.')
    if (attrs['is-destroy'] === true && attrs['refresh-only'] === true) return this.error(res, 422, 'invalid run parameters', 'is-destroy and refresh-only are mutually exclusive')
    for (const key of ['is-destroy', 'refresh', 'refresh-only', 'plan-only', 'auto-apply']) {
      if (key in attrs && typeof attrs[key] !== 'boolean') return this.error(res, 422, 'unprocessable entity', `${key} must be a boolean`)
    }
    const run = this.newRun(ws, cvId, { message: typeof attrs.message === 'string' ? attrs.message : 'Queued manually via the Terraform Enterprise API', planOnly: attrs['plan-only'] === true || cv.speculative === true, isDestroy: attrs['is-destroy'] === true })
    run.refresh = attrs.refresh !== false
    run.refreshOnly = attrs['refresh-only'] === true
    run.autoApply = typeof attrs['auto-apply'] === 'boolean' ? attrs['auto-apply'] : (ws.autoApply ?? false)
    run.targetAddrs = Array.isArray(attrs['target-addrs']) ? (attrs['target-addrs'] as string[]) : null
    run.replaceAddrs = Array.isArray(attrs['replace-addrs']) ? (attrs['replace-addrs'] as string[]) : null
    run.variables = Array.isArray(attrs.variables) ? (attrs.variables as Array<{ key: string; value: string }>) : []
    run.steps = this.planSteps(run)
    return this.send(res, 201, { data: this.runDoc(run) })
  }

  private runAction(id: string, action: string, body: string, res: ServerResponse): number {
    const run = this.runs.get(id)
    if (!run) return this.error(res, 404, 'not found')
    if (body.trim()) {
      try {
        JSON.parse(body)
      } catch {
        return this.error(res, 400, 'bad request', 'body is not JSON')
      }
    }
    this.faults.beforeAction?.(run, action, this)
    const status = this.advance(run)
    const flags = this.actionsOf(run, status)
    const now = this.clock.now()
    const conflict = (): number => this.error(res, 409, 'transition not allowed')
    switch (action) {
      case 'apply':
        if (!flags['is-confirmable']) return conflict()
        run.steps = this.applySteps(run)
        break
      case 'discard':
        if (!flags['is-discardable']) return conflict()
        run.steps = [{ status: 'discarded', ms: Infinity }]
        break
      case 'cancel':
        if (!flags['is-cancelable']) return conflict()
        run.cancelRequestedAt = now
        if (!['planning', 'applying'].includes(status)) {
          run.steps = [{ status, ms: run.script.cancelMs }, { status: 'canceled', ms: Infinity }]
          run.stepsFrom = now
          run.actionsLog.push(action)
          return this.send(res, 202)
        }
        return (run.actionsLog.push(action), this.send(res, 202))
      case 'force-cancel':
        if (!flags['is-force-cancelable']) return conflict()
        run.steps = [{ status: 'force_canceled', ms: Infinity }]
        break
    }
    run.stepsFrom = now
    run.actionsLog.push(action)
    return this.send(res, 202)
  }

  private listRuns(wsId: string, url: URL, res: ServerResponse): number {
    if (!this.workspaces.has(wsId)) return this.error(res, 404, 'not found')
    const size = Math.min(100, Number(url.searchParams.get('page[size]') ?? 20) || 20)
    const number = Math.max(1, Number(url.searchParams.get('page[number]') ?? 1) || 1)
    const statuses = url.searchParams.get('filter[status]')?.split(',')
    const operations = url.searchParams.get('filter[operation]')?.split(',')
    let runs = [...this.runs.values()].filter(r => r.workspaceId === wsId).sort((a, b) => b.createdAt - a.createdAt)
    // Plan-only runs are left out unless asked for (tfc-api.md §4.6).
    if (!operations?.includes('plan_only')) runs = runs.filter(r => !r.planOnly)
    if (statuses) runs = runs.filter(r => statuses.includes(this.advance(r)))
    const pages = Math.max(1, Math.ceil(runs.length / size))
    const counts: Record<string, number> = { total: runs.length }
    return this.send(res, 200, {
      data: runs.slice((number - 1) * size, number * size).map(r => this.runDoc(r)),
      links: { self: url.href, first: url.href, prev: null, next: number < pages ? url.href : null, last: url.href },
      meta: { pagination: { 'current-page': number, 'page-size': size, 'prev-page': number > 1 ? number - 1 : null, 'next-page': number < pages ? number + 1 : null, 'total-pages': pages, 'total-count': runs.length }, 'status-counts': counts }
    })
  }

  private async handleArchive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.archiveUrl)
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.search, hasAuthorization: req.headers.authorization !== undefined, headers: { ...req.headers }, status: 0, origin: 'archive', at: this.clock.now() }
    this.requests.push(record)
    await this.readBody(req)
    // Signed storage URLs reject a second auth mechanism; this also catches a token leaking across origins.
    if (req.headers.authorization) {
      record.status = 400
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Only one auth mechanism allowed')
      return
    }
    const key = /^\/v1\/object\/([^/]+)$/.exec(url.pathname)?.[1]
    const blob = key ? this.blobs.get(key) : undefined
    if (!blob) {
      record.status = 404
      res.writeHead(404).end()
      return
    }
    if (blob.kind === 'json') {
      if (blob.singleUse) this.blobs.delete(key!)
      record.status = 200
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(blob.body)
      return
    }
    const run = this.runs.get(blob.runId)!
    const text = Buffer.from(this.logText(run, blob.phase), 'utf8')
    const offset = Number(url.searchParams.get('offset') ?? 0) || 0
    const limit = Number(url.searchParams.get('limit') ?? text.length) || text.length
    record.status = 200
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(text.subarray(offset, offset + limit))
  }
}
