/**
 * The selected workspaces' runs, at most `parallel` at once on one transport (so one request budget), each through
 * the single-workspace lifecycle; applies ordered by the run triggers between them; `directory` packed once.
 */
import { State } from '../constants.js'
import { runLifecycle } from '../lifecycle.js'
import { MAX_LISTED_CHANGES } from '../plan/summary.js'
import type { ReviewedSet } from '../report/reviewed.js'
import type { StepContext, StepLog } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import type { RunOutcome } from '../run/outcome.js'
import type { ActionIO } from '../runtime.js'
import type { Workspace } from '../tfc/types.js'
import { linkedGroups, type ApplyOrder } from './order.js'
import { pool } from './pool.js'
import type { TriggerLink } from './report.js'
import { ApplyGates, readApplyOrder, triggeredRuns, type TriggeredRun } from './trigger-order.js'

export interface SetRuns {
  /** Each workspace's outcome, by workspace ID. */
  outcomes: Map<string, RunOutcome>
  /** What the report says of run triggers between them. */
  triggers: TriggerLink[]
}

/** Each workspace's lines in the job log, prefixed with its name: runs in flight write at the same time. */
export function prefixed(io: ActionIO, name: string): StepLog {
  const tag = (message: string): string => `[${name}] ${message}`
  return {
    debug: message => io.debug(tag(message)),
    info: message => io.info(tag(message)),
    warning: message => io.warning(tag(message)),
    setSecret: secret => io.setSecret(secret),
    // Groups cannot interleave in the job log: a phase is a line instead.
    group: async (phase, fn) => {
      io.info(tag(`${phase}…`))
      return fn()
    }
  }
}

/** Runs `toRun` (`reviewed`: each workspace's reviewed run) and reads what run triggers queued after its applies. */
export async function runWorkspaces(
  ctx: StepContext,
  io: ActionIO,
  toRun: readonly Workspace[],
  parallel: number,
  reviewed: ReviewedSet | undefined,
  /** Each workspace's run created, and its outcome (check runs, say). */
  events?: { onStart(workspace: Workspace): void; onOutcome(workspace: Workspace, outcome: RunOutcome): Promise<void> }
): Promise<SetRuns> {
  const { inputs, env } = ctx
  // One report shows them all, in GitHub's limits: each plan needs no longer list than its share of the report can
  // show, and memory stays flat however many plans are read at once.
  const listedChanges = Math.max(200, Math.floor(MAX_LISTED_CHANGES / Math.max(1, toRun.length)))
  // Runs in flight share the request budget (about 20 a second): polled at most 10 times a second in all, the rest
  // is left for creating runs and reading plans. A plan's end is noticed from its log's end marker either way.
  const pollFloorMs = Math.min(toRun.length, parallel) * 100
  const cleanup = new Set<string>()
  const saveRuns = (): void => io.saveState(State.RunIds, JSON.stringify([...cleanup]))
  io.saveState(State.ApiUrl, inputs.apiOrigin)

  // Workspaces linked by run triggers apply upstream first. When they cannot all start at once, the pool starts them
  // in that order, so a downstream holding a lane while it waits never waits for one that has not started: the
  // triggers are read first. When they all start at once, the triggers are read once every run is created (or an
  // apply asks), while the plans run, so the reads do not hold back run creation in the shared request budget.
  const reading = toRun.length > 1 ? triggerReading(ctx, io, toRun, parallel) : undefined
  const orderFirst = reading !== undefined && toRun.length > parallel
  if (orderFirst) reading.start()
  const sequence = orderFirst ? (await reading.order).order : toRun
  const gates = reading && new ApplyGates(toRun, reading.order)
  const beforeCreation = new Set(toRun.map(w => w.id))
  // Each workspace's run exists (or its lifecycle ended without one): an upstream applies only after its downstreams' do.
  const runExists = new Map(toRun.map(w => [w.id, deferred()]))
  const created = (workspace: Workspace): void => {
    runExists.get(workspace.id)?.resolve()
    if (beforeCreation.delete(workspace.id) && !beforeCreation.size) reading?.start()
  }
  const downstreamsCreated = async (workspace: Workspace): Promise<void> => {
    const { upstreams } = await reading!.order
    const downstreams = [...upstreams].filter(([, ups]) => ups.some(u => u.id === workspace.id)).map(([id]) => id)
    await Promise.all(downstreams.map(id => runExists.get(id)?.promise ?? Promise.resolve()))
  }
  const archives = inputs.directory
    ? new (await import('../run/configuration/packing.js')).ArchiveCache(env.RUNNER_TEMP, {
        boundary: (await import('../run/configuration/upload.js')).checkoutOf(env)
      })
    : undefined
  const runOne = async (workspace: Workspace): Promise<RunOutcome> => {
    const wsCtx = {
      ...ctx,
      inputs: { ...inputs, workspace: workspace.id, set: undefined },
      log: prefixed(io, workspace.name),
      listedChanges,
      pollFloorMs,
      selected: workspace,
      archives
    }
    let outcome: RunOutcome | undefined
    try {
      outcome = await runLifecycle(wsCtx, {
        onRun: run => {
          cleanup.add(run.id)
          saveRuns()
          created(workspace)
          events?.onStart(workspace)
        },
        beforeApply:
          gates &&
          (async () => {
            reading?.start()
            // At its apply it has a run, created or adopted (a reviewed plan): its upstreams need not wait for it.
            runExists.get(workspace.id)?.resolve()
            await downstreamsCreated(workspace)
            return gates.gateFor(wsCtx, workspace)()
          }),
        findReviewedPlan: reviewed && (() => Promise.resolve({ pr: reviewed.pr, runId: reviewed.runs[reviewed.keyOf(workspace)].run }))
      })
      await events?.onOutcome(workspace, outcome)
      return outcome
    } finally {
      created(workspace)
      gates?.settle(workspace, outcome)
    }
  }
  // When the pool cannot start every workspace at once and the step applies, workspaces linked by run triggers
  // start together, as one of the pool's items: each downstream's run exists before its upstream applies, and so
  // is ahead of the run HCP Terraform queues through the trigger (created after the apply, ours would wait behind
  // it until `timeout`).
  const applies = inputs.apply || inputs.run === 'reviewed'
  const groups = orderFirst && applies ? linkedGroups(sequence, (await reading.order).upstreams) : sequence.map(w => [w])
  if (groups.some(group => group.length > parallel))
    io.info(
      `Workspaces linked by run triggers start together, beyond \`parallel\` (${parallel}): ${groups
        .filter(g => g.length > 1)
        .map(g => g.map(w => w.name).join(' → '))
        .join('; ')}.`
    )
  const grouped = await pool(groups, parallel, group => Promise.all(group.map(runOne))).finally(() => archives?.dispose())
  const order = reading && (await reading.order)
  const byId = new Map(groups.flat().map((w, i) => [w.id, grouped.flat()[i]]))
  const triggers = order?.upstreams.size
    ? await io.group('Runs queued by run triggers', () => triggerLinks(ctx, order.upstreams, byId, cleanup, gates!.held))
    : []
  return { outcomes: byId, triggers }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>(r => (resolve = r))
  return { promise, resolve }
}

/** The set's run triggers, read when `start` is first called (at once, or once the runs are created). */
function triggerReading(
  ctx: StepContext,
  io: ActionIO,
  workspaces: readonly Workspace[],
  parallel: number
): { start: () => void; order: Promise<ApplyOrder<Workspace> & { unread: string[] }> } {
  let start!: () => void
  const started = new Promise<void>(resolve => (start = resolve))
  const order = started.then(async () => {
    const order = await readApplyOrder(ctx, workspaces, parallel)
    // Stopped while reading: nothing will be applied, and the reads that were cut short are no news.
    if (ctx.signal?.aborted) return order
    io.info(`Read the run triggers of ${workspaces.length} workspaces.`)
    if (order.unread.length) io.warning(`Could not read the run triggers of ${order.unread.join('; ')}: applies are not ordered by them.`)
    if (order.loop.length)
      io.warning(
        `The run triggers of ${order.loop.map(w => w.name).join(', ')} form a loop: their applies are not ordered among themselves.`
      )
    return order
  })
  return { start, order }
}

/**
 * What the report says of run triggers: for each workspace an upstream in the set triggers, its upstreams, why it
 * was held back if it was, and the runs HCP Terraform queued in it after an upstream applied here.
 */
async function triggerLinks(
  ctx: StepContext,
  upstreams: ReadonlyMap<string, Workspace[]>,
  outcomes: ReadonlyMap<string, RunOutcome>,
  ours: ReadonlySet<string>,
  held: ReadonlyMap<string, string>
): Promise<TriggerLink[]> {
  const links: TriggerLink[] = []
  for (const [id, sources] of upstreams) {
    const outcome = outcomes.get(id)
    const workspace = outcome?.workspace
    if (!outcome || !workspace) continue
    // The upstreams this step applied, and when their runs were created.
    const applied = sources.flatMap(s => {
      const upstream = outcomes.get(s.id)
      return upstream?.applied && upstream.run ? [{ name: s.name, createdAt: upstream.run.createdAt }] : []
    })
    let queued: TriggeredRun[] = []
    if (applied.length) {
      const since = applied.map(a => a.createdAt).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b))
      const names = applied.map(a => a.name).join(' or ')
      queued = await triggeredRuns(ctx, workspace, since, ours, names).catch((error: unknown) => {
        ctx.log.warning(
          `Could not list the runs of ${workspace.name} for those its run triggers queued: ${describeFailure(error, ctx.inputs)}`
        )
        return []
      })
      for (const run of queued)
        ctx.log.info(
          `HCP Terraform queued run ${run.id} (${run.status}) in ${workspace.name} after ${run.source} applied; this step does not follow it: ${run.url}`
        )
    }
    links.push({
      workspace: `${workspace.organization}/${workspace.name}`,
      upstreams: sources.map(s => `${s.organization}/${s.name}`),
      held: held.get(id),
      queued
    })
  }
  return links
}
