import { pullRequestOf } from '../github-event.js'
import { OutcomeUnknownError } from '../tfc/errors.js'
import { createRun, listRuns, type RunCreateOptions } from '../tfc/runs.js'
import type { Run, Workspace } from '../tfc/types.js'
import type { Configuration } from './configuration/index.js'
import type { StepContext } from './context.js'
import { COMMIT_ID, runTag } from './binding.js'
import { StepFailure, explained } from './failures.js'

/** Look-ups for a run whose create had an unknown outcome, before creating it again. */
const LOOKUP_DELAYS_MS = [500, 1000, 2000]
const CREATE_ATTEMPTS = 3

/** Creates the run this step acts on: run-level auto-apply off, so this step, not the workspace, decides. */
export async function createStepRun(ctx: StepContext, workspace: Workspace, configuration: Configuration): Promise<Run> {
  const { inputs } = ctx
  // Loaded here, not at start-up: the first request of the step does not wait for it.
  const { randomBytes } = await import('node:crypto')
  const nonce = randomBytes(6).toString('hex')
  // The pull request and commit this run plans, where only holders of an HCP Terraform token can write it: what
  // `run: reviewed` checks before it applies the run (./binding.ts).
  const pr = pullRequestOf(ctx.env)
  const recordable = pr !== undefined && COMMIT_ID.test(pr.headSha)
  // A saved plan is applied later only when its record reads back: one that could not would never be applied.
  if (pr && !recordable && inputs.savePlan)
    throw new StepFailure(
      `The pull request's head commit (${JSON.stringify(pr.headSha.slice(0, 80))}) is not a commit ID this action can record (40 or 64 hexadecimal digits), so a saved plan could never be applied as reviewed. No run was created.`
    )
  const tag = runTag(nonce, recordable ? { repository: pr.repo, pullRequest: pr.number, headSha: pr.headSha } : undefined)
  const marker = `tfe-run-action:${nonce}`
  const options: RunCreateOptions = {
    workspaceId: workspace.id,
    configurationVersionId: configuration.id,
    message: `${inputs.message || defaultMessage(ctx.env)} ${tag}`,
    isDestroy: inputs.isDestroy,
    planOnly: inputs.planOnly,
    savePlan: inputs.savePlan,
    refresh: inputs.refresh,
    refreshOnly: inputs.refreshOnly,
    targetAddrs: inputs.targetAddrs,
    replaceAddrs: inputs.replaceAddrs,
    variables: inputs.variables
  }
  return createOnce(ctx, workspace, options, marker)
}

/**
 * POST /runs is not idempotent. When its outcome is unknown (the connection dropped after sending), the run is
 * looked for by the unique marker in its message before trying again, so a retry never makes a second run.
 */
async function createOnce(ctx: StepContext, workspace: Workspace, options: RunCreateOptions, marker: string): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await explained(() => createRun(ctx.http, options), `Could not create a run on workspace ${workspace.name}.`, true)
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError) || attempt >= CREATE_ATTEMPTS) throw error
      ctx.log.warning(`${error.message}; looking for the run before trying again`)
      for (const delay of LOOKUP_DELAYS_MS) {
        await ctx.clock.sleep(delay, ctx.signal)
        const runs = await listRuns(ctx.http, options.workspaceId, {}, 20)
        const found = runs.find(run => run.message.includes(marker))
        if (found) {
          ctx.log.info(`The run was created after all: ${found.id}`)
          return found
        }
      }
    }
  }
}

/** The default run message: enough to find the workflow run from the HCP Terraform UI. */
export function defaultMessage(env: NodeJS.ProcessEnv): string {
  const sha = env.GITHUB_SHA ? `@${env.GITHUB_SHA.slice(0, 7)}` : ''
  return `GitHub Actions: ${env.GITHUB_REPOSITORY ?? 'unknown repository'}${sha}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`
}

/** Names the workflow run in run comments (apply, discard, cancel). */
export function workflowRef(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_REPOSITORY ?? 'unknown repository'
  return `${repo}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`
}
