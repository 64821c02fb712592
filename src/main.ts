import { systemClock, type Clock } from './clock.js'
import { coreIO } from './core-io.js'
import { Inputs, State, USER_AGENT } from './constants.js'
import type { FlowResult } from './flows/result.js'
import { deletedRef } from './github-event.js'
import { InputError, inputWarnings, parseInputs, tokenOf, type ActionInputs } from './inputs.js'
import type { StepContext } from './run/context.js'
import type { RunOutcome } from './run/outcome.js'
import { writeSummary, type ActionIO } from './runtime.js'
import { TfcHttp } from './tfc/http.js'
import type { Workspace } from './tfc/types.js'
import { readWorkspace } from './tfc/workspaces.js'

export interface MainOptions {
  signal?: AbortSignal
  /** Longest silence on one API connection; tests shorten it to show a hung connection is abandoned. */
  requestTimeoutMs?: number
  clock?: Clock
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
    stopTransport: budgetMs => transport(clock.now() + budgetMs),
    workspaceRead: firstRead(inputs, http, io.env)
  }
  let result: FlowResult
  try {
    // Each flow on the same transport: one request budget for the whole step.
    result = await flowOf(ctx, io)
  } finally {
    http.dispose()
  }
  await writeResult(io, result, [inputs.token, inputs.githubToken])
  return result.outcome
}

/**
 * The one-workspace path's first request, sent at once: the workspace it names, read while the flow's code loads
 * (its chunk, the lifecycle), rather than after. The lifecycle takes it up where it would have read the workspace.
 */
function firstRead(inputs: ActionInputs, http: TfcHttp, env: NodeJS.ProcessEnv): Promise<Workspace> | undefined {
  if (
    inputs.set ||
    inputs.driftIssue ||
    env.GITHUB_EVENT_NAME === 'issue_comment' ||
    !inputs.workspace ||
    (inputs.run && inputs.run !== 'reviewed')
  )
    return undefined
  const read = readWorkspace(http, inputs.workspace, inputs.organization)
  // Taken up (and its failure reported) by the lifecycle; never an unhandled rejection meanwhile.
  read.catch(() => undefined)
  return read
}

function noop(): void {
  // nothing: only the settling matters
}

/** The flow that ends this step: a comment command, several workspaces, a drift check, or one workspace. */
async function flowOf(ctx: StepContext, io: ActionIO): Promise<FlowResult> {
  const { inputs } = ctx
  if (ctx.env.GITHUB_EVENT_NAME === 'issue_comment') return (await import('./commands/run-command.js')).runCommand(ctx, io)
  if (inputs.set) return (await import('./multi/run-set.js')).runSet(ctx, io, inputs.set)
  if (inputs.driftIssue) return (await import('./drift/run-drift.js')).runDrift(ctx, io)
  // The workspace's read goes out first; the flow's code loads while its answer is awaited.
  if (ctx.workspaceRead) await Promise.race([ctx.http.firstSent, ctx.workspaceRead.then(noop, noop)])
  return (await import('./flows/one-workspace.js')).runOneWorkspace(ctx, io)
}

/** The one place a flow's result reaches the runner; the post step is told which runs may still need stopping. */
async function writeResult(io: ActionIO, result: FlowResult, secrets: string[]): Promise<void> {
  for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value)
  for (const annotation of result.annotations ?? []) io.annotate(annotation)
  if (result.summary) await writeSummary(io, result.summary)
  if (result.failure) io.setFailed(redact(result.failure, secrets))
  if (result.cleanup.length) io.saveState(State.RunIds, JSON.stringify(result.cleanup))
  else io.saveState(State.MainFinished, 'true')
}

export function redact(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}
