/**
 * `drift-issue: true`, for scheduled workflows: find out whether the workspace drifted, and keep a GitHub issue
 * per workspace in line with it (opened, updated, commented on change, closed when clean). Loaded only then.
 */
import { Outputs, State } from '../constants.js'
import { commentKey } from '../report/comment-marker.js'
import { escapeProse } from '../report/markdown.js'
import type { StepContext } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import { resolveWorkspace } from '../run/workspace.js'
import { outputsOf } from '../outputs.js'
import type { ActionIO } from '../runtime.js'
import { detectDrift, driftSignature, renderDrift } from './detect.js'
import { syncDriftIssue } from './drift-issue.js'

export async function runDrift(ctx: StepContext, io: ActionIO): Promise<void> {
  const { inputs, env } = ctx
  try {
    const workspace = await io.group('Resolve workspace', () => resolveWorkspace({ ...ctx, inputs: { ...inputs, planOnly: true } }))
    const label = `${workspace.organization}/${workspace.name}`
    const result = await io.group('Find drift', () => detectDrift(ctx, workspace))
    if (result.outcome) for (const [name, value] of Object.entries(outputsOf(result.outcome, inputs.apiOrigin))) io.setOutput(name, value)
    if (result.failure) {
      await io.appendSummary(`### ❌ Drift not known: ${escapeProse(label)}\n\n${escapeProse(result.failure)}\n`).catch(() => undefined)
      io.setFailed(`Could not find out whether ${label} drifted: ${result.failure}`)
      io.saveState(State.MainFinished, 'true')
      return
    }
    io.info(
      result.drifted ? `${label} has drifted: ${result.drift.length} resources changed outside Terraform` : `${label} has not drifted`
    )
    io.setOutput(Outputs.Drifted, String(result.drifted))
    const report = renderDrift(workspace, result, inputs.attributeValues)
    await io.appendSummary(`${report}\n`).catch(error => io.warning(`Could not write the job summary: ${(error as Error).message}`))

    const repository = env.GITHUB_REPOSITORY ?? ''
    if (!inputs.githubToken || !repository.includes('/')) {
      io.warning(
        '`drift-issue` is on, but there is no `github-token` or GITHUB_REPOSITORY: no issue was opened or updated. The job summary has the report.'
      )
    } else {
      try {
        const { octokitFor } = await import('../report/github.js')
        const octokit = await octokitFor(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com')
        const key = commentKey(new URL(inputs.apiOrigin).host, workspace.organization, workspace.name, inputs.commentKey)
        const synced = await syncDriftIssue(octokit, io, repository, key, {
          workspace: label,
          signature: driftSignature(result.drift),
          drifted: result.drifted,
          body: report,
          seen: `${result.source.at} (${result.source.url})`
        })
        if (synced.url) io.setOutput(Outputs.DriftIssueUrl, synced.url)
      } catch (error) {
        const status = (error as { status?: number }).status
        io.warning(
          `Could not update the drift issue: ${status ? `GitHub answered ${status}` : (error as Error).message}. The job needs \`issues: write\`. The job summary has the report.`
        )
      }
    }
  } catch (error) {
    io.setFailed(describeFailure(error, inputs))
  }
  io.saveState(State.MainFinished, 'true')
}
