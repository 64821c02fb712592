/**
 * Which of the selected workspaces run: with `run: reviewed`, those the merged pull request's comment names; else,
 * with `changed-only`, those the change touches by HCP Terraform's own rule for VCS-driven runs; else all. The
 * others are skipped, each with why.
 */
import type { SetInputs } from '../inputs-selection.js'
import type { ReviewedSet } from '../report/reviewed.js'
import type { StepContext } from '../run/context.js'
import type { ActionIO } from '../runtime.js'
import type { Workspace } from '../tfc/types.js'
import { changedFiles } from './changed-files.js'
import { checkoutOf } from '../run/configuration/upload.js'
import { archiveRootInRepository, touches } from './touched.js'

export interface Choice {
  /** Why each workspace that does not run is skipped, by workspace ID. */
  skipped: Map<string, string>
  /** What the report says of the choice. */
  note?: string
  /** With `run: reviewed`: the reviewed run of each workspace. */
  reviewed?: ReviewedSet
}

/** Whether to run only what the change touches: `auto` means on a pull request or a push, with several selected. */
function onlyChanged(set: SetInputs, selected: number, event: string): boolean {
  if (set.changedOnly !== 'auto') return set.changedOnly === 'true'
  return selected > 1 && (event.startsWith('pull_request') || event === 'push')
}

/** Throws when `run: reviewed` finds no reviewed plan: nothing runs then. */
export async function chooseRuns(
  ctx: StepContext,
  io: ActionIO,
  set: SetInputs,
  workspaces: readonly Workspace[],
  selection: string
): Promise<Choice> {
  const { inputs, env } = ctx
  const skipped = new Map<string, string>()
  if (inputs.run === 'reviewed') {
    const { findReviewedSet } = await import('../report/github.js')
    const reviewed = await io.group('Find the reviewed plans', () => findReviewedSet(inputs, io, selection, ctx.reviewedPullRequest))
    for (const workspace of workspaces)
      if (!reviewed.runs[reviewed.keyOf(workspace)])
        skipped.set(workspace.id, `no plan of it reviewed on pull request #${reviewed.pr.number}`)
    const note = `Applies the plans reviewed on pull request #${reviewed.pr.number}, each checked against HCP Terraform's record of its run.`
    return { skipped, note, reviewed }
  }
  if (!onlyChanged(set, workspaces.length, env.GITHUB_EVENT_NAME ?? '')) return { skipped }
  const changes = await io.group('Find what the change touches', () => changedFiles(inputs, env))
  if (!changes.files) {
    const note = `Every selected workspace ran: ${changes.why}.`
    io.warning(note)
    return { skipped, note }
  }
  const checkout = checkoutOf(env)
  for (const workspace of workspaces) {
    // With `directory`, the workspace's paths are in the uploaded archive: mapped to the repository as the upload maps them.
    const root = archiveRootInRepository(inputs.directory, workspace.workingDirectory, checkout)
    const touch =
      root === undefined
        ? { touched: true, reason: 'its archive root is outside the checkout, so changes cannot be matched to it' }
        : touches(workspace, changes.files, root)
    io.info(`${workspace.name}: ${touch.touched ? 'runs' : 'skipped'} (${touch.reason})`)
    if (!touch.touched) skipped.set(workspace.id, touch.reason)
  }
  return { skipped, note: `Ran the workspaces that ${changes.source} touch, by each workspace's run triggers.` }
}
