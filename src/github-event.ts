import { readFileSync } from 'node:fs'

export interface PullRequestContext {
  repo: string
  number: number
  /** The pull request's head commit; GITHUB_SHA is a merge commit on pull_request events. */
  headSha: string
}

/** The pull request this workflow run is for, from the event payload, if any. */
export function pullRequestOf(env: NodeJS.ProcessEnv): PullRequestContext | undefined {
  const [repo, path] = [env.GITHUB_REPOSITORY, env.GITHUB_EVENT_PATH]
  if (!repo || !path) return undefined
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { number?: number; pull_request?: { number?: number; head?: { sha?: string } } }
    const number = event.pull_request?.number ?? event.number
    if (!number) return undefined
    return { repo, number, headSha: event.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '' }
  } catch {
    return undefined
  }
}

/** The commit a run's report should link to. */
export function commitOf(env: NodeJS.ProcessEnv): string | undefined {
  return pullRequestOf(env)?.headSha || env.GITHUB_SHA || undefined
}

/** A page of this repository on GitHub (`commit/…`, `actions/runs/…`), or undefined outside a workflow run. */
export function repositoryUrl(env: NodeJS.ProcessEnv, page: string): string | undefined {
  return env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/${page}` : undefined
}

/** The workflow run this step belongs to, as a link when the runner says which, else by name and number. */
export function workflowRunOf(env: NodeJS.ProcessEnv): string {
  return (
    (env.GITHUB_RUN_ID && repositoryUrl(env, `actions/runs/${env.GITHUB_RUN_ID}`)) ||
    `workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`
  )
}

/**
 * The ref a push event deletes (`deleted: true`, `after` all zeros), or undefined: such a push names no commit,
 * so there is nothing to plan or apply.
 */
export function deletedRef(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'push' || !env.GITHUB_EVENT_PATH) return undefined
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { deleted?: boolean; ref?: string; after?: string }
    return event.deleted === true || /^0{40}$/.test(event.after ?? '') ? (event.ref ?? 'a ref') : undefined
  } catch {
    return undefined
  }
}
