/**
 * The drift issue of one workspace on GitHub: found again by a hidden marker in its body, opened when drift is
 * found, kept current on later runs (a comment only when the drift changed), closed when the workspace is seen
 * clean. Never fails the step: GitHub's refusal is a warning, the job summary has the report.
 */
import { githubStatus } from '../github-errors.js'
import { code, elided } from '../report/markdown.js'
import type { ActionIO } from '../runtime.js'

export const DRIFT_LABEL = 'drift'
const MARKER = '<!-- tfe-run-action:drift'

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** What the step saw: the drift (empty: clean), and the words and links for the issue. */
export interface DriftFinding {
  /** `organization/workspace`. */
  workspace: string
  /** A stable summary of what drifted (addresses and attribute paths): a change in it is worth a comment. */
  signature: string
  /** The drifted resources' addresses: kept in the issue, so a later change can say what started and stopped. */
  addresses: string[]
  drifted: boolean
  /** The issue's body below the marker (the report of the drift). */
  body: string
  /** When and where it was seen: "2026-12-03T06:00:00Z, assessment asmtres-…" with a link. */
  seen: string
}

export interface DriftIssueResult {
  url?: string
  action: 'opened' | 'updated' | 'changed' | 'reopened' | 'closed' | 'none'
}

/** The addresses kept in the marker, at most this many characters of them: base64 makes 20,000, beside a report of 40,000 (GitHub caps a body at 65,536). */
const ADDRESSES_BUDGET = 15_000

/**
 * The marker: the key, the drift's signature and its addresses (base64url JSON, which cannot end the HTML comment;
 * `complete` false when they were too many to keep).
 */
function markerOf(key: string, signature: string, addresses: readonly string[]): string {
  const kept: string[] = []
  let used = 0
  for (const address of addresses) {
    used += address.length + 3
    if (used > ADDRESSES_BUDGET) break
    kept.push(address)
  }
  const payload = Buffer.from(JSON.stringify({ addresses: kept, complete: kept.length === addresses.length })).toString('base64url')
  return `${MARKER} key=${key} drift=${signature} addresses=${payload} -->`
}

interface Marker {
  signature: string
  /** Undefined in an issue written before the addresses were kept, or when they were too many. */
  addresses?: string[]
}

function readMarker(body: string | null | undefined, key: string): Marker | undefined {
  const match = new RegExp(`^${MARKER} key=${key} drift=(\\w*)(?: addresses=([A-Za-z0-9_-]*))? -->`).exec(body ?? '')
  if (!match) return undefined
  try {
    const kept = JSON.parse(Buffer.from(match[2] ?? '', 'base64url').toString('utf8')) as { addresses?: unknown; complete?: unknown }
    const addresses =
      Array.isArray(kept.addresses) && kept.complete === true ? kept.addresses.filter(a => typeof a === 'string') : undefined
    return { signature: match[1], addresses }
  } catch {
    return { signature: match[1] }
  }
}

/**
 * The `drift` label, created when missing. Another job may create it between the look and the creation: GitHub
 * then answers 422 `already_exists`, which is what this wanted.
 */
async function ensureLabel(octokit: Octokit, owner: string, repo: string): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL })
  } catch (error) {
    if (githubStatus(error) !== 404) throw error
    try {
      await octokit.rest.issues.createLabel({
        owner,
        repo,
        name: DRIFT_LABEL,
        color: 'd93f0b',
        description: 'Infrastructure differs from its Terraform state'
      })
    } catch (creating) {
      if (!alreadyExists(creating)) throw creating
    }
  }
}

function alreadyExists(error: unknown): boolean {
  const { status, response } = error as { status?: number; response?: { data?: { errors?: Array<{ code?: string }> } } }
  return status === 422 && (response?.data?.errors ?? []).some(e => e.code === 'already_exists')
}

/** At most this many addresses a line of the change comment; the rest are counted. */
const CHANGE_LISTED = 5

/** The comment on a changed drift: what started drifting and what stopped, a few addresses each, then a count. */
export function changeComment(seen: string, before: readonly string[] | undefined, now: readonly string[]): string {
  if (!before) return `The drift changed at ${seen}: ${now.length} resources drift now; the issue's description lists them.`
  const started = now.filter(a => !before.includes(a))
  const stopped = before.filter(a => !now.includes(a))
  const list = (addresses: string[]): string => {
    const shown = addresses.slice(0, CHANGE_LISTED).map(a => code(elided(a, 200)))
    return `${shown.join(', ')}${addresses.length > CHANGE_LISTED ? `, and ${addresses.length - CHANGE_LISTED} more` : ''}`
  }
  const lines = [`The drift changed at ${seen}:`]
  if (started.length) lines.push(`- Started drifting (${started.length}): ${list(started)}`)
  if (stopped.length) lines.push(`- No longer drifting (${stopped.length}): ${list(stopped)}`)
  if (!started.length && !stopped.length) lines.push('- The same resources, with other attributes changed.')
  lines.push('', "The issue's description shows what drifts now.")
  return lines.join('\n')
}

/** Our issue for this key, open or closed: the most recent with the marker, among the `drift`-labelled ones. */
async function findIssue(
  octokit: Octokit,
  owner: string,
  repo: string,
  key: string
): Promise<{ number: number; state: string; body: string; url: string } | undefined> {
  let found: { number: number; state: string; body: string; url: string } | undefined
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: DRIFT_LABEL,
    state: 'all',
    per_page: 100
  })) {
    for (const issue of page.data) {
      if (issue.pull_request || !readMarker(issue.body, key)) continue
      if (!found || issue.number > found.number)
        found = { number: issue.number, state: issue.state, body: issue.body ?? '', url: issue.html_url }
    }
  }
  return found
}

/** Brings the workspace's drift issue in line with what was seen; `key` identifies the workspace (and comment-key). */
export async function syncDriftIssue(
  octokit: Octokit,
  io: ActionIO,
  repository: string,
  key: string,
  finding: DriftFinding
): Promise<DriftIssueResult> {
  const [owner, repo] = repository.split('/')
  const existing = await findIssue(octokit, owner, repo, key)
  const body = `${markerOf(key, finding.signature, finding.addresses)}\n${finding.body}`
  if (!finding.drifted) {
    if (!existing || existing.state === 'closed') return { url: existing?.url, action: 'none' }
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `No drift any more: ${finding.workspace} was seen clean at ${finding.seen}. Closing.`
    })
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' })
    io.info(`Closed the drift issue: ${existing.url}`)
    return { url: existing.url, action: 'closed' }
  }
  if (!existing) {
    await ensureLabel(octokit, owner, repo)
    const created = await octokit.rest.issues.create({ owner, repo, title: `Drift: ${finding.workspace}`, body, labels: [DRIFT_LABEL] })
    io.info(`Opened the drift issue: ${created.data.html_url}`)
    return { url: created.data.html_url, action: 'opened' }
  }
  const previous = readMarker(existing.body, key)
  const reopen = existing.state === 'closed'
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body, ...(reopen ? { state: 'open' as const } : {}) })
  if (reopen) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `Drift found again at ${finding.seen}.` })
    io.info(`Reopened the drift issue: ${existing.url}`)
    return { url: existing.url, action: 'reopened' }
  }
  if (previous?.signature !== finding.signature) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: changeComment(finding.seen, previous?.addresses, finding.addresses)
    })
    io.info(`Updated the drift issue (the drift changed): ${existing.url}`)
    return { url: existing.url, action: 'changed' }
  }
  io.info(`Updated the drift issue (the same drift): ${existing.url}`)
  return { url: existing.url, action: 'updated' }
}
