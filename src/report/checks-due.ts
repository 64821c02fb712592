import type { ActionInputs } from '../inputs.js'
import type { StepContext } from '../run/context.js'
import type { ActionIO } from '../runtime.js'
import type { WorkspaceChecks } from './workspace-checks.js'

/** What decides `checks: auto`: which flow is running, and whether a comment command started it. */
export interface CheckScope {
  /** Started by a comment command (`/tfe plan`): the comment's run has no check of its own on the pull request. */
  commanded: boolean
  /** A set of workspaces: one check each tells them apart where the job's own check cannot. */
  set: boolean
}

/**
 * Whether this step writes a check run per workspace: always (`true`), never (`false`), or, with `auto`, on a pull
 * request when a comment command started the step or it runs a set. A one-workspace step on `pull_request` already
 * has its job's check on the head commit, so `auto` adds none there (and asks for no `checks: write`). Only with a
 * GitHub token. Pure and cheap: the check code loads only when due.
 */
export function checksDue(inputs: Pick<ActionInputs, 'commands' | 'githubToken'>, env: NodeJS.ProcessEnv, scope: CheckScope): boolean {
  if (inputs.commands.checks === 'false' || !inputs.githubToken) return false
  if (inputs.commands.checks === 'true') return true
  return (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') && (scope.commanded || scope.set)
}

/**
 * The flow's check runs, when due: their code (Octokit among it) loaded beside the flow's first requests, never
 * before them. A failure to set them up is no checks, never the step's failure.
 */
export function startChecks(
  ctx: Pick<StepContext, 'inputs' | 'env' | 'requestedBy'>,
  io: ActionIO,
  set: boolean
): Promise<WorkspaceChecks | undefined> | undefined {
  const { inputs } = ctx
  if (!checksDue(inputs, ctx.env, { commanded: ctx.requestedBy !== undefined, set })) return undefined
  return import('./workspace-checks.js').then(m => m.workspaceChecks(inputs, io, inputs.apply ? 'apply' : 'plan')).catch(() => undefined)
}
