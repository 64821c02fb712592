/**
 * Several workspaces in one step: select them, keep those the change touches, run each through the
 * single-workspace lifecycle (at most `parallel` at once, sharing one transport and so one request budget), then
 * one report, one comment and one set of outputs for all. Loaded only when the inputs select several workspaces.
 */
import { Outputs } from '../constants.js'
import { endedEarly, type FlowResult } from '../flows/result.js'
import { pullRequestOf } from '../github-event.js'
import type { SetInputs } from '../inputs-selection.js'
import { outputsOf } from '../outputs.js'
import { startChecks } from '../report/checks-due.js'
import { shouldComment } from '../report/comment-when.js'
import { escapeProse } from '../report/markdown.js'
import type { ReviewedSet } from '../report/reviewed.js'
import type { StepContext } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import type { ActionIO } from '../runtime.js'
import type { Run, Workspace } from '../tfc/types.js'
import { chooseRuns, type Choice } from './choose.js'
import { globRegex } from './glob.js'
import { renderSet } from './report.js'
import { prefixed, runWorkspaces } from './run-workspaces.js'
import { describeSelection, selectWorkspaces } from './select.js'
import { setResults } from './set-results.js'

/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
const SUMMARY_LIMIT = 512 * 1024

export async function runSet(ctx: StepContext, io: ActionIO, set: SetInputs): Promise<FlowResult> {
  const { inputs, env } = ctx
  // A check run per workspace on the pull request's head (`checks: auto` on pull requests and commands).
  const checking = startChecks(ctx, io, true)
  const selection = describeSelection(set.selection)
  const startedAt = new Date(ctx.clock.now()).toISOString()

  let workspaces: Workspace[]
  try {
    workspaces = await io.group('Select workspaces', () => selectWorkspaces(ctx, set.selection))
  } catch (error) {
    return failBeforeRuns(`no workspace selected (${selection})`, describeFailure(error, inputs))
  }
  io.info(
    `Selected ${workspaces.length} ${workspaces.length === 1 ? 'workspace' : 'workspaces'}: ${workspaces.map(w => w.name).join(', ')}`
  )

  let choice: Choice
  try {
    choice = await chooseRuns(ctx, io, set, workspaces, selection)
  } catch (error) {
    const title = inputs.run === 'reviewed' ? 'no reviewed plan applied' : 'no workspace run'
    return failBeforeRuns(`${title} (${selection})`, describeFailure(error, inputs))
  }
  const { skipped, note, reviewed } = choice
  if (set.only) {
    const patterns = set.only.map(p => ({ p, re: globRegex(p) }))
    const unmatched = patterns.filter(({ re }) => !workspaces.some(w => re.test(w.name))).map(({ p }) => p)
    if (unmatched.length)
      return failBeforeRuns(
        `no workspace run (${selection})`,
        `-w ${unmatched.join(', -w ')}: not among the workspaces this step selects (${workspaces.map(w => w.name).join(', ')}). Nothing was done.`
      )
    for (const w of workspaces) if (!patterns.some(({ re }) => re.test(w.name))) skipped.set(w.id, 'not named by -w')
  }
  const toRun = workspaces.filter(w => !skipped.has(w.id))
  if (inputs.driftIssue) {
    const { runDriftSet } = await import('../drift/run-drift.js')
    return runDriftSet(ctx, io, toRun, workspace => prefixed(io, workspace.name))
  }
  const checks = await checking
  if (checks) for (const workspace of workspaces) if (skipped.has(workspace.id)) await checks.skip(workspace, skipped.get(workspace.id)!)

  const { outcomes, triggers } = await runWorkspaces(
    ctx,
    io,
    toRun,
    set.parallel,
    reviewed,
    checks && { onStart: workspace => void checks.start(workspace), onOutcome: (workspace, outcome) => checks.finish(workspace, outcome) }
  )

  const { rows, runs, failures } = setResults(io, inputs, workspaces, outcomes, skipped, triggers)

  const asked = ctx.requestedBy && `Asked: ${ctx.requestedBy}.`
  const setReport = { selection, rows, note: [note, asked].filter(Boolean).join(' ') || undefined, triggers }
  const outputs: Record<string, string> = { [Outputs.Runs]: JSON.stringify(runs) }
  // With one workspace run, the single-workspace outputs keep their meaning.
  const ran = [...outcomes.values()]
  if (ran.length === 1) Object.assign(outputs, outputsOf(ran[0], inputs.apiOrigin))
  // The index of runs is what a merge step's `run: reviewed` reads: written with saved plans, kept after applying them.
  const indexed =
    inputs.savePlan || reviewed ? ran.flatMap(o => (o.run && o.workspace ? [{ workspace: o.workspace, run: o.run }] : [])) : []
  const url = await comment(
    ctx,
    io,
    { selection, id: `set-${env.GITHUB_RUN_ID ?? startedAt}`, created: startedAt, runs: indexed, reviewed },
    room => renderSet(setReport, room)
  )
  if (url) outputs[Outputs.CommentUrl] = url

  const count = toRun.length
  return {
    outputs,
    summary: () => renderSet(setReport, SUMMARY_LIMIT),
    failure: failures.length
      ? `${failures.length} of ${count} ${count === 1 ? 'workspace' : 'workspaces'} failed. ${failures.map(f => f.slice(0, 400)).join(' ')}`
      : undefined,
    cleanup: ran.flatMap(o => o.cleanup)
  }
}

/** The summary and the failure when the step ends before any run: nothing was selected, or nothing reviewed. */
function failBeforeRuns(title: string, failure: string): FlowResult {
  return endedEarly(failure, () => `### ❌ HCP Terraform: ${escapeProse(title)}\n\n${escapeProse(failure)}`)
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
