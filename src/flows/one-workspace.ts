/**
 * One workspace: the lifecycle of its run, with the pull-request comment kept current as it goes, then the
 * outputs, annotations and report of its outcome.
 */
import { Outputs, State } from '../constants.js'
import type { PullRequestContext } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import { runLifecycle } from '../lifecycle.js'
import { outputsOf } from '../outputs.js'
import type { SourceLayout } from '../report/annotations.js'
import { startChecks } from '../report/checks-due.js'
import { shouldComment } from '../report/comment-when.js'
import type { StickyComment } from '../report/comment.js'
import { escapeProse } from '../report/markdown.js'
import type { ReportInput } from '../report/render.js'
import type { StepContext } from '../run/context.js'
import type { RunOutcome } from '../run/outcome.js'
import type { ActionIO } from '../runtime.js'
import type { FlowResult } from './result.js'

/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
export const SUMMARY_LIMIT = 512 * 1024

type Late = typeof import('../report/late.js')
let late: Promise<Late> | undefined

/** The report and annotations: loaded when there is a run to report on, not before the step's first request. */
function reporting(): Promise<Late> {
  return (late ??= import('../report/late.js'))
}

type Commenter = (report: ReportInput, final: boolean) => Promise<string | undefined>

/**
 * The pull-request comment, when the inputs and the event call for one, or on the merged pull request whose
 * reviewed plan this step applies (`run: reviewed`). Octokit is loaded only then.
 */
function commenter(inputs: ActionInputs, io: ActionIO, reviewedPullRequest: () => PullRequestContext | undefined): Commenter {
  let sticky: Promise<StickyComment | undefined> | undefined
  return async (report, final) => {
    const reviewed = reviewedPullRequest()
    if (!reviewed && !shouldComment(inputs.comment, io.env.GITHUB_EVENT_NAME)) return undefined
    if (reviewed && inputs.comment === 'false') return undefined
    sticky ??= import('../report/github.js').then(m => m.StickyComment.create(inputs, io, reviewed))
    return (await sticky)?.post(report, final)
  }
}

/** Hooks a caller adds around the run (a command's check run, say). */
export interface OneWorkspaceHooks {
  onReport?: (report: ReportInput | undefined, outcome: RunOutcome, final: boolean) => Promise<void>
}

export async function runOneWorkspace(ctx: StepContext, io: ActionIO, hooks: OneWorkspaceHooks = {}): Promise<FlowResult> {
  const { inputs } = ctx
  // A check run on the pull request's head for this workspace (comment commands, or `checks: true`).
  const checking = startChecks(ctx, io, false)
  let checkStarted = false
  let reviewedPullRequest: PullRequestContext | undefined
  const comment = commenter(inputs, io, () => reviewedPullRequest)
  const report = async (outcome: RunOutcome, layout?: SourceLayout): Promise<ReportInput | undefined> => {
    const { reportOf, sourceLayout } = await reporting()
    const input = reportOf(
      outcome,
      inputs.apiOrigin,
      ctx.env,
      inputs,
      layout ?? sourceLayout(outcome.configuration, outcome.workspace, ctx.env)
    )
    // A comment command's report says who asked, and where the workflow run is.
    return input && ctx.requestedBy ? { ...input, action: `${input.action} Asked: ${ctx.requestedBy}.` } : input
  }

  const outcome = await runLifecycle(ctx, {
    onRun: run => {
      reporting().catch(() => undefined)
      // The post step's backstop, written at once: this process may be killed before the flow returns.
      io.saveState(State.RunId, run.id)
      io.saveState(State.RunIds, JSON.stringify([run.id]))
      io.saveState(State.ApiUrl, inputs.apiOrigin)
    },
    onProgress: async progress => {
      const input = await report(progress)
      if (input) await comment(input, false)
      const checks = await checking
      if (checks && progress.workspace && !checkStarted) {
        checkStarted = true
        await checks.start(progress.workspace)
      }
      await hooks.onReport?.(input, progress, false)
    },
    findReviewedPlan:
      inputs.run === 'reviewed'
        ? async workspace => {
            const reviewed = await (await import('../report/github.js')).findReviewedPlan(inputs, io, workspace, ctx.reviewedPullRequest)
            reviewedPullRequest = reviewed.pr
            return reviewed
          }
        : undefined
  })

  const outputs = outputsOf(outcome, inputs.apiOrigin)
  // Where the planned code is in the checkout: the same for the annotations and the report's file names.
  const layout = outcome.run ? (await reporting()).sourceLayout(outcome.configuration, outcome.workspace, ctx.env) : undefined
  const annotations =
    inputs.annotations && layout ? (await reporting()).annotationsOf((await reporting()).diagnosticsOf(outcome), layout) : []
  const final = layout ? await report(outcome, layout) : undefined
  const checks = await checking
  if (checks && outcome.workspace) await checks.finish(outcome.workspace, outcome)
  await hooks.onReport?.(final, outcome, true)
  if (final) {
    const url = await comment(final, true)
    if (url) outputs[Outputs.CommentUrl] = url
    const { renderWithinLimit } = await reporting()
    return {
      outputs,
      annotations,
      summary: () => renderWithinLimit(final, SUMMARY_LIMIT).markdown,
      failure: outcome.failure,
      cleanup: outcome.cleanup,
      outcome
    }
  }
  // No run to report on (a bad token, an unknown workspace): the summary still says what went wrong.
  const failure = outcome.failure
  const summary = failure
    ? () =>
        inputs.run
          ? `### ❌ HCP Terraform run ${escapeProse(inputs.run)} not acted on${inputs.workspace ? `: ${escapeProse(inputs.workspace)}` : ''}\n\n${escapeProse(failure)}`
          : `### ❌ HCP Terraform run not created: ${escapeProse(inputs.workspace)}\n\n${escapeProse(failure)}`
    : undefined
  return { outputs, annotations, summary, failure, cleanup: outcome.cleanup, outcome }
}
