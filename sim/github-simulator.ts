/**
 * A local stand-in for the parts of GitHub the action uses, as GitHub documents them: issue comments and their
 * reactions (paginated with Link headers, 100 a page at most), issues and labels, pull requests (their files,
 * reviews, merge, the pull requests of a commit), comparisons, a collaborator's permission, check runs, and
 * GraphQL's `viewer` and `reviewDecision`. A real HTTP server on 127.0.0.1. Every answer is shaped from GitHub's
 * own examples (sim/github/views.ts); the contract test holds requests and answers to GitHub's REST description.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackServer, readBody } from './http-server.js'
import {
  checkRunView,
  commentView,
  comparisonView,
  diffEntryView,
  errorView,
  issueView,
  labelView,
  mergeResultView,
  permissionView,
  pullSimpleView,
  pullView,
  reactionView,
  repositoryView,
  reviewView,
  type PullView
} from './github/views.js'

/** GitHub's limit on an issue's or a comment's body. */
const BODY_LIMIT = 65_536

export interface GhComment {
  id: number
  body: string
  user: { login: string; type: string }
  issue: number
  repo: string
  created_at: string
  updated_at: string
  reactions: string[]
}

export interface GhToken {
  login: string
  /**
   * An installation token of a GitHub App (the workflow's GITHUB_TOKEN is one, as github-actions[bot]; one made
   * with actions/create-github-app-token acts as `<app-slug>[bot]`): GET /user answers 403.
   */
  app?: boolean
  /** GraphQL is not served for this token (a stand-in without it): `viewer` cannot name it either. */
  noGraphql?: boolean
  /** Fork pull requests get a read-only token: writes answer 403. */
  readOnly?: boolean
  /** The token may not write check runs (no `checks: write`): 403. */
  noChecks?: boolean
}

export interface GhIssue {
  number: number
  repo: string
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  user: { login: string; type: string }
}

export interface GhPullRequest extends PullView {
  /** Reviews in the order they were submitted. */
  reviews?: Array<{ login: string; state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'; commitId?: string }>
  /** GraphQL's reviewDecision where branch protection requires reviews; null where it does not. */
  reviewDecision?: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null
  /** The base branch's head contained in the pull request's head (false: behind). */
  upToDate?: boolean
}

export interface GhCheckRun {
  id: number
  repo: string
  name: string
  headSha: string
  status: string
  conclusion: string | null
  output: { title: string | null; summary: string | null; text?: string | null; annotations: unknown[] }
  /** Each request's body, in order (created, then updated). */
  history: Array<Record<string, unknown>>
}

/** One request to the simulator and its answer, as the contract test reads them. */
export interface GhExchange {
  method: string
  url: string
  requestBody: string
  status: number
  responseBody: string
}

type Observer = (exchange: GhExchange) => string[]

export class GitHubSimulator {
  /**
   * Called with every exchange of every simulator; what they return is kept as a problem of that simulator, and
   * `stop()` fails with them (the contract test registers GitHub's REST description here, see
   * __tests__/support/github-contract-setup.ts).
   */
  static observers: Observer[] = []

  readonly comments: GhComment[] = []
  readonly pulls: GhPullRequest[] = []
  /** The files each pull request changes (`repo#number`), and each comparison (`repo:base...head`). */
  readonly pullFiles = new Map<string, string[]>()
  readonly compares = new Map<string, string[]>()
  readonly issues: GhIssue[] = []
  /** Labels of each repository. */
  readonly labels = new Map<string, Set<string>>()
  readonly checkRuns: GhCheckRun[] = []
  /** Each user's permission on a repository (`repo:login`): admin, maintain, write, triage, read or none. */
  readonly permissions = new Map<string, string>()
  /** Each repository's merge methods (GET /repos/{owner}/{repo}); all allowed by default. */
  readonly mergeMethods = new Map<string, { merge: boolean; squash: boolean; rebase: boolean }>()
  readonly merges: Array<{ repo: string; number: number; sha?: string; method?: string }> = []
  readonly requests: Array<{ method: string; path: string; status: number; at: number }> = []
  readonly exchanges: GhExchange[] = []
  /** GraphQL queries sent (the REST description does not cover them). */
  readonly graphqlQueries: string[] = []
  /** What the observers found wrong. */
  readonly problems: string[] = []
  /** The longest issue body accepted: GitHub's 65,536, lower for a test that needs a refusal. */
  issueBodyLimit = BODY_LIMIT
  /** Called before each request is answered: lets a test act as another job in between (create a label, push). */
  beforeRequest?: (method: string, path: string) => void
  private readonly server = new LoopbackServer((req, res) => this.handle(req, res))
  private nextId = 1000

  constructor(readonly tokens: Record<string, GhToken> = { 'gh-token': { login: 'github-actions[bot]', app: true } }) {}

  get url(): string {
    return this.server.url
  }

  async start(): Promise<this> {
    await this.server.start()
    return this
  }

  /** Stops the server; fails with what the observers found, so a test that broke GitHub's contract fails. */
  async stop(): Promise<void> {
    await this.server.stop()
    if (this.problems.length)
      throw new Error(
        `The GitHub simulator saw what GitHub's REST description does not allow:\n- ${[...new Set(this.problems)].join('\n- ')}`
      )
  }

  addComment(repo: string, issue: number, login: string, body: string): GhComment {
    const now = new Date().toISOString()
    const comment: GhComment = {
      id: this.nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      issue,
      repo,
      created_at: now,
      updated_at: now,
      reactions: []
    }
    this.comments.push(comment)
    return comment
  }

  addPullRequest(pull: GhPullRequest): GhPullRequest {
    const known = this.pulls.findIndex(p => p.repo === pull.repo && p.number === pull.number)
    if (known >= 0) this.pulls.splice(known, 1)
    this.pulls.push(pull)
    return pull
  }

  commentsOn(repo: string, issue: number): GhComment[] {
    return this.comments.filter(c => c.repo === repo && c.issue === issue)
  }

  checkRunsOn(repo: string, sha: string): GhCheckRun[] {
    return this.checkRuns.filter(c => c.repo === repo && c.headSha === sha)
  }

  private commentView(c: GhComment): unknown {
    return commentView({ ...c, login: c.user.login })
  }

  private issueView(issue: GhIssue): unknown {
    return issueView({ ...issue, login: issue.user.login })
  }

  private pull(repo: string, number: number): GhPullRequest | undefined {
    return this.pulls.find(p => p.repo === repo && p.number === number)
  }

  /** Issues and labels (REST "issues" and "labels"); undefined when the path is not one of theirs. */
  private issueRoute(method: string, url: URL, body: string, who: GhToken, res: ServerResponse): number | undefined {
    let m = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(url.pathname)
    if (m && method === 'GET') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const state = url.searchParams.get('state') ?? 'open'
      const list = this.issues
        .filter(i => i.repo === m![1] && (state === 'all' || i.state === state) && labels.every(l => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number)
      return this.paged(
        res,
        url,
        list.map(i => this.issueView(i))
      )
    }
    if (m && method === 'POST') {
      if (who.readOnly) return this.forbidden(res)
      const data = JSON.parse(body) as { title: string; body?: string; labels?: string[] }
      if ((data.body ?? '').length > this.issueBodyLimit) return this.tooLong(res)
      const issue: GhIssue = {
        number: this.nextId++,
        repo: m[1],
        title: data.title,
        body: data.body ?? '',
        state: 'open',
        labels: data.labels ?? [],
        user: { login: who.login, type: who.login.endsWith('[bot]') ? 'Bot' : 'User' }
      }
      this.issues.push(issue)
      return this.send(res, 201, this.issueView(issue))
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/.exec(url.pathname)
    if (m && method === 'PATCH') {
      const issue = this.issues.find(i => i.repo === m![1] && i.number === Number(m![2]))
      if (!issue) return this.notFound(res)
      if (who.readOnly) return this.forbidden(res)
      const data = JSON.parse(body) as { body?: string; state?: 'open' | 'closed'; title?: string }
      if ((data.body ?? '').length > this.issueBodyLimit) return this.tooLong(res)
      if (data.body !== undefined) issue.body = data.body
      if (data.state) issue.state = data.state
      if (data.title) issue.title = data.title
      return this.send(res, 200, this.issueView(issue))
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/labels(?:\/([^/]+))?$/.exec(url.pathname)
    if (m) {
      const known = this.labels.get(m[1]) ?? new Set<string>()
      this.labels.set(m[1], known)
      if (method === 'GET' && m[2]) {
        const name = decodeURIComponent(m[2])
        return known.has(name) ? this.send(res, 200, labelView(m[1], name)) : this.notFound(res)
      }
      if (method === 'POST' && !m[2]) {
        if (who.readOnly) return this.forbidden(res)
        const { name } = JSON.parse(body) as { name: string }
        if (known.has(name))
          return this.send(res, 422, errorView('Validation Failed', [{ resource: 'Label', code: 'already_exists', field: 'name' }]))
        known.add(name)
        return this.send(res, 201, labelView(m[1], name))
      }
    }
    return undefined
  }

  /** Issue comments and their reactions. */
  private commentRoute(method: string, url: URL, body: string, who: GhToken, res: ServerResponse): number | undefined {
    let m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (m && method === 'GET') {
      return this.paged(
        res,
        url,
        this.commentsOn(m[1], Number(m[2])).map(c => this.commentView(c))
      )
    }
    if (m && method === 'POST') {
      if (who.readOnly) return this.forbidden(res)
      const text = (JSON.parse(body) as { body?: string }).body ?? ''
      if (text.length > BODY_LIMIT) return this.tooLong(res)
      return this.send(res, 201, this.commentView(this.addComment(m[1], Number(m[2]), who.login, text)))
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)(\/reactions)?$/.exec(url.pathname)
    if (!m) return undefined
    const [, repo, id, reactions] = m
    const comment = this.comments.find(c => c.id === Number(id) && c.repo === repo)
    if (!comment) return this.notFound(res)
    if (reactions && method === 'POST') {
      if (who.readOnly) return this.forbidden(res)
      const { content } = JSON.parse(body) as { content: string }
      comment.reactions.push(content)
      return this.send(res, 201, reactionView(who.login, content))
    }
    if (reactions) return undefined
    if (method === 'PATCH') {
      if (who.readOnly || comment.user.login !== who.login) return this.forbidden(res)
      const text = (JSON.parse(body) as { body?: string }).body ?? ''
      if (text.length > BODY_LIMIT) return this.tooLong(res)
      comment.body = text
      comment.updated_at = new Date().toISOString()
      return this.send(res, 200, this.commentView(comment))
    }
    if (method === 'DELETE') {
      if (who.readOnly || comment.user.login !== who.login) return this.forbidden(res)
      this.comments.splice(this.comments.indexOf(comment), 1)
      res.writeHead(204).end()
      return 204
    }
    return undefined
  }

  /** Pull requests: one, its files, its reviews, its merge; the pull requests of a commit; comparisons. */
  private pullRoute(method: string, url: URL, body: string, who: GhToken, res: ServerResponse): number | undefined {
    const commit = /^\/repos\/([^/]+\/[^/]+)\/commits\/([0-9a-f]{7,64})\/pulls$/.exec(url.pathname)
    if (commit && method === 'GET') {
      // The pull requests a commit belongs to: merged as it, or with it as their head (REST "list pull requests
      // associated with a commit").
      const pulls = this.pulls.filter(p => p.repo === commit[1] && (p.mergeCommitSha === commit[2] || p.headSha === commit[2]))
      return this.send(
        res,
        200,
        pulls.map(p => pullSimpleView(p))
      )
    }
    const files = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname)
    if (files && method === 'GET') {
      // GitHub lists at most 3,000 files of a pull request, 100 a page.
      const all = (this.pullFiles.get(`${files[1]}#${files[2]}`) ?? []).slice(0, 3000).map(filename => diffEntryView(filename))
      return this.paged(res, url, all)
    }
    const reviews = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/reviews$/.exec(url.pathname)
    if (reviews && method === 'GET') {
      const pull = this.pull(reviews[1], Number(reviews[2]))
      if (!pull) return this.notFound(res)
      return this.paged(
        res,
        url,
        (pull.reviews ?? []).map((r, i) =>
          reviewView(pull.repo, pull.number, {
            id: 9000 + i,
            login: r.login,
            state: r.state,
            commitId: r.commitId ?? pull.headSha,
            submittedAt: new Date(Date.now() - 60_000 + i).toISOString()
          })
        )
      )
    }
    const merge = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/merge$/.exec(url.pathname)
    if (merge && method === 'PUT') {
      const pull = this.pull(merge[1], Number(merge[2]))
      if (!pull) return this.notFound(res)
      if (who.readOnly) return this.forbidden(res)
      const data = JSON.parse(body || '{}') as { sha?: string; merge_method?: string }
      // The head moved since the caller looked: GitHub refuses with 409.
      if (data.sha && data.sha !== pull.headSha)
        return this.send(res, 409, errorView('Head branch was modified. Review and try the merge again.'))
      if (pull.mergedAt || pull.state === 'closed') return this.send(res, 405, errorView('Pull Request is not mergeable'))
      const sha = `${'9'.repeat(32)}${String(this.nextId++).padStart(8, '0')}`
      pull.mergedAt = new Date().toISOString()
      pull.mergeCommitSha = sha
      pull.state = 'closed'
      this.merges.push({ repo: pull.repo, number: pull.number, sha: data.sha, method: data.merge_method })
      return this.send(res, 200, mergeResultView(sha))
    }
    const one = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(url.pathname)
    if (one && method === 'GET') {
      const pull = this.pull(one[1], Number(one[2]))
      return pull ? this.send(res, 200, pullView(pull)) : this.notFound(res)
    }
    const compare = /^\/repos\/([^/]+\/[^/]+)\/compare\/([^.]+)\.\.\.(.+)$/.exec(url.pathname)
    if (compare && method === 'GET') {
      const [, repo, base, head] = compare
      const pull = this.pulls.find(p => p.repo === repo && p.headSha === head && (p.baseRef ?? 'main') === base)
      if (pull) {
        const behind = pull.upToDate === false
        return this.send(res, 200, comparisonView(repo, base, head, [], behind ? 'diverged' : 'ahead', behind ? 1 : 0))
      }
      const all = this.compares.get(`${repo}:${base}...${head}`)
      if (!all) return this.notFound(res)
      // As GitHub documents it: the pages page the commits; the files are listed on the first page only, 300 at
      // most for the whole comparison.
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
      const listed = page === 1 ? all.slice(0, 300).map(filename => diffEntryView(filename)) : []
      return this.send(res, 200, comparisonView(repo, base, head, listed))
    }
    return undefined
  }

  /** A repository's settings, a collaborator's permission, and check runs. */
  private repoRoute(method: string, url: URL, body: string, who: GhToken, res: ServerResponse): number | undefined {
    const permission = /^\/repos\/([^/]+\/[^/]+)\/collaborators\/([^/]+)\/permission$/.exec(url.pathname)
    if (permission && method === 'GET') {
      const login = decodeURIComponent(permission[2])
      const role = this.permissions.get(`${permission[1]}:${login}`)
      if (role === undefined) return this.notFound(res)
      // `permission` is the legacy four (maintain reads as write, triage as read); `role_name` the role itself.
      const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : (role as 'admin' | 'write' | 'read' | 'none')
      return this.send(res, 200, permissionView(login, legacy, role))
    }
    const forRef = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/check-runs$/.exec(url.pathname)
    if (forRef && method === 'GET') {
      const runs = this.checkRuns
        .filter(c => c.repo === forRef[1] && c.headSha === forRef[2])
        .map(c => checkRunView(c.repo, { ...c, output: { ...c.output, annotations_count: c.output.annotations.length } }))
      return this.send(res, 200, { total_count: runs.length, check_runs: runs })
    }
    const checks = /^\/repos\/([^/]+\/[^/]+)\/check-runs(?:\/(\d+))?$/.exec(url.pathname)
    if (checks && (method === 'POST' || method === 'PATCH')) {
      if (who.readOnly || who.noChecks) return this.forbidden(res)
      const data = JSON.parse(body || '{}') as {
        name?: string
        head_sha?: string
        status?: string
        conclusion?: string
        output?: GhCheckRun['output']
      }
      const output = data.output
      let run: GhCheckRun | undefined
      if (method === 'POST' && !checks[2]) {
        run = {
          id: this.nextId++,
          repo: checks[1],
          name: data.name ?? '',
          headSha: data.head_sha ?? '',
          status: data.status ?? 'queued',
          conclusion: null,
          output: { title: null, summary: null, annotations: [] },
          history: []
        }
        this.checkRuns.push(run)
      } else if (method === 'PATCH' && checks[2]) {
        run = this.checkRuns.find(c => c.id === Number(checks[2]) && c.repo === checks[1])
        if (!run) return this.notFound(res)
      } else return undefined
      run.history.push(data)
      if (data.status) run.status = data.status
      if (data.conclusion) {
        run.conclusion = data.conclusion
        run.status = 'completed'
      }
      if (output)
        run.output = {
          title: output.title ?? run.output.title,
          summary: output.summary ?? run.output.summary,
          text: output.text,
          annotations: [...run.output.annotations, ...((output as { annotations?: unknown[] }).annotations ?? [])]
        }
      return this.send(
        res,
        method === 'POST' ? 201 : 200,
        checkRunView(run.repo, { ...run, output: { ...run.output, annotations_count: run.output.annotations.length } })
      )
    }
    const repo = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (repo && method === 'GET') {
      const methods = this.mergeMethods.get(`${repo[1]}/${repo[2]}`) ?? { merge: true, squash: true, rebase: true }
      return this.send(res, 200, {
        ...repositoryView(`${repo[1]}/${repo[2]}`, repo[1]),
        allow_merge_commit: methods.merge,
        allow_squash_merge: methods.squash,
        allow_rebase_merge: methods.rebase
      })
    }
    return undefined
  }

  /** GraphQL: `viewer { login }`, and a pull request's `reviewDecision`. */
  private graphql(body: string, who: GhToken, res: ServerResponse): number {
    if (who.noGraphql) return this.send(res, 404, errorView('Not Found'))
    const { query = '', variables = {} } = JSON.parse(body || '{}') as { query?: string; variables?: Record<string, unknown> }
    this.graphqlQueries.push(query)
    if (/\bviewer\s*\{\s*login\s*\}/.test(query)) return this.send(res, 200, { data: { viewer: { login: who.login } } })
    if (/reviewDecision/.test(query)) {
      const pull = this.pull(`${String(variables.owner)}/${String(variables.repo)}`, Number(variables.number))
      if (!pull) return this.send(res, 200, { data: { repository: { pullRequest: null } }, errors: [{ message: 'Could not resolve' }] })
      return this.send(res, 200, { data: { repository: { pullRequest: { reviewDecision: pull.reviewDecision ?? null } } } })
    }
    return this.send(res, 200, { errors: [{ message: 'This stand-in answers only `viewer { login }` and `reviewDecision`' }] })
  }

  /** GitHub's answer to an issue or comment body over 65,536 characters. */
  private tooLong(res: ServerResponse): number {
    return this.send(
      res,
      422,
      errorView('Validation Failed', [
        { resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }
      ])
    )
  }

  private notFound(res: ServerResponse): number {
    return this.send(res, 404, errorView('Not Found'))
  }

  private forbidden(res: ServerResponse): number {
    return this.send(res, 403, errorView('Resource not accessible by integration'))
  }

  /** One page of a list, with GitHub's Link header (`per_page` at most 100). */
  private paged(res: ServerResponse, url: URL, all: unknown[]): number {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30)
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (p: number): string => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>`
    const links = [page < last ? `${link(page + 1)}; rel="next"` : '', `${link(last)}; rel="last"`].filter(Boolean).join(', ')
    return this.send(res, 200, all.slice((page - 1) * perPage, page * perPage), { Link: links })
  }

  private lastBody = ''

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number {
    this.lastBody = JSON.stringify(body)
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(this.lastBody)
    return status
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', this.url)
    const record = { method: req.method ?? 'GET', path: url.pathname + url.search, status: 0, at: Date.now() }
    this.requests.push(record)
    this.beforeRequest?.(record.method, url.pathname)
    this.lastBody = ''
    record.status = this.route(req, url, body, res)
    const exchange: GhExchange = {
      method: record.method,
      url: record.path,
      requestBody: body,
      status: record.status,
      responseBody: this.lastBody
    }
    this.exchanges.push(exchange)
    for (const observe of GitHubSimulator.observers) this.problems.push(...observe(exchange))
  }

  private route(req: IncomingMessage, url: URL, body: string, res: ServerResponse): number {
    const token = /^(?:token|Bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const who = token ? this.tokens[token] : undefined
    if (!who) return this.send(res, 401, errorView('Bad credentials'))
    const method = req.method ?? 'GET'
    if (method === 'GET' && url.pathname === '/user') {
      return who.app ? this.forbidden(res) : this.send(res, 200, userAccountView(who.login))
    }
    if (method === 'POST' && url.pathname === '/graphql') return this.graphql(body, who, res)
    const answered =
      this.issueRoute(method, url, body, who, res) ??
      this.commentRoute(method, url, body, who, res) ??
      this.pullRoute(method, url, body, who, res) ??
      this.repoRoute(method, url, body, who, res)
    if (answered !== undefined) return answered
    return this.notFound(res)
  }
}

function userAccountView(login: string): Record<string, unknown> {
  return { login, type: 'User' }
}
