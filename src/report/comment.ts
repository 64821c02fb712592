import { pullRequestOf, type PullRequestContext } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import type { ActionIO } from '../runtime.js'
import { commentKey, findsKey, isNewer, marker, readState, type CommentState } from './comment-marker.js'
import { renderWithinLimit, type ReportInput } from './render.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536
const FALLBACK_LOGIN = 'github-actions[bot]'

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/**
 * Posts or updates the one sticky comment for this workspace on the pull request. Never fails the step: a
 * read-only token (fork pull requests), a 403 or a 404 is a warning, and the job summary still has the report.
 */
export class StickyComment {
  private login?: string
  private commentId?: number
  private url?: string

  constructor(
    private readonly inputs: ActionInputs,
    private readonly io: ActionIO,
    private readonly octokit: Octokit,
    private readonly pr: PullRequestContext
  ) {}

  static async create(inputs: ActionInputs, io: ActionIO, forPullRequest?: PullRequestContext): Promise<StickyComment | undefined> {
    const pr = forPullRequest ?? pullRequestOf(io.env)
    if (!pr) {
      io.warning(
        '`comment` is on, but this workflow run has no pull request (no pull_request in the event payload): not commenting. The job summary has the report.'
      )
      return undefined
    }
    if (!inputs.githubToken) {
      io.warning('`comment` is on but `github-token` is empty: not commenting. The job summary has the report.')
      return undefined
    }
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(inputs.githubToken, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' })
    return new StickyComment(inputs, io, octokit, pr)
  }

  /** `final` is false for progress updates, which only ever update an existing comment. */
  async post(report: ReportInput, final: boolean): Promise<string | undefined> {
    try {
      return await this.write(report, final)
    } catch (error) {
      const status = (error as { status?: number }).status
      const hint =
        status === 403 || status === 404
          ? ' The token cannot write comments here (a fork pull request gets a read-only token); give the job `pull-requests: write`.'
          : ''
      this.io.warning(
        `Could not write the pull-request comment: ${status ? `GitHub answered ${status}` : (error as Error).message}.${hint} The job summary has the full report.`
      )
      return undefined
    }
  }

  private async write(report: ReportInput, final: boolean): Promise<string | undefined> {
    const host = new URL(this.inputs.apiOrigin).host
    const key = commentKey(host, report.workspace.organization, report.workspace.name, this.inputs.commentKey)
    const state: CommentState = { run: report.run.id, sha: this.pr.headSha, created: report.run.createdAt, status: report.run.status }
    const head = `${marker(key, state)}\n`
    const body = head + renderWithinLimit(report, COMMENT_LIMIT, head.length).markdown
    const [owner, repo] = this.pr.repo.split('/')

    // Searched again at the final write when the progress update found nothing: a concurrent workflow run for the
    // same pull request may have created the comment meanwhile, and a second comment is what this avoids.
    if (this.commentId === undefined) {
      const existing = await this.findExisting(owner, repo, key)
      if (existing) {
        const shown = readState(existing.body)
        if (shown && isNewer(shown, state)) {
          this.io.info(`The pull-request comment already shows a newer run (${shown.run}); leaving it as it is.`)
          return existing.url
        }
        this.commentId = existing.id
        this.url = existing.url
      }
    }
    if (this.commentId !== undefined) {
      await this.octokit.rest.issues.updateComment({ owner, repo, comment_id: this.commentId, body })
      this.io.info(`Updated the pull-request comment: ${this.url}`)
      return this.url
    }
    // A plan with no changes starts no conversation; progress is shown only in a comment that already exists.
    if (!final || report.outcome === 'no-changes') return undefined
    const created = await this.octokit.rest.issues.createComment({ owner, repo, issue_number: this.pr.number, body })
    this.commentId = created.data.id
    this.url = created.data.html_url
    this.io.info(`Created the pull-request comment: ${this.url}`)
    return this.url
  }

  /** Our comment for a workspace on this pull request, and the run state its marker carries, if there is one. */
  async read(workspace: { organization: string; name: string }): Promise<{ url: string; state?: CommentState } | undefined> {
    const [owner, repo] = this.pr.repo.split('/')
    const key = commentKey(new URL(this.inputs.apiOrigin).host, workspace.organization, workspace.name, this.inputs.commentKey)
    const existing = await this.findExisting(owner, repo, key)
    return existing && { url: existing.url, state: readState(existing.body) }
  }

  /** Our comment for this key, written by this token's own user; every page is searched, 100 at a time. */
  private async findExisting(owner: string, repo: string, key: string): Promise<{ id: number; body: string; url: string } | undefined> {
    const login = await this.ownLogin()
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: this.pr.number,
      per_page: 100
    })) {
      for (const comment of page.data) {
        if (comment.user?.login === login && comment.body && findsKey(comment.body, key))
          return { id: comment.id, body: comment.body, url: comment.html_url }
      }
    }
    return undefined
  }

  /** GITHUB_TOKEN cannot read /user (403); it always acts as github-actions[bot]. */
  private async ownLogin(): Promise<string> {
    if (this.login) return this.login
    try {
      this.login = (await this.octokit.rest.users.getAuthenticated()).data.login
    } catch {
      this.login = FALLBACK_LOGIN
    }
    return this.login
  }
}
