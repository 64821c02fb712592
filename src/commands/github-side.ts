/**
 * What GitHub says about a comment command: the event, the commenter's permission, the pull request, and whether
 * the apply requirements hold. Each reads GitHub as documented; the decisions on what they return are pure.
 */
import { githubStatus } from '../github-errors.js'
import { readFileSync } from 'node:fs'
import type { ApplyRequirement, Permission } from '../inputs-commands.js'
import { PERMISSIONS } from '../inputs-commands.js'

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** The `issue_comment` event's payload, as far as a command needs it. */
export interface CommentEvent {
  action: string
  commentId: number
  body: string
  author: { login: string; type: string }
  issueNumber: number
  /** `issue.pull_request` is present only on a pull request's comments. */
  onPullRequest: boolean
}

export function readCommentEvent(env: NodeJS.ProcessEnv): CommentEvent | undefined {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      action?: string
      comment?: { id?: number; body?: string; user?: { login?: string; type?: string } }
      issue?: { number?: number; pull_request?: unknown }
    }
    if (!event.comment?.id || !event.issue?.number) return undefined
    return {
      action: event.action ?? '',
      commentId: event.comment.id,
      body: event.comment.body ?? '',
      author: { login: event.comment.user?.login ?? '', type: event.comment.user?.type ?? '' },
      issueNumber: event.issue.number,
      onPullRequest: event.issue.pull_request !== undefined && event.issue.pull_request !== null
    }
  } catch {
    return undefined
  }
}

/**
 * The commenter's permission on the repository (`GET …/collaborators/{username}/permission`): `role_name` names
 * maintain and triage, which `permission` folds into write and read. Someone who is not a collaborator: none.
 */
export async function permissionOf(octokit: Octokit, owner: string, repo: string, username: string): Promise<Permission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username })
    const role = (data.role_name ?? '').toLowerCase()
    return (PERMISSIONS as readonly string[]).includes(role)
      ? (role as Permission)
      : ((data.permission as Permission | undefined) ?? 'none')
  } catch (error) {
    if (githubStatus(error) === 404) return 'none'
    throw error
  }
}

export function permits(has: Permission, needs: Permission): boolean {
  return PERMISSIONS.indexOf(has) >= PERMISSIONS.indexOf(needs)
}

export interface PullRequest {
  number: number
  state: 'open' | 'closed'
  merged: boolean
  author: string
  headSha: string
  baseRef: string
  /** From a fork: the head branch lives in another repository. */
  fromFork: boolean
  mergeable: boolean | null
  mergeableState: string
}

export async function readPullRequest(octokit: Octokit, owner: string, repo: string, number: number): Promise<PullRequest> {
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number })
  return {
    number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: data.merged === true || data.merged_at !== null,
    author: data.user?.login ?? '',
    headSha: data.head.sha,
    baseRef: data.base.ref,
    fromFork: (data.head.repo?.full_name ?? '').toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
    mergeable: data.mergeable ?? null,
    mergeableState: data.mergeable_state ?? 'unknown'
  }
}

/** A review's state as GitHub sends it: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
type ReviewState = string

/**
 * Whether the reviews approve, when branch protection does not decide (its review decision is null): each
 * reviewer's latest review that is not a comment counts; at least one approval by someone other than the author,
 * and no reviewer whose latest asks for changes. Pure.
 */
export function approvedByReviews(
  reviews: ReadonlyArray<{ login: string; state: ReviewState }>,
  author: string
): { ok: boolean; why?: string } {
  const latest = new Map<string, ReviewState>()
  for (const review of reviews) if (review.state !== 'COMMENTED' && review.state !== 'PENDING') latest.set(review.login, review.state)
  const changes = [...latest].filter(([, state]) => state === 'CHANGES_REQUESTED').map(([login]) => login)
  if (changes.length) return { ok: false, why: `changes are requested by ${changes.join(', ')}` }
  const approvals = [...latest].filter(([login, state]) => state === 'APPROVED' && login !== author)
  if (!approvals.length)
    return {
      ok: false,
      why: latest.get(author) === 'APPROVED' ? 'only its author approved it, which does not count' : 'no one but its author has approved it'
    }
  return { ok: true }
}

/** The apply requirements that do not hold, each in a sentence; empty when all hold. */
export async function unmetRequirements(
  octokit: Octokit,
  owner: string,
  repo: string,
  pull: PullRequest,
  requirements: readonly ApplyRequirement[],
  /** This action's own apply checks: not counted against `mergeable`. */
  isOwnCheck: (name: string) => boolean,
  wait: (ms: number) => Promise<void>
): Promise<string[]> {
  const unmet: string[] = []
  if (requirements.includes('approved')) {
    const why = await notApproved(octokit, owner, repo, pull)
    if (why) unmet.push(`approved: ${why}`)
  }
  if (requirements.includes('mergeable')) {
    const why = await notMergeable(octokit, owner, repo, pull, isOwnCheck, wait)
    if (why) unmet.push(`mergeable: ${why}`)
  }
  if (requirements.includes('up-to-date')) {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${pull.baseRef}...${pull.headSha}`,
      per_page: 1
    })
    if (data.status === 'behind' || data.status === 'diverged')
      unmet.push(
        `up-to-date: its head does not contain the head of ${pull.baseRef} (${data.behind_by} commits behind); update the branch and plan again`
      )
  }
  return unmet
}

async function notApproved(octokit: Octokit, owner: string, repo: string, pull: PullRequest): Promise<string | undefined> {
  // GitHub's own review decision, where branch protection requires reviews; null where it does not.
  let decision: string | null | undefined
  try {
    const answer = await octokit.graphql<{ repository?: { pullRequest?: { reviewDecision?: string | null } | null } }>(
      'query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { pullRequest(number: $number) { reviewDecision } } }',
      { owner, repo, number: pull.number }
    )
    decision = answer.repository?.pullRequest?.reviewDecision ?? null
  } catch {
    decision = undefined
  }
  if (decision === 'APPROVED') return undefined
  if (decision === 'CHANGES_REQUESTED') return 'GitHub says changes are requested'
  if (decision === 'REVIEW_REQUIRED') return "GitHub says a review is still required by the branch's protection"
  const reviews: Array<{ login: string; state: string }> = []
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: pull.number,
    per_page: 100
  }))
    for (const review of page.data) reviews.push({ login: review.user?.login ?? '', state: review.state })
  const approval = approvedByReviews(reviews, pull.author)
  return approval.ok ? undefined : approval.why
}

const MERGEABLE_POLLS_MS = [1000, 2000, 4000]

async function notMergeable(
  octokit: Octokit,
  owner: string,
  repo: string,
  initial: PullRequest,
  isOwnCheck: (name: string) => boolean,
  wait: (ms: number) => Promise<void>
): Promise<string | undefined> {
  let pull = initial
  // GitHub works out mergeability in the background: null until it has.
  for (const delay of MERGEABLE_POLLS_MS) {
    if (pull.mergeable !== null) break
    await wait(delay)
    pull = await readPullRequest(octokit, owner, repo, pull.number)
  }
  if (pull.mergeable === null) return 'GitHub has not yet worked out whether it can be merged; try again in a moment'
  if (!pull.mergeable) return `GitHub says it cannot be merged (${pull.mergeableState}): resolve the conflicts`
  if (['clean', 'has_hooks', 'unstable'].includes(pull.mergeableState)) return undefined
  if (pull.mergeableState !== 'blocked') return `GitHub says it cannot be merged yet (${pull.mergeableState})`
  // Blocked: by required checks or reviews. This action's own apply checks do not count (they pass by applying),
  // and reviews are `approved`'s question: any other check not green blocks it.
  const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: pull.headSha, per_page: 100 })
  const red = data.check_runs.filter(
    c => !isOwnCheck(c.name) && !(c.status === 'completed' && ['success', 'neutral', 'skipped'].includes(c.conclusion ?? ''))
  )
  return red.length ? `checks that are not green: ${red.map(c => c.name).join(', ')}` : undefined
}

/** How the pull request is merged: the repository's own method, merge commit first. */
export async function mergeMethodOf(octokit: Octokit, owner: string, repo: string): Promise<'merge' | 'squash' | 'rebase'> {
  const { data } = await octokit.rest.repos.get({ owner, repo })
  if (data.allow_merge_commit !== false) return 'merge'
  if (data.allow_squash_merge !== false) return 'squash'
  return 'rebase'
}
