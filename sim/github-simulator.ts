/**
 * A local stand-in for the parts of the GitHub API the action uses: issue comments (paginated with Link headers,
 * 100 a page at most), GET /user, GraphQL's `viewer`, and the pull requests of a commit. A real HTTP server on
 * 127.0.0.1.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackServer, readBody } from './http-server.js'

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

export interface GhPullRequest {
  repo: string
  number: number
  /** The head commit (at merge, for a merged pull request). */
  headSha: string
  mergeCommitSha?: string
  mergedAt?: string
}

export class GitHubSimulator {
  readonly comments: GhComment[] = []
  readonly pulls: GhPullRequest[] = []
  /** The files each pull request changes (`repo#number`), and each comparison (`repo:base...head`). */
  readonly pullFiles = new Map<string, string[]>()
  readonly compares = new Map<string, string[]>()
  readonly issues: GhIssue[] = []
  /** Labels of each repository. */
  readonly labels = new Map<string, Set<string>>()
  readonly requests: Array<{ method: string; path: string; status: number; at: number }> = []
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

  stop(): Promise<void> {
    return this.server.stop()
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
      updated_at: now
    }
    this.comments.push(comment)
    return comment
  }

  addPullRequest(pull: GhPullRequest): GhPullRequest {
    this.pulls.push(pull)
    return pull
  }

  commentsOn(repo: string, issue: number): GhComment[] {
    return this.comments.filter(c => c.repo === repo && c.issue === issue)
  }

  private view(c: GhComment): unknown {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.com/${c.repo}/issues/${c.issue}#issuecomment-${c.id}`
    }
  }

  private issueView(issue: GhIssue): unknown {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: issue.labels.map(name => ({ name })),
      user: issue.user,
      html_url: `https://github.com/${issue.repo}/issues/${issue.number}`
    }
  }

  /** Issues and labels (REST "issues" and "labels"); undefined when the path is not one of theirs. */
  private issueRoute(method: string, url: URL, body: string, who: GhToken, res: ServerResponse): number | undefined {
    const write = (): boolean => who.readOnly === true
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
      if (write()) return this.send(res, 403, { message: 'Resource not accessible by integration' })
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
      if (!issue) return this.send(res, 404, { message: 'Not Found' })
      if (write()) return this.send(res, 403, { message: 'Resource not accessible by integration' })
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
        return known.has(name) ? this.send(res, 200, { name }) : this.send(res, 404, { message: 'Not Found' })
      }
      if (method === 'POST' && !m[2]) {
        if (write()) return this.send(res, 403, { message: 'Resource not accessible by integration' })
        const { name } = JSON.parse(body) as { name: string }
        if (known.has(name))
          return this.send(res, 422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
            documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label'
          })
        known.add(name)
        return this.send(res, 201, { name })
      }
    }
    return undefined
  }

  /** GitHub's answer to an issue or comment body over 65,536 characters. */
  private tooLong(res: ServerResponse): number {
    return this.send(res, 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue'
    })
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

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body))
    return status
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', this.url)
    const record = { method: req.method ?? 'GET', path: url.pathname + url.search, status: 0, at: Date.now() }
    this.requests.push(record)
    this.beforeRequest?.(record.method, url.pathname)
    record.status = this.route(req, url, body, res)
  }

  private route(req: IncomingMessage, url: URL, body: string, res: ServerResponse): number {
    const token = /^(?:token|Bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const who = token ? this.tokens[token] : undefined
    if (!who) return this.send(res, 401, { message: 'Bad credentials' })
    const method = req.method ?? 'GET'
    if (method === 'GET' && url.pathname === '/user') {
      return who.app
        ? this.send(res, 403, { message: 'Resource not accessible by integration' })
        : this.send(res, 200, { login: who.login, type: 'User' })
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      if (who.noGraphql) return this.send(res, 404, { message: 'Not Found' })
      const query = (JSON.parse(body || '{}') as { query?: string }).query ?? ''
      if (!/\bviewer\s*\{\s*login\s*\}/.test(query))
        return this.send(res, 200, { errors: [{ message: 'This stand-in answers only `query { viewer { login } }`' }] })
      return this.send(res, 200, { data: { viewer: { login: who.login } } })
    }
    const commit = /^\/repos\/([^/]+\/[^/]+)\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(url.pathname)
    if (commit && method === 'GET') {
      // The pull requests a commit belongs to: merged as it, or with it as their head (REST "list pull requests
      // associated with a commit").
      const pulls = this.pulls.filter(p => p.repo === commit[1] && (p.mergeCommitSha === commit[2] || p.headSha === commit[2]))
      return this.send(
        res,
        200,
        pulls.map(p => ({
          number: p.number,
          state: p.mergedAt ? 'closed' : 'open',
          merged_at: p.mergedAt ?? null,
          merge_commit_sha: p.mergeCommitSha ?? null,
          head: { sha: p.headSha },
          html_url: `https://github.com/${p.repo}/pull/${p.number}`
        }))
      )
    }
    const files = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname)
    if (files && method === 'GET') {
      // GitHub lists at most 3,000 files of a pull request, 100 a page.
      const all = (this.pullFiles.get(`${files[1]}#${files[2]}`) ?? []).slice(0, 3000).map(filename => ({ filename, status: 'modified' }))
      return this.paged(res, url, all)
    }
    const compare = /^\/repos\/([^/]+\/[^/]+)\/compare\/([^.]+)\.\.\.(.+)$/.exec(url.pathname)
    if (compare && method === 'GET') {
      const all = this.compares.get(`${compare[1]}:${compare[2]}...${compare[3]}`)
      if (!all) return this.send(res, 404, { message: 'Not Found' })
      // As GitHub documents it: the pages page the commits; the files are listed on the first page only, 300 at
      // most for the whole comparison.
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
      const listed = page === 1 ? all.slice(0, 300).map(filename => ({ filename, status: 'modified' })) : []
      return this.send(res, 200, { status: 'ahead', total_commits: 1, commits: [], files: listed })
    }
    const issues = this.issueRoute(method, url, body, who, res)
    if (issues !== undefined) return issues
    let m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (m && method === 'GET') {
      return this.paged(
        res,
        url,
        this.commentsOn(m[1], Number(m[2])).map(c => this.view(c))
      )
    }
    if (m && method === 'POST') {
      if (who.readOnly) return this.send(res, 403, { message: 'Resource not accessible by integration' })
      const text = (JSON.parse(body) as { body?: string }).body ?? ''
      if (text.length > BODY_LIMIT) return this.tooLong(res)
      return this.send(res, 201, this.view(this.addComment(m[1], Number(m[2]), who.login, text)))
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (m && method === 'PATCH') {
      const comment = this.comments.find(c => c.id === Number(m[2]) && c.repo === m[1])
      if (!comment) return this.send(res, 404, { message: 'Not Found' })
      if (who.readOnly || comment.user.login !== who.login)
        return this.send(res, 403, { message: 'Resource not accessible by integration' })
      const text = (JSON.parse(body) as { body?: string }).body ?? ''
      if (text.length > BODY_LIMIT) return this.tooLong(res)
      comment.body = text
      comment.updated_at = new Date().toISOString()
      return this.send(res, 200, this.view(comment))
    }
    if (m && method === 'DELETE') {
      const index = this.comments.findIndex(c => c.id === Number(m[2]) && c.repo === m[1])
      if (index < 0) return this.send(res, 404, { message: 'Not Found' })
      if (who.readOnly || this.comments[index].user.login !== who.login)
        return this.send(res, 403, { message: 'Resource not accessible by integration' })
      this.comments.splice(index, 1)
      res.writeHead(204).end()
      return 204
    }
    return this.send(res, 404, { message: 'Not Found' })
  }
}
