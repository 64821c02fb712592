/**
 * Several workspaces in one step: select them, keep those the change touches, run each through the
 * single-workspace lifecycle (at most `parallel` at once, sharing one transport and so one request budget), then
 * one report, one comment and one set of outputs for all. Loaded only when the inputs select several workspaces.
 */
import { Outputs, State } from '../constants.js'
import { pullRequestOf } from '../github-event.js'
import type { SetInputs } from '../inputs-selection.js'
import { runLifecycle } from '../lifecycle.js'
import { outputsOf } from '../outputs.js'
import { MAX_LISTED_CHANGES } from '../plan/summary.js'
import { shouldComment } from '../report/comment-when.js'
import { escapeProse } from '../report/markdown.js'
import { annotationsOf, diagnosticsOf, reportOf, sourceLayout } from '../report/late.js'
import type { StepContext, StepLog } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import type { RunOutcome } from '../run/outcome.js'
import { policyStatusOf } from '../run/policy-status.js'
import { runUrl, workspaceUrl } from '../run/workspace.js'
import { writeSummary, type ActionIO } from '../runtime.js'
import type { ReviewedSet } from '../report/reviewed.js'
import type { Run, Workspace } from '../tfc/types.js'
import { changedFiles } from './changed-files.js'
import { pool } from './pool.js'
import { renderSet, type SetRow, type TriggerLink } from './report.js'
import { describeSelection, selectWorkspaces } from './select.js'
import { touches } from './touched.js'
import { ApplyGates, readApplyOrder, triggeredRuns, type TriggeredRun } from './trigger-order.js'
import type { ApplyOrder } from './order.js'

/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
const SUMMARY_LIMIT = 512 * 1024

/** Each workspace's lines in the job log, prefixed with its name: runs in flight write at the same time. */
function prefixed(io: ActionIO, name: string): StepLog {
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

/** Whether to run only what the change touches: `auto` means on a pull request or a push, with several selected. */
function onlyChanged(set: SetInputs, selected: number, event: string): boolean {
  if (set.changedOnly !== 'auto') return set.changedOnly === 'true'
  return selected > 1 && (event.startsWith('pull_request') || event === 'push')
}

export async function runSet(ctx: StepContext, io: ActionIO, set: SetInputs): Promise<void> {
  const { inputs, env } = ctx
  const selection = describeSelection(set.selection)
  const startedAt = new Date(ctx.clock.now()).toISOString()

  let workspaces: Workspace[]
  try {
    workspaces = await io.group('Select workspaces', () => selectWorkspaces(ctx, set.selection))
  } catch (error) {
    return failBeforeRuns(io, `no workspace selected (${selection})`, describeFailure(error, inputs))
  }
  io.info(
    `Selected ${workspaces.length} ${workspaces.length === 1 ? 'workspace' : 'workspaces'}: ${workspaces.map(w => w.name).join(', ')}`
  )

  const skipped = new Map<string, string>()
  let changesNote: string | undefined
  // `run: reviewed`: the workspaces whose plans the merged pull request's comment names, each checked on its own.
  let reviewed: ReviewedSet | undefined
  if (inputs.run === 'reviewed') {
    try {
      const { findReviewedSet } = await import('../report/github.js')
      reviewed = await io.group('Find the reviewed plans', () => findReviewedSet(inputs, io, selection))
    } catch (error) {
      return failBeforeRuns(io, `no reviewed plan applied (${selection})`, describeFailure(error, inputs))
    }
    const found = reviewed
    changesNote = `Applies the plans reviewed on pull request #${found.pr.number}, each checked against HCP Terraform's record of its run.`
    for (const workspace of workspaces)
      if (!found.runs[found.keyOf(workspace)]) skipped.set(workspace.id, `no plan of it reviewed on pull request #${found.pr.number}`)
  } else if (onlyChanged(set, workspaces.length, env.GITHUB_EVENT_NAME ?? '')) {
    // Which of them the change touches, by HCP Terraform's own rule for VCS-driven runs.
    const changes = await io.group('Find what the change touches', () => changedFiles(inputs, env))
    if (changes.files) {
      changesNote = `Ran the workspaces that ${changes.source} touch, by each workspace's run triggers.`
      for (const workspace of workspaces) {
        const touch = touches(workspace, changes.files)
        io.info(`${workspace.name}: ${touch.touched ? 'runs' : 'skipped'} (${touch.reason})`)
        if (!touch.touched) skipped.set(workspace.id, touch.reason)
      }
    } else {
      changesNote = `Every selected workspace ran: ${changes.why}.`
      io.warning(changesNote)
    }
  }
  const toRun = workspaces.filter(w => !skipped.has(w.id))
  if (inputs.driftIssue) {
    const { runDriftSet } = await import('../drift/run-drift.js')
    return runDriftSet(ctx, io, toRun, workspace => prefixed(io, workspace.name))
  }

  // One report shows them all, in GitHub's limits: each plan needs no longer list than its share of the report can
  // show, and memory stays flat however many plans are read at once.
  const listedChanges = Math.max(200, Math.floor(MAX_LISTED_CHANGES / Math.max(1, toRun.length)))
  // Runs in flight share the request budget (about 20 a second): polled at most 10 times a second in all, the rest
  // is left for creating runs and reading plans. A plan's end is noticed from its log's end marker either way.
  const pollFloorMs = Math.min(toRun.length, set.parallel) * 100
  const cleanup = new Set<string>()
  const saveRuns = (): void => io.saveState(State.RunIds, JSON.stringify([...cleanup]))
  io.saveState(State.ApiUrl, inputs.apiOrigin)

  // Workspaces linked by run triggers apply upstream first. When they cannot all start at once, the pool starts them
  // in that order, so a downstream holding a lane while it waits never waits for one that has not started: the
  // triggers are read first. When they all start at once, the triggers are read once every run is created (or an
  // apply asks), while the plans run, so the reads do not hold back run creation in the shared request budget.
  const reading = toRun.length > 1 ? triggerReading(ctx, io, toRun, set.parallel) : undefined
  if (reading && toRun.length > set.parallel) reading.start()
  const sequence = reading && toRun.length > set.parallel ? (await reading.order).order : toRun
  const gates = reading && new ApplyGates(toRun, reading.order)
  const beforeCreation = new Set(toRun.map(w => w.id))
  const created = (workspace: Workspace): void => {
    if (beforeCreation.delete(workspace.id) && !beforeCreation.size) reading?.start()
  }
  const archives = inputs.directory ? new (await import('../run/configuration/packing.js')).ArchiveCache(env.RUNNER_TEMP) : undefined
  const outcomes = await pool(sequence, set.parallel, async workspace => {
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
        },
        beforeApply:
          gates &&
          (() => {
            reading?.start()
            return gates.gateFor(wsCtx, workspace)()
          }),
        findReviewedPlan: reviewed && (() => Promise.resolve({ pr: reviewed.pr, runId: reviewed.runs[reviewed.keyOf(workspace)].run }))
      })
      return outcome
    } finally {
      created(workspace)
      gates?.settle(workspace, outcome)
    }
  }).finally(() => archives?.dispose())
  const order = reading && (await reading.order)
  const byId = new Map(sequence.map((w, i) => [w.id, outcomes[i]]))
  const triggers = order?.upstreams.size
    ? await io.group('Runs queued by run triggers', () => triggerLinks(ctx, order.upstreams, byId, cleanup, gates!.held))
    : []

  // One row per selected workspace, in name order; the report of each that ran.
  const rows: SetRow[] = []
  const runs: Record<string, unknown> = {}
  const failures: string[] = []
  for (const workspace of workspaces) {
    const label = `${workspace.organization}/${workspace.name}`
    const url = workspaceUrl(inputs.apiOrigin, workspace)
    const outcome = byId.get(workspace.id)
    if (!outcome) {
      rows.push({ label, workspaceUrl: url, skipped: true, note: skipped.get(workspace.id) })
      runs[label] = { skipped: true, reason: skipped.get(workspace.id) }
      continue
    }
    const layout = sourceLayout(outcome.configuration, outcome.workspace ?? workspace, env)
    if (inputs.annotations && outcome.run) for (const annotation of annotationsOf(diagnosticsOf(outcome), layout)) io.annotate(annotation)
    const report = reportOf(outcome, inputs.apiOrigin, env, inputs, layout)
    if (outcome.failure) failures.push(`${label}: ${outcome.failure}`)
    rows.push({
      label,
      workspaceUrl: url,
      report,
      failed: outcome.failure !== undefined,
      note: outcome.failure,
      policyStatus: policyStatusOf(outcome.checks)
    })
    const queued = triggers.find(t => t.workspace === label)?.queued
    runs[label] = { ...runEntry(outcome, inputs.apiOrigin), ...(queued?.length ? { 'triggered-runs': queued.map(r => r.id) } : {}) }
  }

  const setReport = { selection, rows, note: changesNote, triggers }
  await writeSummary(io, () => renderSet(setReport, SUMMARY_LIMIT))
  io.setOutput(Outputs.Runs, JSON.stringify(runs))
  // With one workspace run, the single-workspace outputs keep their meaning.
  if (outcomes.length === 1) for (const [name, value] of Object.entries(outputsOf(outcomes[0], inputs.apiOrigin))) io.setOutput(name, value)
  // The index of runs is what a merge step's `run: reviewed` reads: written with saved plans, kept after applying them.
  const indexed =
    inputs.savePlan || reviewed ? outcomes.flatMap(o => (o.run && o.workspace ? [{ workspace: o.workspace, run: o.run }] : [])) : []
  const url = await comment(
    ctx,
    io,
    { selection, id: `set-${env.GITHUB_RUN_ID ?? startedAt}`, created: startedAt, runs: indexed, reviewed },
    room => renderSet(setReport, room)
  )
  if (url) io.setOutput(Outputs.CommentUrl, url)

  if (failures.length) {
    const ran = toRun.length
    io.setFailed(
      `${failures.length} of ${ran} ${ran === 1 ? 'workspace' : 'workspaces'} failed. ${failures.map(f => f.slice(0, 400)).join(' ')}`
    )
  }
  const left = outcomes.flatMap(o => o.cleanup)
  if (left.length) io.saveState(State.RunIds, JSON.stringify(left))
  else io.saveState(State.MainFinished, 'true')
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
    const applied = sources.flatMap(s => {
      const upstream = outcomes.get(s.id)
      return upstream?.applied && upstream.run ? [upstream.run.createdAt] : []
    })
    let queued: TriggeredRun[] = []
    if (applied.length) {
      const since = applied.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b))
      queued = await triggeredRuns(ctx, workspace, since, ours).catch((error: unknown) => {
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

/** What the `runs` output says of one workspace's run: `fromJSON(steps.x.outputs.runs)['acme/app'].status`. */
function runEntry(outcome: RunOutcome, apiOrigin: string): Record<string, unknown> {
  const { run, workspace, plan } = outcome
  if (!run || !workspace) return { failure: outcome.failure }
  const p = plan.plan
  return {
    id: run.id,
    url: runUrl(apiOrigin, workspace, run.id),
    status: run.status,
    additions: p?.resourceAdditions ?? 0,
    changes: p?.resourceChanges ?? 0,
    destructions: p?.resourceDestructions ?? 0,
    imports: p?.resourceImports ?? 0,
    'has-changes': p?.hasChanges ?? false,
    applied: outcome.applied,
    discarded: outcome.discarded,
    'policy-status': policyStatusOf(outcome.checks),
    // The plan's JSON as read, for a later step's own checks of each workspace's plan (as `plan-json` for one).
    ...(plan.jsonFile ? { 'plan-json': plan.jsonFile, 'plan-json-format': plan.jsonFormat } : {}),
    ...(outcome.stateOutputs
      ? { outputs: Object.fromEntries(outcome.stateOutputs.outputs.filter(o => o.value !== undefined).map(o => [o.name, o.value])) }
      : {}),
    ...(outcome.failure ? { failure: outcome.failure } : {})
  }
}

/** The summary and the failure when the step ends before any run: nothing was selected, or nothing reviewed. */
async function failBeforeRuns(io: ActionIO, title: string, failure: string): Promise<void> {
  await io.appendSummary(`### ❌ HCP Terraform: ${escapeProse(title)}\n\n${escapeProse(failure)}\n`).catch(() => undefined)
  io.setFailed(failure)
  io.saveState(State.MainFinished, 'true')
}

/**
 * The set's pull-request comment, when the inputs and the event call for one; after `run: reviewed`, the merged
 * pull request's comment says what was applied (unless `comment: false`).
 */
async function comment(
  ctx: StepContext,
  io: ActionIO,
  about: { selection: string; id: string; created: string; runs: Array<{ workspace: Workspace; run: Run }>; reviewed?: ReviewedSet },
  render: (room: number) => string
): Promise<string | undefined> {
  const { inputs, env } = ctx
  if (about.reviewed) {
    if (inputs.comment === 'false') return undefined
  } else {
    if (!shouldComment(inputs.comment, env.GITHUB_EVENT_NAME)) return undefined
    if (!pullRequestOf(env) && inputs.comment !== 'true') return undefined
  }
  const { StickyComment } = await import('../report/github.js')
  const sticky = await StickyComment.create(inputs, io, about.reviewed?.pr)
  // After a merge, the reviewed runs it did not reach stay indexed, for the job run again.
  return sticky?.postSet(
    about.selection,
    inputs.organization,
    { id: about.id, created: about.created },
    render,
    about.runs,
    about.reviewed?.runs
  )
}
