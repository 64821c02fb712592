import { configurationVersionProblem, readConfigurationVersion } from '../../tfc/configuration-versions.js'
import type { ConfigurationVersion } from '../../tfc/types.js'
import type { StepContext } from '../context.js'
import { StepFailure, explained } from '../failures.js'
import type { Configuration } from './types.js'

/** Reads a configuration version and checks it can back this run; failures name `input`. */
export async function checkedConfigurationVersion(ctx: StepContext, id: string, input: string): Promise<ConfigurationVersion> {
  const cv = await explained(
    () => readConfigurationVersion(ctx.http, id),
    `Configuration version ${id} was not found, or the token cannot read it. Check \`${input}\`.`
  )
  const problem = configurationVersionProblem(cv, ctx.inputs.planOnly)
  if (problem) throw new StepFailure(`Input \`${input}\`: ${problem}.`)
  ctx.log.info(`Configuration version ${cv.id} (${cv.status}${cv.source ? `, from ${cv.source}` : ''})`)
  return cv
}

/** `configuration-version`: a cv-… ID, possibly of another workspace. */
export async function explicitConfiguration(ctx: StepContext, id: string): Promise<Configuration> {
  const cv = await checkedConfigurationVersion(ctx, id, 'configuration-version')
  return { id: cv.id, source: `given as \`configuration-version\`${cv.source ? `, uploaded by ${cv.source}` : ''}` }
}
