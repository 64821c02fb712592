import { errorExcerpt, type LogExcerpt } from '../plan/log.js'
import { StoppedError } from '../tfc/errors.js'
import type { StepContext } from './context.js'

/** The part of a plan or apply log that explains a failure; a log that cannot be read is a warning, not a failure. */
export async function readLogExcerpt(ctx: StepContext, url: string | undefined, phase: 'plan' | 'apply'): Promise<LogExcerpt | undefined> {
  if (!url) return undefined
  try {
    const result = await ctx.http.fetchBlob(url)
    if (result.status === 200) return errorExcerpt(result.body)
    ctx.log.warning(`Could not read the ${phase} log: the log storage answered ${result.status}`)
  } catch (error) {
    if (error instanceof StoppedError) throw error
    ctx.log.warning(`Could not read the ${phase} log: ${(error as Error).message}`)
  }
  return undefined
}
