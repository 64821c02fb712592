import { githubAnswer } from '../github-errors.js'
import type { PullRequestContext } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import { StepFailure } from '../run/failures.js'
import type { ActionIO } from '../runtime.js'
import type { CommentState } from './comment-marker.js'
import { StickyComment } from './comment.js'

/**
 * The pull request merged as this push's commit, and the run its plan comment names. The comment is only an index:
 * what the run was planned for is read from HCP Terraform (../run/binding.ts) before anything is applied.
 */
export interface ReviewedComment {
  /** The merged pull request; its comment is updated once the plan is applied. `headSha`: its head when merged. */
  pr: PullRequestContext
  runId: string
}

/** The plan reviewed on the merged pull request, once HCP Terraform's record of the run has been checked. */
export interface ReviewedPlan {
  pr: PullRequestContext
  runId: string
  /** The head commit the plan was made of: the run's own record on HCP Terraform was checked to name `pr.headSha`. */
  plannedSha: string
}

/** The pull request merged as GITHUB_SHA (GET /repos/{owner}/{repo}/commits/{sha}/pulls), whose comment indexes the plans. */
async function mergedPullRequest(inputs: ActionInputs, io: ActionIO): Promise<PullRequestContext> {
  const sha = io.env.GITHUB_SHA ?? ''
  const repository = io.env.GITHUB_REPOSITORY ?? ''
  if (!sha || !repository.includes('/'))
    throw new StepFailure(
      'Input `run: reviewed` needs GITHUB_SHA and GITHUB_REPOSITORY: run it in a workflow on the push that merges a pull request.'
    )
  if (!inputs.githubToken)
    throw new StepFailure(
      "Input `run: reviewed` reads the pull request's plan comment: `github-token` is empty; give it a token with pull-requests: read."
    )
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(inputs.githubToken, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' })
  const [owner, repo] = repository.split('/')
  let pulls: Array<{ number: number; merged_at: string | null; merge_commit_sha: string | null; head: { sha: string } }>
  try {
    pulls = (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })).data
  } catch (error) {
    throw new StepFailure(
      `Input \`run: reviewed\`: GitHub answered ${githubAnswer(error)} when asked which pull request was merged as ${sha.slice(0, 7)}; the job needs \`contents: read\` and \`pull-requests: read\`.`
    )
  }
  const merged = pulls.find(p => p.merged_at && p.merge_commit_sha === sha) ?? pulls.find(p => p.merged_at)
  if (!merged) {
    throw new StepFailure(
      `No reviewed plan: no pull request was merged as ${sha.slice(0, 7)}. \`run: reviewed\` belongs on the push that merges a pull request whose plan step used \`save-plan: true\`. Nothing was applied.`
    )
  }
  return { repo: repository, number: merged.number, headSha: merged.head.sha }
}

/** How the merge is named in the log: the pull request, the merge commit and its head. */
function mergedAs(io: ActionIO, pr: PullRequestContext): string {
  return `Pull request #${pr.number}, merged as ${(io.env.GITHUB_SHA ?? '').slice(0, 7)} with head ${pr.headSha.slice(0, 7)}`
}

/** How an open pull request is named in the log (the `apply` command): its head now. */
function openAs(pr: PullRequestContext): string {
  return `Pull request #${pr.number}, open at ${pr.headSha.slice(0, 7)}`
}

const keyNote = (inputs: ActionInputs): string => (inputs.commentKey ? ` (comment-key "${inputs.commentKey}")` : '')

/**
 * `run: reviewed`: finds the pull request merged as this commit, then this workspace's sticky plan comment on it
 * (same marker and `comment-key` as the pull request's step).
 */
export async function findReviewedPlan(
  inputs: ActionInputs,
  io: ActionIO,
  workspace: { organization: string; name: string },
  open?: PullRequestContext
): Promise<ReviewedComment> {
  const pr = open ?? (await mergedPullRequest(inputs, io))
  const sticky = await StickyComment.create(inputs, io, pr)
  const comment = await sticky?.read(workspace)
  if (!comment?.state) {
    throw new StepFailure(
      `No reviewed plan: pull request #${pr.number} has no plan comment for workspace ${workspace.organization}/${workspace.name}${keyNote(inputs)}. Its plan step must run with \`save-plan: true\` and the same workspace and comment-key. Nothing was applied.`
    )
  }
  io.info(
    `${open ? openAs(pr) : mergedAs(io, pr)}, names run ${comment.state.run}: ${comment.url}. HCP Terraform's record of that run is checked before anything is applied.`
  )
  return { pr, runId: comment.state.run }
}

/** The plans reviewed for several workspaces: the merged pull request's comment for the selection, and its index. */
export interface ReviewedSet {
  pr: PullRequestContext
  url: string
  /** The reviewed run of each workspace the comment names, by the workspace's comment key (`StickyComment.keyOf`). */
  runs: Record<string, CommentState>
  keyOf: (workspace: { organization: string; name: string }) => string
}

/**
 * `run: reviewed` for several workspaces: the merged pull request's comment for the same selection (and
 * `comment-key`), which names each workspace's reviewed run. As for one workspace, it is only the index.
 */
export async function findReviewedSet(
  inputs: ActionInputs,
  io: ActionIO,
  selection: string,
  open?: PullRequestContext
): Promise<ReviewedSet> {
  const pr = open ?? (await mergedPullRequest(inputs, io))
  const sticky = await StickyComment.create(inputs, io, pr)
  const comment = await sticky?.readSet(selection, inputs.organization)
  if (!sticky || !comment || !Object.keys(comment.runs).length) {
    throw new StepFailure(
      `No reviewed plan: pull request #${pr.number} has no plan comment naming saved plans for ${selection}${keyNote(inputs)}. Its plan step must run with \`save-plan: true\` and the same selection and comment-key. Nothing was applied.`
    )
  }
  io.info(
    `${open ? openAs(pr) : mergedAs(io, pr)}, names ${Object.keys(comment.runs).length} reviewed runs: ${comment.url}. HCP Terraform's record of each is checked before anything is applied.`
  )
  return { pr, url: comment.url, runs: comment.runs, keyOf: workspace => sticky.keyOf(workspace) }
}
