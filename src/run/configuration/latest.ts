import type { StepContext } from '../context.js'
import type { Configuration } from './types.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * No configuration named: HCP Terraform runs the workspace's latest configuration version. On a pull request that
 * is rarely what a reviewer thinks they are looking at, so the log and the report say so.
 */
export function latestConfiguration(ctx: StepContext): Configuration {
  ctx.log.info("Configuration version: the workspace's latest")
  if (!PULL_REQUEST_EVENTS.has(ctx.env.GITHUB_EVENT_NAME ?? '')) return { source: "the workspace's latest" }
  const warning =
    "This plan is of the workspace's latest configuration version, not of this pull request's code: set `directory` to upload the pull request's configuration."
  ctx.log.warning(warning)
  return { source: "the workspace's latest", warning }
}
