import type { StepContext } from '../context.js'
import { explicitConfiguration } from './explicit.js'
import { latestConfiguration } from './latest.js'
import { promotedConfiguration } from './promote.js'
import type { Workspace } from '../../tfc/types.js'
import type { Configuration } from './types.js'

export type { Configuration } from './types.js'

/** The one seam for where a run's configuration comes from; the inputs allow at most one source. */
export function getConfiguration(ctx: StepContext, workspace: Workspace): Promise<Configuration> | Configuration {
  const { inputs } = ctx
  // The packer (tar, gzip, the ignore rules) loads only for an upload: every other run starts without it.
  if (inputs.directory) return import('./upload.js').then(m => m.uploadedConfiguration(ctx, workspace, inputs.directory))
  if (inputs.promoteFrom) return promotedConfiguration(ctx, inputs.promoteFrom)
  if (inputs.configurationVersion) return explicitConfiguration(ctx, inputs.configurationVersion)
  return latestConfiguration(ctx)
}
