/**
 * Run triggers between the selected workspaces, at run time: read who triggers whom, hold each downstream's apply
 * until its upstreams have applied in this step (or refuse it when one did not), and afterwards name the runs HCP
 * Terraform queued through those triggers, which this step does not follow.
 */
import type { StepContext, StepLog } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import type { RunOutcome } from '../run/outcome.js'
import { checkStop } from '../run/wait.js'
import { runUrl } from '../run/workspace.js'
import { sleep } from '../sleep.js'
import { listRuns } from '../tfc/runs.js'
import { readTriggerSources, type TriggerSource } from '../tfc/run-triggers.js'
import type { Run, Workspace } from '../tfc/types.js'
import { applyOrder, type ApplyOrder } from './order.js'
import { pool } from './pool.js'

/** How often a held apply checks the step's timeout and cancellation while its upstreams work. */
const HOLD_CHECK_MS = 1_000

/** A run HCP Terraform queued through a run trigger in a workspace of the set while the step worked on it. */
export interface TriggeredRun {
  id: string
  status: string
  source: string
  url: string
}

const labelOf = (w: Workspace): string => `${w.organization}/${w.name}`

/** Reads every workspace's inbound run triggers (at most `parallel` at once) and orders the set by them. */
export async function readApplyOrder(
  ctx: StepContext,
  workspaces: readonly Workspace[],
  parallel: number
): Promise<ApplyOrder<Workspace> & { unread: string[] }> {
  const unread: string[] = []
  const sources = new Map<string, TriggerSource[]>()
  await pool(workspaces, parallel, async workspace => {
    try {
      sources.set(workspace.id, await readTriggerSources(ctx.http, workspace.id))
    } catch (error) {
      unread.push(`${labelOf(workspace)} (${describeFailure(error, ctx.inputs)})`)
    }
  })
  return { ...applyOrder(workspaces, sources), unread }
}

/** What stands in the way of a downstream's apply, once an upstream's lifecycle has ended; undefined: nothing. */
function problemOf(outcome: RunOutcome): string | undefined {
  if (outcome.failure) return `failed (${outcome.failure.length > 200 ? `${outcome.failure.slice(0, 200)}…` : outcome.failure})`
  if (outcome.applied || outcome.kind === 'no-changes') return undefined
  return `was not applied (${outcome.kind ?? 'no run'})`
}

/**
 * Each workspace's end, for the workspaces it triggers to wait on. The order may still be being read while the runs
 * plan: a gate asked before it is known waits for it.
 */
export class ApplyGates {
  private readonly ends = new Map<string, { promise: Promise<string | undefined>; resolve: (problem: string | undefined) => void }>()
  /** Why each held workspace was not applied. */
  readonly held = new Map<string, string>()

  constructor(
    workspaces: readonly Workspace[],
    private readonly order: Promise<ApplyOrder<Workspace>>
  ) {
    for (const w of workspaces) {
      let resolve!: (problem: string | undefined) => void
      const promise = new Promise<string | undefined>(r => (resolve = r))
      this.ends.set(w.id, { promise, resolve })
    }
  }

  /** The workspace's lifecycle ended: its downstreams may go on, or are refused. */
  settle(workspace: Workspace, outcome: RunOutcome | undefined): void {
    this.ends.get(workspace.id)?.resolve(outcome ? problemOf(outcome) : 'did not finish')
  }

  /**
   * The lifecycle's `beforeApply` for `workspace`: waits for each upstream to end, checking the step's timeout and
   * cancellation meanwhile (the run stays planned, ours, and is stopped like any other on either).
   */
  gateFor(ctx: StepContext & { log: StepLog }, workspace: Workspace): () => Promise<string | undefined> {
    return async () => {
      const upstreams = (await this.order).upstreams.get(workspace.id)
      if (!upstreams) return undefined
      const names = upstreams.map(labelOf).join(', ')
      return ctx.log.group('Wait for upstream workspaces', async () => {
        ctx.log.info(`Its apply waits for ${names} to apply first: ${upstreams.length === 1 ? 'it triggers' : 'they trigger'} runs here.`)
        for (const upstream of upstreams) {
          const problem = await this.untilEnded(ctx, upstream, names)
          if (problem) {
            const reason = `Not applied: ${labelOf(upstream)}, whose applies trigger runs in this workspace, ${problem} in this step.`
            this.held.set(workspace.id, reason)
            return reason
          }
        }
        return undefined
      })
    }
  }

  private async untilEnded(ctx: StepContext, upstream: Workspace, names: string): Promise<string | undefined> {
    const end = this.ends.get(upstream.id)!
    let ended: { problem: string | undefined } | undefined
    void end.promise.then(problem => (ended = { problem }))
    while (!ended) {
      checkStop(ctx, 'plan', `the run waited for ${names} to apply first`)
      await Promise.race([end.promise, sleep(HOLD_CHECK_MS, ctx.signal)])
    }
    return ended.problem
  }
}

/**
 * Runs HCP Terraform queued in `workspace` through its run triggers since `since` (the server's time of the
 * earliest upstream run applied here, so both times are the server's) that are not this step's: after an upstream
 * applies, each workspace it triggers gets one. One read of the run list, which has its
 * own low rate limit, so only for workspaces whose upstream applied here.
 */
export async function triggeredRuns(
  ctx: StepContext,
  workspace: Workspace,
  since: string,
  ours: ReadonlySet<string>,
  /** Said of a run whose server does not name the workspace that queued it: the upstreams that applied here. */
  upstreamNames: string
): Promise<TriggeredRun[]> {
  const runs: Run[] = await listRuns(ctx.http, workspace.id, {}, 10)
  return runs
    .filter(run => run.queuedByTrigger && !ours.has(run.id) && Date.parse(run.createdAt) >= Date.parse(since))
    .map(run => ({
      id: run.id,
      status: run.status,
      source: run.triggeringSource ?? upstreamNames,
      url: runUrl(ctx.inputs.apiOrigin, workspace, run.id)
    }))
}
