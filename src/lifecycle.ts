import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Outputs, State } from './constants.js'
import { decideAfterPlan, isPlanSettled, isTerminal, nextPollDelay, type Decision } from './decide.js'
import { formatDuration } from './duration.js'
import { commitOf } from './github-event.js'
import type { ActionInputs } from './inputs.js'
import { errorExcerpt, type LogExcerpt } from './plan/log.js'
import { readPlanSummary } from './plan/read.js'
import { destroyCount, emptyCounts, type ChangeCounts, type PlanSummary } from './plan/summary.js'
import type { Outcome, ReportInput } from './report/render.js'
import type { ActionIO } from './runtime.js'
import { systemClock, type Clock } from './clock.js'
import { configurationVersionProblem, readConfigurationVersion } from './tfc/configuration-versions.js'
import { ApiError, OutcomeUnknownError } from './tfc/errors.js'
import type { TfcHttp } from './tfc/http.js'
import { downloadJsonPlan, readApply, readPlan } from './tfc/plans.js'
import { cancelOrDiscard, createRun, listRuns, readRun, runAction, type RunCreateOptions } from './tfc/runs.js'
import type { Plan, Run, Workspace } from './tfc/types.js'
import { readWorkspace } from './tfc/workspaces.js'

/** A failure the user can act on; its message is the whole story (no stack trace needed). */
export class StepFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepFailure'
  }
}

export interface LifecycleResult {
  report?: ReportInput
  outputs: Record<string, string>
  failure?: string
}

export interface LifecycleOptions {
  http: TfcHttp
  inputs: ActionInputs
  io: ActionIO
  /** Aborted on SIGINT/SIGTERM: the step cancels the run it created and stops. */
  signal?: AbortSignal
  /** Called as the run moves (created, planned, applying) so a PR comment can follow it. */
  onProgress?: (report: ReportInput) => Promise<void>
  clock?: Clock
}

const APPLY_STARTED = new Set(['confirmed', 'queuing_apply', 'apply_queued', 'pre_apply_running', 'pre_apply_completed', 'applying', 'post_apply_running', 'post_apply_completed', 'applied'])

class Interrupted extends Error {}
class TimedOut extends Error {}

/**
 * The run lifecycle: resolve, create, wait until planned, read the plan, decide, then apply or discard.
 * Every exit path leaves no run of ours pending unless the inputs asked for that (`discard: false`).
 */
export class RunLifecycle {
  private readonly http: TfcHttp
  private readonly inputs: ActionInputs
  private readonly io: ActionIO
  private readonly signal?: AbortSignal
  private readonly deadline: number
  private readonly clock: Clock
  private readonly outputs: Record<string, string> = {}
  private workspace?: Workspace
  private run?: Run
  private plan?: Plan
  private summary?: PlanSummary
  private planNote?: string
  private log?: LogExcerpt
  private cvSource?: string
  private lastStatus = ''

  constructor(private readonly options: LifecycleOptions) {
    this.http = options.http
    this.inputs = options.inputs
    this.io = options.io
    this.signal = options.signal
    this.clock = options.clock ?? systemClock
    this.deadline = this.clock.now() + options.inputs.timeoutMs
  }

  /** Set when an unexpected failure left our run unfinished and cancelling it failed too: the post step retries. */
  cleanupPending = false

  async execute(): Promise<LifecycleResult> {
    try {
      return await this.executeSteps()
    } catch (error) {
      if (error instanceof TimedOut || error instanceof Interrupted) return this.stopRun(error)
      await this.abandon()
      throw error
    }
  }

  /** After an unexpected failure, do not leave the run we created holding the workspace's queue. */
  private async abandon(): Promise<void> {
    if (!this.run) return
    try {
      const run = await readRun(this.http, this.run.id)
      if (isTerminal(run) || (run.actions.isConfirmable && !this.inputs.discard)) return
      const done = await cancelOrDiscard(this.http, run, 'Stopped by GitHub Actions: the step failed')
      if (done) this.io.warning(`The step failed, so run ${run.id} was ${done} to free the workspace's queue.`)
    } catch {
      this.cleanupPending = true
    }
  }

  private async executeSteps(): Promise<LifecycleResult> {
    const { io, inputs } = this
    const cvId = await io.group('Resolve workspace and configuration version', () => this.resolve())
    const run = await io.group('Create run', () => this.create(cvId))
    await this.progress('planning', 'Planning; this comment is updated when the plan is ready.')

    let settled = await io.group('Wait for the plan', () => this.waitUntil(run.id, isPlanSettled, 'plan'))
    await io.group('Read the plan', () => this.readPlanDetails(settled))
    let decision = decideAfterPlan(settled, this.destroys(), inputs)
    io.info(decision.reason)

    if (decision.kind === 'apply') {
      const applied = await io.group('Apply', () => this.applyRun(settled))
      settled = applied.run
      decision = applied.decision
      if (decision.kind === 'apply') return this.finishApply(settled)
    }
    if (decision.kind === 'discard') settled = await io.group('Discard', () => this.discardRun(settled, decision.reason))
    return this.finish(settled, decision)
  }

  // ---- resolve -------------------------------------------------------------------------------------------------

  private async resolve(): Promise<string | undefined> {
    const { inputs, io } = this
    const workspace = await this.lookupWorkspace(inputs.workspace, 'workspace')
    this.workspace = workspace
    io.info(`Workspace ${workspace.organization}/${workspace.name} (${workspace.id}), auto-apply ${workspace.autoApply ? 'on' : 'off'} (ignored: this step decides)`)
    if (workspace.executionMode === 'local') {
      throw new StepFailure(`Workspace ${workspace.organization}/${workspace.name} uses local execution mode, where HCP Terraform only stores state and cannot run plans; switch it to remote or agent execution.`)
    }
    if (workspace.locked && !inputs.planOnly) io.warning(`Workspace ${workspace.name} is locked: the run will wait in the queue until it is unlocked (or until \`timeout\`).`)

    let cvId = inputs.configurationVersion || undefined
    if (inputs.promoteFrom) cvId = await this.promotedConfigurationVersion()
    if (cvId) {
      const cv = await this.api(() => readConfigurationVersion(this.http, cvId!), `Configuration version ${cvId} was not found, or the token cannot read it. Check \`configuration-version\`.`)
      const problem = configurationVersionProblem(cv, inputs.planOnly)
      if (problem) throw new StepFailure(`Input \`${inputs.promoteFrom ? 'promote-from' : 'configuration-version'}\`: ${problem}.`)
      this.cvSource = inputs.promoteFrom ? `promoted from ${inputs.promoteFrom}` : cv.source || undefined
      io.info(`Configuration version ${cv.id} (${cv.status}${cv.source ? `, from ${cv.source}` : ''})`)
    } else {
      io.info("Configuration version: the workspace's latest")
    }
    return cvId
  }

  private async lookupWorkspace(ref: string, input: string): Promise<Workspace> {
    const name = ref.startsWith('ws-') ? ref : `${this.inputs.organization}/${ref}`
    return this.api(
      () => readWorkspace(this.http, ref, this.inputs.organization),
      `Workspace ${name} was not found on ${new URL(this.inputs.apiOrigin).host}, or the token cannot read it. Check \`${input}\`${ref.startsWith('ws-') ? '' : ' and `organization`'}, and that the token's team has access to the workspace.`
    )
  }

  /** The configuration version of the source workspace's last applied run (tfc-api.md §3.4). */
  private async promotedConfigurationVersion(): Promise<string> {
    const source = await this.lookupWorkspace(this.inputs.promoteFrom, 'promote-from')
    let applied: Run | undefined
    if (source.currentRunId) {
      const current = await readRun(this.http, source.currentRunId)
      if (current.status === 'applied') applied = current
    }
    if (!applied) {
      // The current run may be newer and not applied yet: look back for the newest applied one. The list endpoint
      // is rate limited to 30/min, so this is a single look-up; the status is checked here, not only by the filter.
      const runs = await listRuns(this.http, source.id, { 'filter[status]': 'applied' }, 20)
      applied = runs.find(r => r.status === 'applied')
    }
    if (!applied?.configurationVersionId) {
      throw new StepFailure(`Input \`promote-from\`: workspace ${source.organization}/${source.name} has no applied run to promote; apply a run there first, or pass \`configuration-version\` instead.`)
    }
    this.io.info(`Promoting configuration version ${applied.configurationVersionId} of ${source.name}'s applied run ${applied.id}`)
    return applied.configurationVersionId
  }

  // ---- create --------------------------------------------------------------------------------------------------

  private async create(cvId: string | undefined): Promise<Run> {
    const workspace = this.workspace!
    const marker = `tfe-run-action:${randomBytes(6).toString('hex')}`
    const options: RunCreateOptions = {
      workspaceId: workspace.id,
      configurationVersionId: cvId,
      message: `${this.inputs.message || defaultMessage(this.io.env)} [${marker}]`,
      isDestroy: this.inputs.isDestroy,
      planOnly: this.inputs.planOnly,
      refresh: this.inputs.refresh,
      refreshOnly: this.inputs.refreshOnly,
      targetAddrs: this.inputs.targetAddrs,
      replaceAddrs: this.inputs.replaceAddrs,
      variables: this.inputs.variables
    }
    const run = await this.createOnce(options, marker)
    this.run = run
    this.io.saveState(State.RunId, run.id)
    this.io.saveState(State.ApiUrl, this.inputs.apiOrigin)
    this.setOutput(Outputs.RunId, run.id)
    this.setOutput(Outputs.RunUrl, this.runUrl(run.id))
    this.setOutput(Outputs.ConfigurationVersionId, run.configurationVersionId ?? cvId ?? '')
    this.io.info(`Created run ${run.id}: ${this.runUrl(run.id)}`)
    return run
  }

  /**
   * POST /runs is not idempotent. When its outcome is unknown (the connection dropped after sending), the run is
   * looked for by the unique marker in its message before trying again, so a retry never makes a second run.
   */
  private async createOnce(options: RunCreateOptions, marker: string): Promise<Run> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.api(() => createRun(this.http, options), `Could not create a run on workspace ${this.workspace!.name}.`, true)
      } catch (error) {
        if (!(error instanceof OutcomeUnknownError) || attempt >= 3) throw error
        this.io.warning(`${error.message}; looking for the run before trying again`)
        for (let look = 0; look < 3; look++) {
          await this.clock.sleep(500 * 2 ** look, this.signal)
          const runs = await listRuns(this.http, options.workspaceId, {}, 20)
          const found = runs.find(run => run.message.includes(marker))
          if (found) {
            this.io.info(`The run was created after all: ${found.id}`)
            return found
          }
        }
      }
    }
  }

  // ---- wait ----------------------------------------------------------------------------------------------------

  /** Polls GET /runs/:id (never a list endpoint) until `done`, backing off to `poll-interval`, within `timeout`. */
  private async waitUntil(runId: string, done: (run: Run) => boolean, phase: 'plan' | 'apply'): Promise<Run> {
    const started = this.clock.now()
    for (;;) {
      this.checkStop(phase)
      const run = await readRun(this.http, runId)
      this.run = run
      if (run.status !== this.lastStatus) {
        this.io.info(`${new Date().toISOString().slice(11, 19)} ${run.status}`)
        this.lastStatus = run.status
      }
      if (done(run)) return run
      const delay = Math.min(nextPollDelay(this.clock.now() - started, this.inputs.pollIntervalMs), Math.max(0, this.deadline - this.clock.now()))
      await this.clock.sleep(delay, this.signal)
    }
  }

  private checkStop(phase: string): void {
    if (this.signal?.aborted) throw new Interrupted(phase)
    if (this.clock.now() >= this.deadline) throw new TimedOut(phase)
  }

  // ---- plan ----------------------------------------------------------------------------------------------------

  private async readPlanDetails(run: Run): Promise<void> {
    if (!run.planId) return
    const plan = await readPlan(this.http, run.planId)
    this.plan = plan
    if (plan.logReadUrl) this.io.setSecret(plan.logReadUrl)
    this.setOutput(Outputs.PlanId, plan.id)
    this.setOutput(Outputs.PlanStatus, plan.status)
    this.setOutput(Outputs.HasChanges, String(plan.hasChanges))
    this.setOutput(Outputs.ResourceAdditions, String(plan.resourceAdditions ?? 0))
    this.setOutput(Outputs.ResourceChanges, String(plan.resourceChanges ?? 0))
    this.setOutput(Outputs.ResourceDestructions, String(plan.resourceDestructions ?? 0))
    this.setOutput(Outputs.ResourceImports, String(plan.resourceImports ?? 0))
    this.io.info(`Plan ${plan.id} ${plan.status}: ${plan.resourceAdditions ?? 0} to add, ${plan.resourceChanges ?? 0} to change, ${plan.resourceDestructions ?? 0} to destroy`)

    if (plan.status === 'errored' || run.status === 'errored') {
      this.log = await this.readLogExcerpt(plan.logReadUrl, 'plan')
      if (this.log) this.io.info(`Plan log (${this.log.kind}):\n${this.log.text}`)
    }
    if (plan.status === 'finished') await this.readJsonPlan(plan)
  }

  private async readJsonPlan(plan: Plan): Promise<void> {
    const dir = join(this.io.env.RUNNER_TEMP || tmpdir(), 'tfe-run-action')
    await mkdir(dir, { recursive: true })
    const file = join(dir, `${plan.id}.json`)
    const wait = (ms: number): Promise<void> => this.clock.sleep(ms, this.signal)
    for (const kind of ['json-output-redacted', 'json-output'] as const) {
      try {
        if (!(await downloadJsonPlan(this.http, plan.id, kind, file, wait))) continue
        this.summary = await readPlanSummary(file)
        this.setOutput(Outputs.PlanJson, file)
        this.io.info(`Read the JSON plan (${kind}): ${this.summary.changes.length} resource changes; saved to ${file}`)
        return
      } catch (error) {
        this.io.warning(`Could not read the JSON plan (${kind}): ${(error as Error).message}`)
      }
    }
    this.planNote = 'The JSON plan could not be read with this token, so the resource list is missing; counts come from the Plans API (a replacement counts as one add and one destroy).'
    this.io.warning(this.planNote)
  }

  private async readLogExcerpt(url: string | undefined, phase: string): Promise<LogExcerpt | undefined> {
    if (!url) return undefined
    try {
      const result = await this.http.fetchBlob(url)
      if (result.status === 200) return errorExcerpt(result.body)
      this.io.warning(`Could not read the ${phase} log: the log storage answered ${result.status}`)
    } catch (error) {
      this.io.warning(`Could not read the ${phase} log: ${(error as Error).message}`)
    }
    return undefined
  }

  private destroys(): number {
    if (this.summary) return destroyCount(this.summary.counts)
    return this.plan?.resourceDestructions ?? 0
  }

  // ---- act -----------------------------------------------------------------------------------------------------

  /**
   * Confirms the run. A 409 (or an unknown outcome) gets a fresh read and a decision from that state, never a blind
   * retry: the run may have moved on (a `planned` that was transient before cost estimation, say).
   */
  private async applyRun(run: Run): Promise<{ run: Run; decision: Decision }> {
    let current = run
    for (let attempt = 1; attempt <= 3; attempt++) {
      let result: 'accepted' | 'conflict' | 'unknown'
      try {
        result = await runAction(this.http, current.id, 'apply', `Applied by GitHub Actions (${workflowRef(this.io.env)})`)
      } catch (error) {
        if (!(error instanceof OutcomeUnknownError)) throw error
        result = 'unknown'
      }
      if (result === 'accepted') {
        this.io.info('Apply accepted')
        break
      }
      current = await readRun(this.http, current.id)
      this.io.info(`Apply answered ${result === 'conflict' ? '409' : 'with an unknown outcome'}; the run is now ${current.status}`)
      if (APPLY_STARTED.has(current.status)) break
      if (!isPlanSettled(current)) current = await this.waitUntil(current.id, isPlanSettled, 'plan')
      const decision = decideAfterPlan(current, this.destroys(), this.inputs)
      if (decision.kind !== 'apply') return { run: current, decision }
      if (attempt === 3) throw new StepFailure(`HCP Terraform refused to apply run ${current.id} three times (status ${current.status}); see the run page.`)
    }
    await this.progress('applying', 'Applying.')
    return { run: current, decision: { kind: 'apply', reason: 'Applied: `apply` is true.' } }
  }

  private async finishApply(run: Run): Promise<LifecycleResult> {
    if (!this.inputs.waitForApply) {
      this.setOutput(Outputs.Applied, 'true')
      return this.result(run, 'applying', 'Apply started; not waiting for it because `wait-for-apply` is false.')
    }
    const done = await this.io.group('Wait for the apply', () => this.waitUntil(run.id, isTerminal, 'apply'))
    if (done.status === 'applied') {
      this.setOutput(Outputs.Applied, 'true')
      return this.result(done, 'applied', 'Applied: `apply` is true.')
    }
    this.setOutput(Outputs.Applied, 'false')
    if (done.applyId) {
      const apply = await readApply(this.http, done.applyId)
      if (apply.logReadUrl) this.io.setSecret(apply.logReadUrl)
      this.log = await this.readLogExcerpt(apply.logReadUrl, 'apply')
    }
    const failure = done.status === 'errored' ? 'The apply errored; see the log excerpt and the run page. Some changes may have been applied.' : `The apply ended as ${done.status}.`
    return this.result(done, done.status === 'errored' ? 'apply-errored' : 'canceled', 'Confirmed the run, but the apply did not succeed.', failure)
  }

  /** Discards the run. On a 409 the fresh state decides: already ended (reported as it is), one more try, or a failure. */
  private async discardRun(run: Run, reason: string): Promise<Run> {
    const comment = `Discarded by GitHub Actions (${workflowRef(this.io.env)}): ${reason}`
    if ((await runAction(this.http, run.id, 'discard', comment)) === 'conflict') {
      const fresh = await readRun(this.http, run.id)
      this.io.info(`Discard answered 409; the run is now ${fresh.status}`)
      if (isTerminal(fresh)) return fresh
      if (!fresh.actions.isDiscardable || (await runAction(this.http, run.id, 'discard', comment)) === 'conflict') {
        throw new StepFailure(`Could not discard run ${run.id}: it is now ${fresh.status}. Check the run page; it may hold the workspace's queue.`)
      }
    }
    const done = await this.waitUntil(run.id, isTerminal, 'plan')
    this.io.info(`Run ${done.id} is ${done.status}`)
    return done
  }

  private finish(run: Run, decision: Decision): LifecycleResult {
    const discarded = run.status === 'discarded' && decision.kind === 'discard'
    this.setOutput(Outputs.Discarded, String(discarded))
    this.setOutput(Outputs.Applied, String(run.status === 'applied'))
    return this.result(run, outcomeOf(run, decision, this.summary?.counts ?? this.apiCounts()), decision.reason, decision.fail)
  }

  // ---- stop ----------------------------------------------------------------------------------------------------

  /** Timeout or interrupt: cancel (or discard) the run this step created so it does not hold the queue. */
  private async stopRun(reason: TimedOut | Interrupted): Promise<LifecycleResult> {
    const why =
      reason instanceof TimedOut
        ? `Timed out after ${formatDuration(this.inputs.timeoutMs)} (the \`timeout\` input) while waiting for the ${reason.message}`
        : `The step was interrupted while waiting for the ${reason.message}`
    if (!this.run) throw new StepFailure(`${why}; no run had been created.`)
    let run = await readRun(this.http, this.run.id)
    let action = 'The run had already ended.'
    if (!isTerminal(run)) {
      const done = await cancelOrDiscard(this.http, run, `Stopped by GitHub Actions: ${why}`)
      action = done ? `${done === 'canceled' ? 'Canceled' : 'Discarded'} the run.` : `Could not cancel the run (status ${run.status}); check the run page.`
      // After an interrupt the runner kills the process within seconds: the request is sent, do not wait for it.
      if (reason instanceof TimedOut) run = await this.settleAfterCancel(run)
    }
    this.io.info(action)
    this.setOutput(Outputs.Discarded, String(run.status === 'discarded'))
    this.setOutput(Outputs.Applied, String(run.status === 'applied'))
    return this.result(run, reason instanceof TimedOut ? 'timed-out' : 'canceled', action, `${why}. ${action}`)
  }

  /** After a cancel, give the run a short while to stop; force-cancel when allowed and the input asks for it. */
  private async settleAfterCancel(run: Run): Promise<Run> {
    const until = this.clock.now() + (this.inputs.forceCancel ? 5 * 60_000 : 30_000)
    let current = run
    let forced = false
    while (!isTerminal(current) && this.clock.now() < until) {
      await this.clock.sleep(Math.min(2000, this.inputs.pollIntervalMs))
      current = await readRun(this.http, run.id)
      if (this.inputs.forceCancel && !forced && current.actions.isForceCancelable) {
        await runAction(this.http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out')
        forced = true
        this.io.info('Force-canceled the run')
      }
    }
    if (!isTerminal(current)) this.io.warning(`Run ${run.id} is still ${current.status} after the cancel request; it will stop when Terraform exits.`)
    return current
  }

  // ---- report --------------------------------------------------------------------------------------------------

  private result(run: Run, outcome: Outcome, action: string, failure?: string): LifecycleResult {
    this.setOutput(Outputs.RunStatus, run.status)
    // Both flags are always set, so `if: steps.x.outputs.applied == 'false'` never meets an empty string.
    for (const name of [Outputs.Applied, Outputs.Discarded]) if (!(name in this.outputs)) this.setOutput(name, 'false')
    const report = this.report(run, outcome, action, failure)
    return { report, outputs: this.outputs, failure }
  }

  report(run: Run, outcome: Outcome, action: string, failure?: string): ReportInput {
    const workspace = this.workspace!
    const env = this.io.env
    const sha = commitOf(env)
    return {
      outcome,
      action,
      failure,
      run: { id: run.id, url: this.runUrl(run.id), status: run.status, createdAt: run.createdAt, isDestroy: this.inputs.isDestroy, planOnly: this.inputs.planOnly },
      workspace: { organization: workspace.organization, name: workspace.name, url: this.workspaceUrl() },
      configurationVersion: run.configurationVersionId ? { id: run.configurationVersionId, source: this.cvSource } : undefined,
      commit: sha && env.GITHUB_REPOSITORY ? { sha, url: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/commit/${sha}` } : undefined,
      counts: this.summary ? undefined : this.apiCounts(),
      plan: this.summary,
      planNote: this.planNote,
      log: this.log
    }
  }

  private apiCounts(): ChangeCounts | undefined {
    if (!this.plan || this.plan.resourceAdditions === null) return undefined
    return {
      ...emptyCounts(),
      add: this.plan.resourceAdditions ?? 0,
      change: this.plan.resourceChanges ?? 0,
      destroy: this.plan.resourceDestructions ?? 0,
      import: this.plan.resourceImports ?? 0
    }
  }

  private async progress(outcome: Outcome, action: string): Promise<void> {
    if (!this.options.onProgress || !this.run) return
    await this.options.onProgress(this.report(this.run, outcome, action))
  }

  private setOutput(name: string, value: string): void {
    this.outputs[name] = value
    this.io.setOutput(name, value)
  }

  runUrl(runId: string): string {
    return `${this.workspaceUrl()}/runs/${runId}`
  }

  private workspaceUrl(): string {
    const ws = this.workspace!
    return `${this.inputs.apiOrigin}/app/${encodeURIComponent(ws.organization)}/workspaces/${encodeURIComponent(ws.name)}`
  }

  /** Runs an API call, turning the 401/404 answers users hit most into messages that say what to check. */
  private async api<T>(call: () => Promise<T>, notFound: string, isWrite = false): Promise<T> {
    try {
      return await call()
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        throw new StepFailure(isWrite ? `${notFound} HCP Terraform answered 404: the workspace or configuration version is gone, or the token lacks permission to queue runs (organization tokens cannot create runs; use a team or user token).` : notFound)
      }
      if (error instanceof ApiError && error.status === 422) {
        throw new StepFailure(`${notFound} HCP Terraform rejected the request: ${[error.title, error.detail].filter(Boolean).join(': ') || '422 unprocessable entity'}.`)
      }
      throw error
    }
  }
}

function outcomeOf(run: Run, decision: Decision, counts: ChangeCounts | undefined): Outcome {
  if (decision.kind === 'discard') {
    if (decision.fail && /allow-destroy/.test(decision.fail)) return 'destroy-refused'
    return decision.fail ? 'needs-decision' : 'discarded'
  }
  if (decision.kind === 'leave') return decision.fail ? 'needs-decision' : 'left'
  switch (run.status) {
    case 'errored':
      return 'errored'
    case 'canceled':
    case 'force_canceled':
      return 'canceled'
    case 'discarded':
      return 'discarded'
    case 'applied':
      return 'applied'
    case 'policy_soft_failed':
      return 'needs-decision'
    case 'planned_and_finished': {
      const any = counts && Object.values(counts).some(n => n > 0)
      return run.planOnly && any ? 'plan-only' : 'no-changes'
    }
  }
  return 'planned'
}

function workflowRef(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_REPOSITORY ?? 'unknown repository'
  return `${repo}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`
}

/** The default run message: enough to find the workflow run from the HCP Terraform UI. */
export function defaultMessage(env: NodeJS.ProcessEnv): string {
  const sha = env.GITHUB_SHA ? `@${env.GITHUB_SHA.slice(0, 7)}` : ''
  return `GitHub Actions: ${env.GITHUB_REPOSITORY ?? 'unknown repository'}${sha}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`
}
