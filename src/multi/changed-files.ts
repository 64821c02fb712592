import { githubAnswer } from '../github-errors.js'
import { readFileSync } from 'node:fs'
import type { ActionInputs } from '../inputs.js'

/** What changed, from GitHub: the paths (from the repository root), or why they are not known. */
export type ChangedFiles = { files: string[]; source: string } | { files?: undefined; why: string }

const count = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`

/** GitHub lists at most 3,000 files of a pull request, 100 a page. */
const MAX_FILES = 3000
const PAGE = 100
/**
 * "Compare two commits" lists changed files on its first page only, 300 at most for the whole comparison (its
 * pages page the commits). A list of 300 may have been cut: the files are then not known.
 */
const MAX_COMPARE_FILES = 300

interface PushEvent {
  before?: string
  after?: string
  pull_request?: { number?: number; changed_files?: number }
  number?: number
}

/** Each file's path, and its path before a rename: a rename touches both places. */
function addPaths(files: Set<string>, listed: readonly { filename: string; previous_filename?: string }[]): void {
  for (const file of listed) {
    files.add(file.filename)
    if (file.previous_filename) files.add(file.previous_filename)
  }
}

/**
 * The files the event's change touches: a pull request's files (every page, up to GitHub's 3,000), or for a push
 * the comparison of `before...after`. Undefined files, with the reason, when they cannot be known: then every
 * selected workspace runs.
 */
export async function changedFiles(inputs: Pick<ActionInputs, 'githubToken'>, env: NodeJS.ProcessEnv): Promise<ChangedFiles> {
  const event = env.GITHUB_EVENT_NAME ?? ''
  const repository = env.GITHUB_REPOSITORY ?? ''
  let payload: PushEvent
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as PushEvent
  } catch {
    return { why: 'the event payload could not be read' }
  }
  if (!repository.includes('/')) return { why: 'GITHUB_REPOSITORY is not set' }
  if (!inputs.githubToken) return { why: '`github-token` is empty, so the changed files cannot be read' }
  const [owner, repo] = repository.split('/')
  // Through the GitHub chunk, which gives Octokit the real HTTP client first.
  const { octokitFor } = await import('../report/github.js')
  const octokit = await octokitFor(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com')
  try {
    const number = payload.pull_request?.number ?? payload.number
    if (event.startsWith('pull_request') && number) {
      if ((payload.pull_request?.changed_files ?? 0) > MAX_FILES)
        return { why: `pull request #${number} changes more than the ${MAX_FILES} files GitHub lists` }
      const files = new Set<string>()
      for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: number,
        per_page: PAGE
      })) {
        addPaths(files, page.data)
      }
      return { files: [...files], source: `the ${count(files.size)} pull request #${number} changes` }
    }
    if (event === 'push') {
      const { before, after } = payload
      if (!before || !after || /^0+$/.test(before)) return { why: 'the push has no earlier commit to compare with (a new branch)' }
      if (/^0+$/.test(after)) return { why: 'the push deletes the branch' }
      const answer = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${before}...${after}` })
      const listed = answer.data.files ?? []
      if (listed.length >= MAX_COMPARE_FILES)
        return { why: `the push changes ${MAX_COMPARE_FILES} or more files, more than GitHub's comparison lists` }
      const files = new Set<string>()
      addPaths(files, listed)
      return { files: [...files], source: `the ${files.size} files changed by ${before.slice(0, 7)}...${after.slice(0, 7)}` }
    }
  } catch (error) {
    return {
      why: `GitHub answered ${githubAnswer(error)} when asked for the changed files (the job needs \`contents: read\` and \`pull-requests: read\`)`
    }
  }
  return { why: `a ${event || 'workflow'} event has no change to compare` }
}
