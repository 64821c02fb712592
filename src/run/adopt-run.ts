import { readRun } from '../tfc/runs.js'
import type { Run, Workspace } from '../tfc/types.js'
import type { StepContext } from './context.js'
import { StepFailure, explained } from './failures.js'
import { checkWorkspace, lookupWorkspace } from './workspace.js'

/**
 * `run: run-…`: the run to act on, and its workspace. When `workspace` is also given it must be the run's: a run
 * ID pasted into the wrong workflow must not be applied in another workspace's name.
 */
export async function adoptRunById(ctx: StepContext, runId: string): Promise<{ run: Run; workspace: Workspace }> {
  const host = new URL(ctx.inputs.apiOrigin).host
  const run = await explained(
    () => readRun(ctx.http, runId),
    `Run ${runId} was not found on ${host}, or the token cannot read it. Check \`run\`.`
  )
  if (!run.workspaceId) throw new StepFailure(`Run ${runId} names no workspace; HCP Terraform answered an incomplete run.`)
  const workspace = await lookupWorkspace(ctx, run.workspaceId, 'run')
  if (ctx.inputs.workspace) {
    const given = await lookupWorkspace(ctx, ctx.inputs.workspace, 'workspace')
    if (given.id !== workspace.id) {
      throw new StepFailure(
        `Input \`workspace\`: run ${runId} belongs to workspace ${workspace.organization}/${workspace.name}, not ${given.organization}/${given.name}. Nothing was done; check \`run\` and \`workspace\`.`
      )
    }
  }
  ctx.log.info(`Adopting run ${run.id} (${run.status}${run.savePlan ? ', a saved plan' : ''}); this step creates no run`)
  return { run, workspace: checkWorkspace(ctx, workspace) }
}

/**
 * Why a reviewed saved plan cannot be applied, from its status (the Terraform CLI's own list); `nothing` when
 * there is nothing to apply and that is fine. Undefined when it can go on to be applied.
 */
export function reviewedRunProblem(run: Run, prNumber: number): { fail: string } | { nothing: string } | undefined {
  const which = `The plan reviewed on pull request #${prNumber} (run ${run.id})`
  const replan = "Re-run the pull request's plan to review the current code, then apply that run with `run:` and its ID."
  switch (run.status) {
    case 'planned_and_finished':
      return { nothing: `${which} has no changes: nothing to apply.` }
    case 'discarded':
      return {
        fail: `${which} was discarded: either another run was applied first, or someone discarded it. Nothing was applied. ${replan}`
      }
    case 'applied':
      // Applied before the merge (the `apply` command), or by this job before a re-run: what was reviewed is in
      // place, and applying nothing twice is success.
      return { nothing: `${which} is already applied: nothing to apply again.` }
    case 'confirmed':
    case 'apply_queued':
    case 'queuing_apply':
    case 'applying':
      return { fail: `${which} is already confirmed and applying; follow it on the run page. Nothing was applied again.` }
    case 'errored':
      return { fail: `${which} errored. Nothing was applied. ${replan}` }
    case 'canceled':
    case 'force_canceled':
      return { fail: `${which} was canceled. Nothing was applied. ${replan}` }
    case 'policy_override':
    case 'tf_policy_override':
      return {
        fail: `${which} needs a policy override before it can be applied: someone with "manage policy overrides" permission must override it on the run page, then re-run this job.`
      }
  }
  if (!run.actions.isConfirmable) {
    return {
      fail: `${which} cannot be applied now (${run.status}): its plan and checks have not completed, or it waits for a decision on the run page.`
    }
  }
  return undefined
}
