import { listRuns, readRun } from '../../tfc/runs.js'
import type { Run } from '../../tfc/types.js'
import type { StepContext } from '../context.js'
import { StepFailure } from '../failures.js'
import { lookupWorkspace } from '../workspace.js'
import { checkedConfigurationVersion } from './explicit.js'
import type { Configuration } from './types.js'

/** `promote-from`: the configuration version of the source workspace's last applied run (tfc-api.md §3.4). */
export async function promotedConfiguration(ctx: StepContext, from: string): Promise<Configuration> {
  const source = await lookupWorkspace(ctx, from, 'promote-from')
  let applied: Run | undefined
  if (source.currentRunId) {
    const current = await readRun(ctx.http, source.currentRunId)
    if (current.status === 'applied') applied = current
  }
  if (!applied) {
    // The current run may be newer and not applied yet: look back for the newest applied one. The list endpoint
    // is rate limited to 30/min, so this is a single look-up; the status is checked here, not only by the filter.
    const runs = await listRuns(ctx.http, source.id, { 'filter[status]': 'applied' }, 20)
    applied = runs.find(r => r.status === 'applied')
  }
  if (!applied?.configurationVersionId) {
    throw new StepFailure(
      `Input \`promote-from\`: workspace ${source.organization}/${source.name} has no applied run to promote; apply a run there first, or pass \`configuration-version\` instead.`
    )
  }
  ctx.log.info(`Promoting configuration version ${applied.configurationVersionId} of ${source.name}'s applied run ${applied.id}`)
  const cv = await checkedConfigurationVersion(ctx, applied.configurationVersionId, 'promote-from')
  return { id: cv.id, source: `promoted from ${from}'s applied run ${applied.id}` }
}
