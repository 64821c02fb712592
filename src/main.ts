import { systemClock, type Clock } from './clock.js'
import { coreIO } from './core-io.js'
import { Inputs, Outputs, State, USER_AGENT } from './constants.js'
import { InputError, inputWarnings, parseInputs, tokenOf, type ActionInputs } from './inputs.js'
import { runLifecycle } from './lifecycle.js'
import { outputsOf } from './outputs.js'
import { shouldComment } from './report/comment-when.js'
import type { StickyComment } from './report/comment.js'
import { escapeProse } from './report/markdown.js'
import { deletedRef, type PullRequestContext } from './github-event.js'
import type { SourceLayout } from './report/annotations.js'
import type { ReportInput } from './report/render.js'
import type { StepContext } from './run/context.js'
import type { RunOutcome } from './run/outcome.js'
import { writeSummary, type ActionIO } from './runtime.js'
import { TfcHttp } from './tfc/http.js'

/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
export const SUMMARY_LIMIT = 512 * 1024

export interface MainOptions {
  signal?: AbortSignal
  /** Longest silence on one API connection; tests shorten it to show a hung connection is abandoned. */
  requestTimeoutMs?: number
  clock?: Clock
}

type Late = typeof import('./report/late.js')
let late: Promise<Late> | undefined

/** The report and annotations: loaded when there is a run to report on, not before the step's first request. */
function reporting(): Promise<Late> {
  return (late ??= import('./report/late.js'))
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
    sticky ??= import('./report/github.js').then(m => m.StickyComment.create(inputs, io, reviewed))
    return (await sticky)?.post(report, final)
  }
}

/**
 * The main step. Never throws: every failure becomes one actionable `setFailed` line. Without an `io`, the real
 * runner's (@actions/core): `npx @github/local-action . src/main.ts .env` calls `run()` so.
 */
export async function run(io: ActionIO = coreIO(), options: MainOptions = {}): Promise<RunOutcome | undefined> {
  // Mask before anything can print: even a malformed token must never reach the log.
  const rawToken = tokenOf(name => io.getInput(name), io.env)
  if (rawToken) io.setSecret(rawToken)
  const githubToken = io.getInput(Inputs.GithubToken).trim()
  if (githubToken) io.setSecret(githubToken)

  let inputs: ActionInputs
  try {
    inputs = parseInputs(name => io.getInput(name), io.env)
  } catch (error) {
    io.setFailed(error instanceof InputError ? error.message : String(error))
    io.saveState(State.MainFinished, 'true')
    return undefined
  }
  for (const warning of inputWarnings(inputs)) io.warning(warning)
  const deleted = deletedRef(io.env)
  if (deleted) {
    io.info(`The push deletes ${deleted}: it names no commit, so there is nothing to plan or apply. Nothing was done.`)
    io.saveState(State.MainFinished, 'true')
    return undefined
  }

  const clock = options.clock ?? systemClock
  const deadline = clock.now() + inputs.timeoutMs
  const transport = (until: number, signal?: AbortSignal): TfcHttp =>
    new TfcHttp({
      origin: inputs.apiOrigin,
      token: inputs.token,
      userAgent: USER_AGENT,
      requestTimeoutMs: options.requestTimeoutMs,
      clock,
      deadline: until,
      signal,
      env: io.env,
      onRetry: message => io.info(message),
      onSecret: secret => io.setSecret(secret)
    })
  const http = transport(deadline, options.signal)
  const ctx: StepContext = {
    http,
    inputs,
    log: io,
    env: io.env,
    clock,
    signal: options.signal,
    deadline,
    stopTransport: budgetMs => transport(clock.now() + budgetMs)
  }
  if (inputs.set || inputs.driftIssue) {
    // Several workspaces, or a drift check: flows of their own, on the same transport (one request budget for all).
    try {
      if (inputs.set) await (await import('./multi/run-set.js')).runSet(ctx, io, inputs.set)
      else await (await import('./drift/run-drift.js')).runDrift(ctx, io)
    } finally {
      http.dispose()
    }
    return undefined
  }

  let reviewedPullRequest: PullRequestContext | undefined
  const comment = commenter(inputs, io, () => reviewedPullRequest)
  const report = async (outcome: RunOutcome, layout?: SourceLayout): Promise<ReportInput | undefined> => {
    const { reportOf, sourceLayout } = await reporting()
    return reportOf(outcome, inputs.apiOrigin, io.env, inputs, layout ?? sourceLayout(outcome.configuration, outcome.workspace, io.env))
  }

  let outcome: RunOutcome
  try {
    outcome = await runLifecycle(ctx, {
      onRun: run => {
        reporting().catch(() => undefined)
        io.saveState(State.RunId, run.id)
        io.saveState(State.RunIds, JSON.stringify([run.id]))
        io.saveState(State.ApiUrl, inputs.apiOrigin)
      },
      onProgress: async progress => {
        const input = await report(progress)
        if (input) await comment(input, false)
      },
      findReviewedPlan:
        inputs.run === 'reviewed'
          ? async workspace => {
              const reviewed = await (await import('./report/github.js')).findReviewedPlan(inputs, io, workspace)
              reviewedPullRequest = reviewed.pr
              return reviewed
            }
          : undefined
    })
  } finally {
    http.dispose()
  }

  for (const [name, value] of Object.entries(outputsOf(outcome, inputs.apiOrigin))) io.setOutput(name, value)
  // Where the planned code is in the checkout: the same for the annotations and the report's file names.
  const layout = outcome.run ? (await reporting()).sourceLayout(outcome.configuration, outcome.workspace, io.env) : undefined
  if (inputs.annotations && layout) {
    const { annotationsOf, diagnosticsOf } = await reporting()
    for (const annotation of annotationsOf(diagnosticsOf(outcome), layout)) io.annotate(annotation)
  }
  const failure = outcome.failure && redact(outcome.failure, [inputs.token, inputs.githubToken])
  const final = layout ? await report(outcome, layout) : undefined
  if (final) {
    await writeSummary(io, async () => (await reporting()).renderWithinLimit(final, SUMMARY_LIMIT).markdown)
    const url = await comment(final, true)
    if (url) io.setOutput(Outputs.CommentUrl, url)
  } else if (failure) {
    // No run to report on (a bad token, an unknown workspace): the summary still says what went wrong.
    await io
      .appendSummary(
        inputs.run
          ? `### ❌ HCP Terraform run ${escapeProse(inputs.run)} not acted on${inputs.workspace ? `: ${escapeProse(inputs.workspace)}` : ''}\n\n${escapeProse(failure)}\n`
          : `### ❌ HCP Terraform run not created: ${escapeProse(inputs.workspace)}\n\n${escapeProse(failure)}\n`
      )
      .catch(() => undefined)
  }
  if (failure) io.setFailed(failure)
  // While a run of ours may still be pending, the post step is told which, and tries to stop it once more.
  if (outcome.cleanup.length) io.saveState(State.RunIds, JSON.stringify(outcome.cleanup))
  else io.saveState(State.MainFinished, 'true')
  return outcome
}

export function redact(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}
