/**
 * The drift issue of one workspace on GitHub: found again by a hidden marker in its body, opened when drift is
 * found, kept current on later runs (a comment only when the drift changed), closed when the workspace is seen
 * clean. Never fails the step: GitHub's refusal is a warning, the job summary has the report.
 */
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

function markerOf(key: string, signature: string): string {
  return `${MARKER} key=${key} drift=${signature} -->`
}

function readMarker(body: string | null | undefined, key: string): { signature: string } | undefined {
  const match = new RegExp(`^${MARKER} key=${key} drift=(\\w*) -->`).exec(body ?? '')
  return match ? { signature: match[1] } : undefined
}

async function ensureLabel(octokit: Octokit, owner: string, repo: string): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL })
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: DRIFT_LABEL,
      color: 'd93f0b',
      description: 'Infrastructure differs from its Terraform state'
    })
  }
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
  const body = `${markerOf(key, finding.signature)}\n${finding.body}`
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
  const previous = readMarker(existing.body, key)?.signature
  const reopen = existing.state === 'closed'
  await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body, ...(reopen ? { state: 'open' as const } : {}) })
  if (reopen) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: `Drift found again at ${finding.seen}.` })
    io.info(`Reopened the drift issue: ${existing.url}`)
    return { url: existing.url, action: 'reopened' }
  }
  if (previous !== finding.signature) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `The drift changed at ${finding.seen}: see the issue's description for what drifts now.`
    })
    io.info(`Updated the drift issue (the drift changed): ${existing.url}`)
    return { url: existing.url, action: 'changed' }
  }
  io.info(`Updated the drift issue (the same drift): ${existing.url}`)
  return { url: existing.url, action: 'updated' }
}
