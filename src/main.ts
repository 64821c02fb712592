import type { Clock } from './clock.js'
import { Inputs, Outputs, State, USER_AGENT } from './constants.js'
import { InputError, parseInputs, tokenOf, type ActionInputs } from './inputs.js'
import { RunLifecycle, StepFailure, type LifecycleResult } from './lifecycle.js'
import { shouldComment } from './report/comment-marker.js'
import type { StickyComment } from './report/comment.js'
import { escapeProse } from './report/markdown.js'
import { renderWithinLimit, type ReportInput } from './report/render.js'
import type { ActionIO } from './runtime.js'
import { ApiError, OutcomeUnknownError, TransportError } from './tfc/errors.js'
import { TfcHttp } from './tfc/http.js'

/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
export const SUMMARY_LIMIT = 512 * 1024

export interface MainOptions {
  signal?: AbortSignal
  /** Longest silence on one API connection; tests shorten it to show a hung connection is abandoned. */
  requestTimeoutMs?: number
  clock?: Clock
}

type Commenter = (report: ReportInput, final: boolean) => Promise<string | undefined>

/** The pull-request comment, when the inputs and the event call for one. Octokit is loaded only then. */
function commenter(inputs: ActionInputs, io: ActionIO): Commenter | undefined {
  if (!shouldComment(inputs.comment, io.env.GITHUB_EVENT_NAME)) return undefined
  let sticky: Promise<StickyComment | undefined> | undefined
  return async (report, final) => {
    sticky ??= import('./report/comment.js').then(m => m.StickyComment.create(inputs, io))
    return (await sticky)?.post(report, final)
  }
}

/** The main step. Never throws: every failure becomes one actionable `setFailed` line. */
export async function run(io: ActionIO, options: MainOptions = {}): Promise<LifecycleResult | undefined> {
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
  if (inputs.insecureHttp) io.warning(`Input \`hostname\` uses plain http (${inputs.apiOrigin}): the token travels unencrypted. Use this only for a local test server.`)

  const http = new TfcHttp({
    origin: inputs.apiOrigin,
    token: inputs.token,
    userAgent: USER_AGENT,
    signal: options.signal,
    requestTimeoutMs: options.requestTimeoutMs,
    onRetry: message => io.info(message)
  })
  const comment = commenter(inputs, io)
  const lifecycle = new RunLifecycle({
    http,
    inputs,
    io,
    signal: options.signal,
    clock: options.clock,
    onProgress: comment ? report => comment(report, false).then(() => undefined) : undefined
  })

  let result: LifecycleResult | undefined
  let failure: string | undefined
  try {
    result = await lifecycle.execute()
    failure = result.failure
  } catch (error) {
    failure = describeFailure(error, inputs)
    io.debug(String((error as Error)?.stack ?? error))
  } finally {
    http.dispose()
  }

  if (result?.report) {
    await writeSummary(io, result.report)
    if (comment) {
      const url = await comment(result.report, true)
      if (url) io.setOutput(Outputs.CommentUrl, url)
    }
  }
  if (failure && !result?.report) {
    // No run to report on (a bad token, an unknown workspace): the summary still says what went wrong.
    await io.appendSummary(`### ❌ HCP Terraform run not created: ${escapeProse(inputs.workspace)}\n\n${escapeProse(redact(failure, [inputs.token, inputs.githubToken]))}\n`).catch(() => undefined)
  }
  if (failure) io.setFailed(redact(failure, [inputs.token, inputs.githubToken]))
  // Left unsaved when our run may still be pending, so the post step tries to cancel it once more.
  if (!lifecycle.cleanupPending) io.saveState(State.MainFinished, 'true')
  return result
}

async function writeSummary(io: ActionIO, report: ReportInput): Promise<void> {
  try {
    await io.appendSummary(`${renderWithinLimit(report, SUMMARY_LIMIT).markdown}\n`)
  } catch (error) {
    io.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

/** One line a user can act on, for every way the step can fail. */
export function describeFailure(error: unknown, inputs: ActionInputs): string {
  const host = new URL(inputs.apiOrigin).host
  if (error instanceof StepFailure || error instanceof InputError) return error.message
  if (error instanceof ApiError) {
    switch (error.status) {
      case 401:
        return `HCP Terraform at ${host} rejected the token (401 Unauthorized). Check that \`token\` (or TF_API_TOKEN) holds a valid, unexpired user or team API token for ${host}.`
      case 403:
        return `${error.message}: the token is not allowed to do this. Organization tokens cannot create or act on runs; use a team token with plan/apply permission on the workspace.`
      case 404:
        return `${error.message}: not found, or the token cannot see it (HCP Terraform answers 404 for both).`
      case 429:
        return error.message
      default:
        return `HCP Terraform at ${host}: ${error.message}.`
    }
  }
  if (error instanceof OutcomeUnknownError) return `${error.message}. Check the workspace's runs on ${host} before re-running this step.`
  if (error instanceof TransportError) return error.message
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`
}

export function redact(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}
