/**
 * The record, in a run's own message, of the pull request and commit the run was planned for. The message is
 * written when the run is created and cannot be changed afterwards, and only holders of an HCP Terraform token
 * can create runs: so `run: reviewed` checks this record, not the GitHub comment (which any job holding
 * `GITHUB_TOKEN` with `pull-requests: write` can post), before it applies a run. The comment only says which run
 * to look at.
 */

/** What the record says: the repository, the pull request and the head commit the plan was made of. */
export interface RunBinding {
  repository: string
  pullRequest: number
  headSha: string
}

/** A commit ID as the record carries it: SHA-1 (40 hex digits) or, in a repository using SHA-256, 64. */
export const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** The bracketed tag every run this action creates ends its message with; `pr=…` only on a pull request. */
const TAG = /\[tfe-run-action:([0-9a-f]+)(?: pr=([^\s#\]]+\/[^\s#\]]+)#(\d+)@([0-9a-f]{64}|[0-9a-f]{40}))?\]/g

/** The message's closing tag: the unique marker (to find a run whose create had an unknown outcome) and the record. */
export function runTag(marker: string, binding: RunBinding | undefined): string {
  const record = binding ? ` pr=${binding.repository}#${binding.pullRequest}@${binding.headSha}` : ''
  return `[tfe-run-action:${marker}${record}]`
}

/**
 * The record in a run's message: the last tag, which the action appended after any message the workflow gave
 * (so a `message` input that imitates a tag cannot stand in for it). Undefined when the last tag has none.
 */
export function readBinding(message: string): RunBinding | undefined {
  const tags = [...message.matchAll(TAG)]
  const last = tags[tags.length - 1]
  if (!last?.[2]) return undefined
  return { repository: last[2], pullRequest: Number(last[3]), headSha: last[4] }
}

/**
 * Why a run must not be applied as the plan reviewed on `expected`'s pull request, from its record; undefined
 * when the record matches: same repository (GitHub's names are case-insensitive), pull request and head commit.
 */
export function bindingProblem(
  runId: string,
  binding: RunBinding | undefined,
  expected: RunBinding,
  /** The pull request is still open (the `apply` command): its head now, not a merged head, is expected. */
  open = false
): string | undefined {
  const shown = `Run ${runId}, which the plan comment on pull request #${expected.pullRequest} names,`
  if (!binding)
    return `${shown} records no pull request in its message: it was not planned by this action's pull-request step (\`save-plan: true\`), so it is not the plan reviewed there. Nothing was applied.`
  if (binding.repository.toLowerCase() !== expected.repository.toLowerCase())
    return `${shown} was planned for repository ${binding.repository}, not ${expected.repository}. Nothing was applied.`
  if (binding.pullRequest !== expected.pullRequest)
    return `${shown} was planned for pull request #${binding.pullRequest}, not #${expected.pullRequest}: the comment does not match what HCP Terraform recorded. Nothing was applied.`
  if (binding.headSha !== expected.headSha && open)
    return `The saved plan of pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but its head is now ${expected.headSha.slice(0, 7)}: plan first (the plan command). Nothing was applied.`
  if (binding.headSha !== expected.headSha)
    return `The plan reviewed on pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but the pull request was merged at ${expected.headSha.slice(0, 7)}: code was pushed after the plan. Nothing was applied. Re-run the plan on the merged code, review it, and apply that run with \`run:\` and its ID.`
  return undefined
}
