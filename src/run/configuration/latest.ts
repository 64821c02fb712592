import type { StepContext } from '../context.js'
import type { Configuration } from './types.js'

/** No configuration named: HCP Terraform runs the workspace's latest configuration version. */
export function latestConfiguration(ctx: StepContext): Configuration {
  ctx.log.info("Configuration version: the workspace's latest")
  return {}
}
