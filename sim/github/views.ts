/**
 * GitHub's answers as GitHub shapes them: each built from an example object of GitHub's own REST description
 * (sim/github/examples.json, copied from @octokit/openapi by scripts/github-examples.mjs), with the simulator's
 * values put in. The contract test holds every answer to the documented schema, so these cannot drift from it.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { GhIssue } from '../github-simulator.js'

type Json = Record<string, unknown>

/**
 * Read from the repository root, where tests, the demo and the end-to-end servers run (bundled, the simulator has
 * no source tree of its own), as the HCP Terraform simulator reads its artefacts.
 */
const examples = JSON.parse(readFileSync(resolve(join('sim', 'github', 'examples.json')), 'utf8')) as Record<string, Json> & {
  pullRequestSimple: Json & { head: Json }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

let ids = 5000
const nextId = (): number => ids++

export function userView(login: string): Json {
  const type = login.endsWith('[bot]') ? 'Bot' : 'User'
  const name = encodeURIComponent(login)
  return {
    ...clone(examples.simpleUser),
    login,
    type,
    id: idOf(login),
    url: `https://api.github.com/users/${name}`,
    html_url: `https://github.com/${name}`
  }
}

/** A stable numeric ID for a login, as GitHub's are per account. */
function idOf(login: string): number {
  let hash = 7
  for (const c of login) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000
  return hash + 1
}

export function commentView(c: {
  id: number
  body: string
  repo: string
  issue: number
  login: string
  created_at: string
  updated_at: string
}): Json {
  return {
    ...clone(examples.issueComment),
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `https://api.github.com/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.repo}/issues/${c.issue}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: userView(c.login),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.login.endsWith('[bot]') ? 'NONE' : 'MEMBER'
  }
}

export function labelView(repo: string, name: string): Json {
  return {
    ...clone(examples.label),
    id: idOf(`${repo}:${name}`),
    name,
    url: `https://api.github.com/repos/${repo}/labels/${encodeURIComponent(name)}`,
    default: false
  }
}

export function issueView(i: Omit<GhIssue, 'user'> & { login: string }): Json {
  const view: Json = {
    ...clone(examples.issue),
    id: 100_000 + i.number,
    node_id: `I_${i.number}`,
    url: `https://api.github.com/repos/${i.repo}/issues/${i.number}`,
    repository_url: `https://api.github.com/repos/${i.repo}`,
    html_url: `https://github.com/${i.repo}/issues/${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state === 'closed' ? 'completed' : null,
    closed_at: i.state === 'closed' ? new Date().toISOString() : null,
    labels: i.labels.map(name => labelView(i.repo, name)),
    user: userView(i.login),
    comments: 0
  }
  delete view.pull_request
  return view
}

export function diffEntryView(filename: string, previous?: string): Json {
  return {
    ...clone(examples.diffEntry),
    filename,
    status: previous ? 'renamed' : 'modified',
    ...(previous ? { previous_filename: previous } : {})
  }
}

export function comparisonView(
  repo: string,
  base: string,
  head: string,
  files: Json[],
  status: 'ahead' | 'behind' | 'identical' | 'diverged' = 'ahead',
  behindBy = 0
): Json {
  return {
    ...clone(examples.commitComparison),
    url: `https://api.github.com/repos/${repo}/compare/${base}...${head}`,
    html_url: `https://github.com/${repo}/compare/${base}...${head}`,
    status,
    ahead_by: status === 'identical' || status === 'behind' ? 0 : 1,
    behind_by: behindBy,
    total_commits: 1,
    files
  }
}

export interface PullView {
  repo: string
  number: number
  headSha: string
  headRef?: string
  baseSha?: string
  baseRef?: string
  /** The repository the head branch lives in: another one for a pull request from a fork. */
  headRepo?: string
  state?: 'open' | 'closed'
  mergeCommitSha?: string
  mergedAt?: string
  login?: string
  draft?: boolean
  mergeable?: boolean | null
  mergeableState?: string
}

function branchView(repo: string, ref: string, sha: string, login: string): Json {
  const [owner] = repo.split('/')
  const base = clone(examples.pullRequestSimple.head)
  const repoView = clone(base.repo) as Json
  return {
    ...base,
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: userView(login),
    repo: {
      ...repoView,
      full_name: repo,
      name: repo.split('/')[1],
      owner: userView(owner),
      html_url: `https://github.com/${repo}`,
      url: `https://api.github.com/repos/${repo}`,
      fork: false
    }
  }
}

function pullCommon(p: PullView, template: Json): Json {
  const login = p.login ?? 'octocat'
  return {
    ...template,
    url: `https://api.github.com/repos/${p.repo}/pulls/${p.number}`,
    id: 200_000 + p.number,
    node_id: `PR_${p.number}`,
    html_url: `https://github.com/${p.repo}/pull/${p.number}`,
    number: p.number,
    state: p.state ?? (p.mergedAt ? 'closed' : 'open'),
    user: userView(login),
    merged_at: p.mergedAt ?? null,
    closed_at: p.mergedAt ?? null,
    merge_commit_sha: p.mergeCommitSha ?? null,
    draft: p.draft ?? false,
    // GitHub's own example lists a team without the `type` its schema requires: none requested here.
    requested_teams: [],
    requested_reviewers: [],
    labels: [],
    head: branchView(p.headRepo ?? p.repo, p.headRef ?? `feature-${p.number}`, p.headSha, login),
    base: branchView(p.repo, p.baseRef ?? 'main', p.baseSha ?? 'f'.repeat(40), login)
  }
}

/** The short form GitHub lists (pull requests of a commit). */
export function pullSimpleView(p: PullView): Json {
  return pullCommon(p, clone<Json>(examples.pullRequestSimple))
}

/** The full pull request (`GET /repos/{owner}/{repo}/pulls/{pull_number}`). */
export function pullView(p: PullView): Json {
  return {
    ...pullCommon(p, clone<Json>(examples.pullRequest)),
    merged: p.mergedAt !== undefined,
    mergeable: p.mergeable === undefined ? true : p.mergeable,
    mergeable_state: p.mergeableState ?? 'clean'
  }
}

export function permissionView(login: string, permission: 'admin' | 'write' | 'read' | 'none', roleName: string): Json {
  const example = clone(examples.collaboratorPermission) as Json & { user: Json }
  return { ...example, permission, role_name: roleName, user: { ...example.user, ...userView(login), role_name: roleName } }
}

export function reactionView(login: string, content: string): Json {
  return { ...clone(examples.reaction), id: nextId(), content, user: userView(login), created_at: new Date().toISOString() }
}

export function reviewView(
  repo: string,
  number: number,
  r: { id: number; login: string; state: string; commitId: string; submittedAt: string }
): Json {
  return {
    ...clone(examples.review),
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: userView(r.login),
    state: r.state,
    commit_id: r.commitId,
    submitted_at: r.submittedAt,
    html_url: `https://github.com/${repo}/pull/${number}#pullrequestreview-${r.id}`,
    pull_request_url: `https://api.github.com/repos/${repo}/pulls/${number}`
  }
}

export function checkRunView(
  repo: string,
  c: {
    id: number
    name: string
    headSha: string
    status: string
    conclusion: string | null
    output: { title: string | null; summary: string | null; text?: string | null; annotations_count: number }
  }
): Json {
  const base = clone<Json>(examples.checkRun)
  return {
    ...base,
    id: c.id,
    node_id: `CR_${c.id}`,
    head_sha: c.headSha,
    external_id: '',
    url: `https://api.github.com/repos/${repo}/check-runs/${c.id}`,
    html_url: `https://github.com/${repo}/runs/${c.id}`,
    details_url: `https://github.com/${repo}/runs/${c.id}`,
    name: c.name,
    status: c.status,
    conclusion: c.conclusion,
    completed_at: c.status === 'completed' ? new Date().toISOString() : null,
    output: {
      ...(base.output as Json),
      title: c.output.title,
      summary: c.output.summary,
      text: c.output.text ?? null,
      annotations_count: c.output.annotations_count
    },
    pull_requests: []
  }
}

/** A repository (`GET /repos/{owner}/{repo}`), GitHub's full form. */
export function repositoryView(fullName: string, owner: string): Json {
  return {
    ...clone(examples.repository),
    // GitHub's own example lacks this property its schema requires.
    has_discussions: false,
    full_name: fullName,
    name: fullName.split('/')[1],
    owner: userView(owner),
    html_url: `https://github.com/${fullName}`,
    url: `https://api.github.com/repos/${fullName}`
  }
}

export function mergeResultView(sha: string): Json {
  return { ...clone(examples.mergeResult), sha, merged: true, message: 'Pull Request successfully merged' }
}

/** GitHub's error answers: a message and the documentation link, as its schemas require. */
export function errorView(message: string, errors?: Json[]): Json {
  return { message, documentation_url: 'https://docs.github.com/rest', ...(errors ? { errors } : {}), status: undefined }
}
