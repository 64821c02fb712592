import type { Run, Workspace } from '../tfc/types.js'
import type { Configuration } from './configuration/index.js'
import type { StepContext } from './context.js'
import { createStepRun } from './create-run.js'
import { runUrl } from './workspace.js'

/** The one seam for which run this step acts on. Today it always creates one; adopting an existing run goes here. */
export async function getRun(ctx: StepContext, workspace: Workspace, configuration: Configuration): Promise<Run> {
  const run = await createStepRun(ctx, workspace, configuration)
  ctx.log.info(`Created run ${run.id}: ${runUrl(ctx.inputs.apiOrigin, workspace, run.id)}`)
  return run
}
