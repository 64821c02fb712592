import type { ReviewedComment, ReviewedPlan } from '../report/reviewed.js'
import type { Run, Workspace } from '../tfc/types.js'
import { adoptRunById, reviewedRunProblem } from './adopt-run.js'
import { bindingProblem, readBinding } from './binding.js'
import { getConfiguration, type Configuration } from './configuration/index.js'
import type { StepContext } from './context.js'
import { createStepRun } from './create-run.js'
import { StepFailure } from './failures.js'
import { resolveWorkspace, runUrl } from './workspace.js'

/** Where the step starts: a workspace and the code to run, and, when it adopts one, the existing run. */
export interface RunStart {
  workspace: Workspace
  configuration: Configuration
  adopted?: {
    run: Run
    reviewed?: ReviewedPlan
    /** Set when the reviewed plan has nothing to apply: the step ends there, successfully. */
    nothingToApply?: string
  }
}

/**
 * The one seam for which run the step acts on: with `run` an existing one (by ID, or the plan reviewed on the
 * merged pull request); otherwise the workspace, and the configuration from its one source, for a new run.
 */
export async function resolveStart(
  ctx: StepContext,
  findReviewedPlan?: (workspace: Workspace) => Promise<ReviewedComment>
): Promise<RunStart> {
  const { inputs } = ctx
  if (inputs.run && inputs.run !== 'reviewed') {
    const { run, workspace } = await adoptRunById(ctx, inputs.run)
    return { workspace, configuration: adoptedConfiguration(run), adopted: { run } }
  }
  const workspace = await resolveWorkspace(ctx)
  if (inputs.run !== 'reviewed') return { workspace, configuration: await getConfiguration(ctx, workspace) }

  if (!findReviewedPlan)
    throw new StepFailure('Input `run: reviewed` needs the GitHub API to find the reviewed plan, and it is not available here.')
  const found = await findReviewedPlan(workspace)
  const { run } = await adoptRunById(ctx, found.runId)
  if (run.workspaceId !== workspace.id)
    throw new StepFailure(
      `The reviewed run ${run.id} is not on workspace ${workspace.organization}/${workspace.name}. Nothing was applied.`
    )
  // HCP Terraform decides, not the comment: the run must have been planned for this repository, this pull request
  // and the head commit it was merged with.
  const mismatch = bindingProblem(
    run.id,
    readBinding(run.message),
    {
      repository: found.pr.repo,
      pullRequest: found.pr.number,
      headSha: found.pr.headSha
    },
    ctx.reviewedPullRequest !== undefined
  )
  if (mismatch) throw new StepFailure(mismatch)
  if (!run.savePlan) {
    throw new StepFailure(
      `Run ${run.id}, shown on pull request #${found.pr.number}, is not a saved plan: the pull request's plan step needs \`save-plan: true\` for its plan to be applied after the merge. Nothing was applied.`
    )
  }
  const reviewed: ReviewedPlan = { ...found, plannedSha: found.pr.headSha }
  const problem = reviewedRunProblem(run, reviewed.pr.number)
  if (problem && 'fail' in problem) throw new StepFailure(`${problem.fail} See ${runUrl(inputs.apiOrigin, workspace, run.id)}`)
  return { workspace, configuration: adoptedConfiguration(run), adopted: { run, reviewed, nothingToApply: problem?.nothing } }
}

/** Creates the step's own run on the chosen configuration. */
export async function createRun(ctx: StepContext, workspace: Workspace, configuration: Configuration): Promise<Run> {
  const run = await createStepRun(ctx, workspace, configuration)
  ctx.log.info(`Created run ${run.id}: ${runUrl(ctx.inputs.apiOrigin, workspace, run.id)}`)
  return run
}

/** A server that ignores `save-plan` (older Terraform Enterprise) made an ordinary run: that is a failure, said plainly. */
export function checkSavedPlan(ctx: StepContext, run: Run): void {
  if (ctx.inputs.savePlan && !run.savePlan) {
    throw new StepFailure(
      `HCP Terraform created run ${run.id} as an ordinary run: it ignored \`save-plan\` (Terraform Enterprise releases before saved plans do). Upgrade, or plan without \`save-plan\`.`
    )
  }
}

function adoptedConfiguration(run: Run): Configuration {
  return { id: run.configurationVersionId, source: `the code of run ${run.id}` }
}
