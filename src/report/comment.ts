import { githubStatus } from '../github-errors.js'
import { pullRequestOf, type PullRequestContext } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import type { ActionIO } from '../runtime.js'
import { commentKey, findsKey, indexMarker, isNewer, marker, readIndex, readState, type CommentState } from './comment-marker.js'
import { renderWithinLimit, type ReportInput } from './render.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536
/** Who a token GraphQL's `viewer` does not name is taken to be: the workflow's GITHUB_TOKEN. */
const FALLBACK_LOGIN = 'github-actions[bot]'

/** Whose comments are this step's: the token's own login, or, when GitHub would not say, an assumption. */
interface Identity {
  login: string
  /** GitHub said so (GraphQL `viewer`, or the author of a comment this step wrote). */
  known: boolean
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/**
 * Posts or updates the one sticky comment for this workspace on the pull request. Never fails the step: a
 * read-only token (fork pull requests), a 403 or a 404 is a warning, and the job summary still has the report.
 */
export class StickyComment {
  private identity?: Identity
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
      return this.failed(error)
    }
  }

  /** A comment that could not be written is a warning, never a failure: the job summary has the report. */
  private failed(error: unknown): undefined {
    const status = githubStatus(error)
    const hint =
      status === 403 || status === 404
        ? ' The token cannot write comments here (a fork pull request gets a read-only token); give the job `pull-requests: write`.'
        : ''
    this.io.warning(
      `Could not write the pull-request comment: ${status ? `GitHub answered ${status}` : (error as Error).message}.${hint} The job summary has the full report.`
    )
    return undefined
  }

  /** The key of a workspace's own comment; a set's comment indexes its workspaces' runs by it. */
  keyOf(workspace: { organization: string; name: string }): string {
    return commentKey(new URL(this.inputs.apiOrigin).host, workspace.organization, workspace.name, this.inputs.commentKey)
  }

  private setKey(selection: string, organization: string): string {
    return commentKey(new URL(this.inputs.apiOrigin).host, organization, `set:${selection}`, this.inputs.commentKey)
  }

  /** The state a comment records of a run planned for this pull request's head. */
  private stateOf(run: { id: string; createdAt: string; status: string }): CommentState {
    return { run: run.id, sha: this.pr.headSha, created: run.createdAt, status: run.status }
  }

  private write(report: ReportInput, final: boolean): Promise<string | undefined> {
    const key = this.keyOf(report.workspace)
    const state = this.stateOf(report.run)
    // A plan with no changes starts no conversation, except a saved plan's: the merge step finds the reviewed plan
    // by this comment, and with none it would fail where it should succeed with nothing to apply.
    const starts = report.outcome !== 'no-changes' || this.inputs.savePlan
    return this.writeBody(key, state, room => renderWithinLimit(report, COMMENT_LIMIT, COMMENT_LIMIT - room).markdown, final && starts)
  }

  /**
   * Several workspaces' report in one comment, keyed by the selection (and `comment-key`): `id` names this
   * workflow run's report and `created` when it started, so a later workflow run's report wins. `runs` are indexed
   * by each workspace's own comment key, for `run: reviewed` to find, over the `kept` entries of an earlier index.
   */
  async postSet(
    selection: string,
    organization: string,
    state: { id: string; created: string },
    render: (room: number) => string,
    runs: ReadonlyArray<{ workspace: { organization: string; name: string }; run: { id: string; createdAt: string; status: string } }>,
    kept: Record<string, CommentState> = {}
  ): Promise<string | undefined> {
    try {
      const key = this.setKey(selection, organization)
      const setState: CommentState = { run: state.id, sha: this.pr.headSha, created: state.created, status: 'set' }
      const index: Record<string, CommentState> = {
        ...kept,
        ...Object.fromEntries(runs.map(({ workspace, run }) => [this.keyOf(workspace), this.stateOf(run)]))
      }
      return await this.writeBody(key, setState, render, true, Object.keys(index).length ? indexMarker(index) : undefined)
    } catch (error) {
      return this.failed(error)
    }
  }

  /**
   * Updates this key's comment, or creates it when `create` allows; `render` gets the room left after the marker
   * (and the index line, when there is one).
   */
  private async writeBody(
    key: string,
    state: CommentState,
    render: (room: number) => string,
    create: boolean,
    index?: string
  ): Promise<string | undefined> {
    const head = `${marker(key, state)}\n${index ? `${index}\n` : ''}`
    const body = head + render(COMMENT_LIMIT - head.length)
    const [owner, repo] = this.pr.repo.split('/')

    // Searched again at the final write when the progress update found nothing: a concurrent workflow run for the
    // same pull request may have created the comment meanwhile, and a second comment is what this avoids.
    if (this.commentId === undefined) {
      const existing = await this.findExisting(owner, repo, key)
      if (existing) {
        const shown = readState(existing.body)
        if (shown && isNewer(shown, state, Date.now())) {
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
    // Progress is shown only in a comment that already exists.
    if (!create) return undefined
    const created = await this.octokit.rest.issues.createComment({ owner, repo, issue_number: this.pr.number, body })
    this.commentId = created.data.id
    this.url = created.data.html_url
    this.io.info(`Created the pull-request comment: ${this.url}`)
    await this.learnFrom(owner, repo, key, created.data, body)
    return this.url
  }

  /**
   * A token GitHub would not name (a GitHub App installation token where GraphQL is not served) was taken for
   * GITHUB_TOKEN. The comment it just wrote comes back with its real author: from now on that login is ours, and an
   * earlier comment of that author for this key, which the search could not see as ours, gets the report instead
   * of a second comment (the new one is deleted).
   */
  private async learnFrom(
    owner: string,
    repo: string,
    key: string,
    created: { id: number; user?: { login?: string } | null },
    body: string
  ): Promise<void> {
    const author = created.user?.login
    // Nothing looked for whose comments are ours before (no comment had our marker): the author is who we are.
    if (!this.identity) {
      if (author) this.identity = { login: author, known: true }
      return
    }
    const identity = this.identity
    if (identity.known || !author || author === identity.login) return
    this.identity = { login: author, known: true }
    const earlier = await this.findExisting(owner, repo, key, created.id)
    if (!earlier) return
    this.io.info(`This token comments as ${author}: its earlier comment gets the report (${earlier.url}), and the new one is removed.`)
    await this.octokit.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body })
    await this.octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.id })
    this.commentId = earlier.id
    this.url = earlier.url
  }

  /**
   * The plan comment for a workspace on this pull request, and the run state its marker carries, if there is one:
   * this token's own, or, when GitHub would not say who the token is, GITHUB_TOKEN's, else the latest by a bot
   * (the pull request's step may have commented with another token). Only `run: reviewed` reads it, as an index:
   * HCP Terraform's record of the run it names decides what is applied, never who wrote the comment.
   */
  async read(workspace: { organization: string; name: string }): Promise<{ url: string; state?: CommentState } | undefined> {
    const existing = await this.findForReading(this.keyOf(workspace))
    return existing && { url: existing.url, state: readState(existing.body) }
  }

  /** A set's comment for this selection, and the run it indexes for each workspace (by `keyOf`), as `read` does. */
  async readSet(selection: string, organization: string): Promise<{ url: string; runs: Record<string, CommentState> } | undefined> {
    const existing = await this.findForReading(this.setKey(selection, organization))
    return existing && { url: existing.url, runs: readIndex(existing.body) }
  }

  private async findForReading(key: string): Promise<{ id: number; body: string; url: string } | undefined> {
    const [owner, repo] = this.pr.repo.split('/')
    return (
      (await this.findExisting(owner, repo, key)) ??
      ((await this.ownIdentity()).known ? undefined : await this.findExisting(owner, repo, key, undefined, 'any-bot'))
    )
  }

  /**
   * Our comment for this key, written by this token's own user (or, with 'any-bot', the last one by any bot);
   * every page is searched, 100 at a time.
   */
  private async findExisting(
    owner: string,
    repo: string,
    key: string,
    except?: number,
    authors: 'own' | 'any-bot' = 'own'
  ): Promise<{ id: number; body: string; url: string } | undefined> {
    const candidates: Array<{ id: number; body: string; url: string; author?: { login?: string; type?: string } | null }> = []
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: this.pr.number,
      per_page: 100
    })) {
      for (const comment of page.data)
        if (comment.id !== except && comment.body && findsKey(comment.body, key))
          candidates.push({ id: comment.id, body: comment.body, url: comment.html_url, author: comment.user })
    }
    // Who this token is matters only when a comment carries our marker: no request to GitHub for it otherwise.
    if (!candidates.length) return undefined
    if (authors === 'any-bot') return candidates.filter(c => c.author?.type === 'Bot').at(-1)
    const { login } = await this.ownIdentity()
    return candidates.find(c => c.author?.login === login)
  }

  /**
   * Who this token is, in one request: GraphQL's `viewer` names a user's token and a GitHub App installation token
   * alike (GITHUB_TOKEN is one, `github-actions[bot]`; REST `GET /user` refuses those with 403). When it does not
   * answer, the token is taken for GITHUB_TOKEN until a comment it writes says otherwise.
   */
  private async ownIdentity(): Promise<Identity> {
    if (this.identity) return this.identity
    try {
      const answer = await this.octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }')
      const login = answer.viewer?.login
      this.identity = login ? { login, known: true } : { login: FALLBACK_LOGIN, known: false }
    } catch {
      this.identity = { login: FALLBACK_LOGIN, known: false }
    }
    this.io.debug(`Pull-request comments are this token's when written by ${this.identity.login}`)
    return this.identity
  }
}
