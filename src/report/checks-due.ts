import type { ActionInputs } from '../inputs.js'

/**
 * Whether this step writes a check run per workspace: on pull requests and comment commands (`checks: auto`), or
 * always (`true`), never (`false`); only with a GitHub token. Pure and cheap: the check code loads only when due.
 */
export function checksDue(inputs: Pick<ActionInputs, 'commands' | 'githubToken'>, env: NodeJS.ProcessEnv): boolean {
  if (inputs.commands.checks === 'false' || !inputs.githubToken) return false
  return inputs.commands.checks === 'true' || (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request')
}
