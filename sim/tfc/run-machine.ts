/**
 * The run state machine of the simulator (tfc-api.md §4.3, §4.4): each run follows a timeline of statuses that the
 * clock walks, and actions move it onto another timeline. The server's `actions` flags come from here.
 */
import type { Clock } from '../../src/clock.js'
import { hasSentinelCheck, postPlanResult } from './checks.js'
import { DEFAULT_SCRIPT, newId, type SimRun, type SimStateOutput, type SimStateVersion, type SimWorkspace, type Step } from './model.js'
import { artefactOf, planErrors } from './run-output.js'

/** Statuses where the run rests waiting for confirmation, if it is the last configured step (§4.4). */
const CONFIRMABLE_AT = new Set(['planned', 'cost_estimated', 'policy_checked', 'post_plan_completed', 'planned_and_saved'])
const CANCELABLE = new Set([
  'pending',
  'fetching',
  'queuing',
  'plan_queued',
  'planning',
  'pre_plan_running',
  'post_plan_running',
  'cost_estimating',
  'policy_checking',
  'apply_queued',
  'queuing_apply',
  'applying',
  'confirmed'
])
const DISCARDABLE = new Set([
  'planned',
  'planned_and_saved',
  'cost_estimated',
  'policy_checked',
  'policy_override',
  'post_plan_running',
  'post_plan_completed',
  'pre_plan_awaiting_decision',
  'post_plan_awaiting_decision'
])
// The simulator keeps its own status sets, written from the API documents, rather than import the action's:
// a mistake in the action's sets must not be agreed with by its stand-in.
export const TERMINAL = new Set([
  'applied',
  'planned_and_finished',
  'policy_soft_failed',
  'discarded',
  'errored',
  'canceled',
  'force_canceled'
])

export type RunActionName = 'apply' | 'discard' | 'cancel' | 'force-cancel'

export class RunMachine {
  readonly runs = new Map<string, SimRun>()
  readonly stateVersions = new Map<string, SimStateVersion>()
  /** The state version each applied run wrote. */
  readonly stateVersionOf = new Map<string, string>()

  constructor(
    private readonly clock: Clock,
    private readonly workspaces: Map<string, SimWorkspace>
  ) {}

  newRun(ws: SimWorkspace, cvId: string, attrs: { message: string; planOnly: boolean; isDestroy: boolean }): SimRun {
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
      actionsLog: [],
      savePlan: false,
      overridden: new Set(),
      comments: [],
      overrideComments: [],
      // Plan-only runs bypass the workspace queue and never become its current run (§2.2).
      queued: !attrs.planOnly
    }
    this.runs.set(run.id, run)
    return run
  }

  /** Whether the run's workspace logs structured (JSON lines) run output. */
  structuredOutput(run: SimRun): boolean {
    return this.workspaces.get(run.workspaceId)?.structuredRunOutput ?? false
  }

  /**
   * Whether the plan can be applied: for a real CLI plan, Terraform's own `applyable` (a plan that only forgets
   * resources counts nothing to add, change or destroy, yet is applied); otherwise from the counts.
   */
  hasChanges(run: SimRun): boolean {
    if (planErrors(run)) return false
    if (run.script.plan !== 'changes') return false
    const real = run.script.counts ? undefined : artefactOf(run)
    if (real?.show) return real.applyable
    const c = run.script.counts ?? real?.counts
    return !c || c.additions + c.changes + c.destructions + (c.imports ?? 0) > 0
  }

  /** The plan-phase timeline (§4.3): queue, plan, then the configured post-plan stages, resting at the last. */
  planSteps(run: SimRun): Step[] {
    const s = run.script
    const steps: Step[] = [
      { status: 'pending', ms: s.stepMs },
      { status: 'plan_queued', ms: s.planQueuedMs ?? s.stepMs },
      { status: 'planning', ms: s.planMs }
    ]
    if (planErrors(run)) return [...steps, { status: 'errored', ms: Infinity }]
    steps.push({ status: 'planned', ms: s.stepMs })
    if (!this.hasChanges(run)) return [...steps, { status: 'planned_and_finished', ms: Infinity }]
    // Post-plan run tasks and OPA policies, then cost estimation, then Sentinel (§4.3, order of post-plan stages).
    const postPlan = postPlanResult(run)
    if (postPlan !== 'none') {
      steps.push({ status: 'post_plan_running', ms: s.stepMs })
      if (postPlan === 'errored') return [...steps, { status: 'errored', ms: Infinity }]
      if (postPlan === 'awaiting') return [...steps, { status: 'post_plan_awaiting_decision', ms: Infinity }]
      steps.push({ status: 'post_plan_completed', ms: s.stepMs })
    }
    if (s.costEstimation) steps.push({ status: 'cost_estimating', ms: s.stepMs }, { status: 'cost_estimated', ms: s.stepMs })
    if (hasSentinelCheck(run) || s.costEstimation) {
      steps.push({ status: 'policy_checking', ms: s.stepMs })
      const policy = run.overridden.has('sentinel') ? 'passed' : s.policy
      if (policy === 'hard_failed') return [...steps, { status: 'errored', ms: Infinity }]
      if (policy === 'soft_failed') return [...steps, { status: run.planOnly ? 'policy_soft_failed' : 'policy_override', ms: Infinity }]
      steps.push({ status: 'policy_checked', ms: s.stepMs })
    }
    if (run.planOnly) return [...steps, { status: 'planned_and_finished', ms: Infinity }]
    // A saved plan rests after its checks, never auto-applies, and waits for a later confirmation (§2.1).
    if (run.savePlan) return [...steps, { status: 'planned_and_saved', ms: Infinity }]
    steps[steps.length - 1].ms = Infinity
    if (run.autoApply) {
      steps[steps.length - 1].ms = s.stepMs
      steps.push(...this.applySteps(run))
    }
    return steps
  }

  applySteps(run: SimRun): Step[] {
    const s = run.script
    return [
      { status: 'confirmed', ms: s.stepMs },
      { status: 'apply_queued', ms: s.stepMs },
      { status: 'applying', ms: s.applyMs },
      { status: s.apply === 'errored' ? 'errored' : 'applied', ms: Infinity }
    ]
  }

  /**
   * Whether a queued run must wait: the workspace is locked (by anyone but this run), another run holds it as its
   * current run and has not ended, or an earlier run is still waiting for its turn.
   */
  isBlocked(run: SimRun): boolean {
    const ws = this.workspaces.get(run.workspaceId)
    if (!ws || !run.queued) return false
    if (ws.locked && ws.lockedBy?.id !== run.id) return true
    const current = ws.currentRunId ? this.runs.get(ws.currentRunId) : undefined
    if (current && current !== run && !TERMINAL.has(this.advance(current))) return true
    return [...this.runs.values()].some(
      other => other !== run && other.queued && other.workspaceId === run.workspaceId && other.createdAt < run.createdAt
    )
  }

  /** Walks the timeline to the clock's now, recording status timestamps; returns the current status. */
  advance(run: SimRun): string {
    if (run.queued) {
      if (this.isBlocked(run)) {
        run.stepsFrom = this.clock.now()
        run.reached.set('pending', run.reached.get('pending') ?? run.createdAt)
        return 'pending'
      }
      // Its turn: it becomes the workspace's current run and its timeline starts now.
      run.queued = false
      run.stepsFrom = this.clock.now()
      const ws = this.workspaces.get(run.workspaceId)
      if (ws) ws.currentRunId = run.id
    }
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
    if (!ws || run.steps[run.steps.length - 1]?.status !== 'applied' || run.staleDone) return
    run.staleDone = true
    ws.currentRunId = run.id
    this.writeState(run)
    // The state moved on: every other saved plan of the workspace is stale, and HCP Terraform discards it.
    for (const other of this.runs.values()) {
      if (other !== run && other.workspaceId === ws.id && other.savePlan && this.advance(other) === 'planned_and_saved')
        this.setStatus(other, 'discarded')
    }
    this.queueTriggered(ws)
  }

  /**
   * A successful apply queues a run on each workspace the applied one triggers, on that workspace's latest
   * configuration; it waits in that workspace's queue like any run, and applies by itself only with
   * `auto-apply-run-trigger`.
   */
  private queueTriggered(source: SimWorkspace): void {
    for (const ws of this.workspaces.values()) {
      if (!ws.triggeredBy?.includes(source.id) || !ws.latestCvId) continue
      const run = this.newRun(ws, ws.latestCvId, {
        message: `Triggered by a run in workspace ${source.name}`,
        planOnly: false,
        isDestroy: false
      })
      run.triggeringSourceName = source.name
      run.source = 'tfe-run-trigger'
      run.hideTriggeringSourceName = ws.triggerSourceOnly
      run.autoApply = ws.autoApplyRunTrigger ?? false
      run.steps = this.planSteps(run)
    }
  }

  /** The state version an apply writes, with its outputs: the script's, or those the artefact's apply log reports. */
  private writeState(run: SimRun): void {
    const applied = run.reached.get('applied') ?? this.clock.now()
    let outputs: SimStateOutput[] = run.script.stateOutputs ?? []
    const lines = run.script.stateOutputs ? undefined : artefactOf(run)?.applyJsonLines
    for (const line of lines?.split('\n') ?? []) {
      if (!line.includes('"type":"outputs"')) continue
      const reported =
        (JSON.parse(line) as { outputs?: Record<string, { sensitive?: boolean; type?: unknown; value?: unknown }> }).outputs ?? {}
      outputs = Object.entries(reported).map(([name, o]) => ({ name, value: o.value, sensitive: o.sensitive, type: o.type }))
    }
    const version: SimStateVersion = {
      id: newId('sv'),
      workspaceId: run.workspaceId,
      createdAt: applied,
      processedAt: applied + (run.script.stateProcessMs ?? 50),
      outputs: outputs.map(o => ({ ...o, id: newId('wsout') }))
    }
    this.stateVersions.set(version.id, version)
    this.stateVersionOf.set(run.id, version.id)
  }

  private isResting(run: SimRun, status: string): boolean {
    const last = run.steps[run.steps.length - 1]
    return last?.status === status && last.ms === Infinity
  }

  actionsOf(run: SimRun, status: string): Record<string, boolean> {
    const resting = this.isResting(run, status)
    const canceling = run.cancelRequestedAt !== undefined
    const confirmable = resting && CONFIRMABLE_AT.has(status) && !run.planOnly && this.hasChanges(run)
    return {
      'is-cancelable': CANCELABLE.has(status) && !canceling,
      'is-confirmable': confirmable,
      // A pending run is discardable only while it waits behind another run or a lock (§4.3).
      'is-discardable':
        (DISCARDABLE.has(status) && (resting || status === 'post_plan_running')) ||
        (status === 'pending' && !canceling && this.isBlocked(run)),
      'is-force-cancelable':
        canceling && !TERMINAL.has(status) && this.clock.now() >= run.cancelRequestedAt! + run.script.forceCancelCoolOffMs
    }
  }

  planStatus(run: SimRun, status: string): string {
    if (status === 'pending') return 'pending'
    if (status === 'plan_queued') return 'queued'
    if (status === 'planning') return 'running'
    if (status === 'canceled' || status === 'force_canceled')
      return run.reached.has('planned') ? 'finished' : run.reached.has('planning') ? 'canceled' : 'unreachable'
    if (status === 'discarded' && !run.reached.has('planned')) return 'unreachable'
    if (status === 'errored' && !run.reached.has('planned')) return 'errored'
    return 'finished'
  }

  applyStatus(run: SimRun, status: string): string {
    if (status === 'applying') return 'running'
    if (status === 'applied') return 'finished'
    if (status === 'errored' && run.reached.has('applying')) return 'errored'
    if (status === 'canceled' && run.reached.has('applying')) return 'canceled'
    if (TERMINAL.has(status)) return 'unreachable'
    if (status === 'apply_queued' || status === 'confirmed') return 'queued'
    return 'pending'
  }

  counts(run: SimRun): { additions: number; changes: number; destructions: number; imports: number } {
    if (!this.hasChanges(run)) return { additions: 0, changes: 0, destructions: 0, imports: 0 }
    const c = run.script.counts ?? artefactOf(run)?.counts ?? { additions: 1, changes: 0, destructions: 0 }
    return { imports: 0, ...c }
  }

  /** Moves a run by hand, as a person in the UI would. */
  setStatus(run: SimRun, status: string): void {
    run.queued = false
    run.steps = [{ status, ms: Infinity }]
    run.stepsFrom = this.clock.now()
    run.reached.set(status, this.clock.now())
  }

  /** Confirms a run by hand, as a person clicking "Confirm & apply" in the UI would: the apply starts now. */
  confirm(run: SimRun): void {
    run.steps = this.applySteps(run)
    run.stepsFrom = this.clock.now()
  }

  /** Ends a plan scripted to last forever (`planMs: Infinity`): the run goes on through the rest of its timeline from now. */
  finishPlanning(run: SimRun): void {
    const steps = this.planSteps(run)
    run.steps = steps.slice(steps.findIndex(step => step.status === 'planning') + 1)
    run.stepsFrom = this.clock.now()
  }

  /**
   * Overrides what the run waits on (addendum §3.4): the post-plan task stage or the Sentinel check. The run goes
   * on from there as configured. 'conflict' (409) when it is not waiting for that override.
   */
  override(run: SimRun, what: 'post_plan' | 'sentinel', comment: string): 'accepted' | 'conflict' {
    const status = this.advance(run)
    const waiting = what === 'post_plan' ? 'post_plan_awaiting_decision' : 'policy_override'
    if (status !== waiting) return 'conflict'
    run.overridden.add(what)
    run.overrideComments.push(comment)
    const steps = this.planSteps(run)
    run.steps = steps.slice(steps.findIndex(step => step.status === (what === 'post_plan' ? 'post_plan_completed' : 'policy_checked')))
    run.stepsFrom = this.clock.now()
    run.actionsLog.push(`override-${what}`)
    return 'accepted'
  }

  /** A run action (§4.5): 'conflict' (409) when the run's `actions` flags do not allow it now. */
  act(run: SimRun, action: RunActionName): 'accepted' | 'conflict' {
    const status = this.advance(run)
    const flags = this.actionsOf(run, status)
    const now = this.clock.now()
    switch (action) {
      case 'apply': {
        if (!flags['is-confirmable']) return 'conflict'
        run.steps = this.applySteps(run)
        run.stepsFrom = now
        // A saved plan becomes the workspace's current run once confirmed.
        const ws = this.workspaces.get(run.workspaceId)
        if (ws) ws.currentRunId = run.id
        break
      }
      case 'discard':
        if (!flags['is-discardable']) return 'conflict'
        run.steps = [{ status: 'discarded', ms: Infinity }]
        run.stepsFrom = now
        break
      case 'cancel':
        if (!flags['is-cancelable']) return 'conflict'
        run.cancelRequestedAt = now
        // Terraform stops at its next checkpoint while planning or applying; a queued run stops after a moment.
        if (!['planning', 'applying'].includes(status)) {
          run.steps = [
            { status, ms: run.script.cancelMs },
            { status: 'canceled', ms: Infinity }
          ]
          run.stepsFrom = now
        }
        break
      case 'force-cancel':
        if (!flags['is-force-cancelable']) return 'conflict'
        run.steps = [{ status: 'force_canceled', ms: Infinity }]
        run.stepsFrom = now
        break
    }
    run.queued = false
    run.actionsLog.push(action)
    return 'accepted'
  }
}
