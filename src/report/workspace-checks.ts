/**
 * The check run of each workspace a flow runs, on the pull request's head commit: started when its run is
 * created, finished with its outcome (skipped workspaces neutral, with the reason as title). When `checksDue` says
 * so (comment commands and sets on pull requests, or `checks: true`). Loaded only then.
 */
import { pullRequestOf } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import { countsOf } from '../run/read-plan.js'
import type { RunOutcome } from '../run/outcome.js'
import type { ActionIO } from '../runtime.js'
import { CheckRuns, checkName, type Conclusion, type Phase } from './check-runs.js'
import { annotationsOf, diagnosticsOf, renderWithinLimit, reportOf, sourceLayout } from './late.js'

type Named = { organization: string; name: string }

export interface WorkspaceChecks {
  start(workspace: Named): Promise<void>
  finish(workspace: Named, outcome: RunOutcome): Promise<void>
  skip(workspace: Named, reason: string): Promise<void>
}

/** Check runs for this step (the caller has asked `checksDue`), or undefined without a pull request head to check. */
export async function workspaceChecks(inputs: ActionInputs, io: ActionIO, phase: Phase): Promise<WorkspaceChecks | undefined> {
  const pr = pullRequestOf(io.env)
  if (!pr?.headSha) return undefined
  const [owner, repo] = pr.repo.split('/')
  const { octokitFor } = await import('./github.js')
  const runs = new CheckRuns(
    await octokitFor(inputs.githubToken, io.env.GITHUB_API_URL || 'https://api.github.com'),
    owner,
    repo,
    pr.headSha,
    io
  )
  const started = new Map<string, Promise<void>>()
  return {
    start: workspace => {
      const name = checkName(phase, workspace)
      const starting = runs.start(name, phase === 'plan' ? 'Planning' : 'Applying')
      started.set(name, starting)
      return starting
    },
    finish: async (workspace, outcome) => {
      const name = checkName(phase, workspace)
      await started.get(name)
      const { conclusion, title } = verdict(outcome)
      const layout = outcome.run ? sourceLayout(outcome.configuration, outcome.workspace, io.env) : undefined
      const report = layout ? reportOf(outcome, inputs.apiOrigin, io.env, inputs, layout) : undefined
      const summary = report ? renderWithinLimit(report, 60_000).markdown : (outcome.failure ?? outcome.action)
      const annotations = layout ? annotationsOf(diagnosticsOf(outcome), layout) : []
      await runs.finish(name, conclusion, title, summary, annotations)
    },
    skip: (workspace, reason) =>
      runs.finish(checkName(phase, workspace), 'neutral', `Skipped: ${reason}`.slice(0, 255), `Not run: ${reason}.`)
  }
}

/** success: planned (with or without changes) or applied; failure: errored, a hard-failed policy, a refused destroy. */
export function verdict(outcome: RunOutcome): { conclusion: Conclusion; title: string } {
  const counts = countsOf(outcome.plan)
  const changes = counts
    ? counts.add + counts.change + counts.destroy + counts.replace + counts.import + counts.forget > 0
      ? `${counts.add} to add, ${counts.change} to change, ${counts.replace} to replace, ${counts.destroy} to destroy`
      : 'No changes'
    : ''
  if (outcome.failure) return { conclusion: 'failure', title: outcome.failure.split(/(?<=\.)\s/)[0].slice(0, 200) }
  return { conclusion: 'success', title: changes || outcome.action.slice(0, 200) }
}
