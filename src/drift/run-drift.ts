/**
 * `drift-issue: true`, for scheduled workflows: find out whether each workspace drifted, and keep one GitHub issue
 * per workspace in line with it (opened, updated, commented on change, closed when clean). Loaded only then.
 */
import { Outputs, State } from '../constants.js'
import { commentKey } from '../report/comment-marker.js'
import { escapeProse } from '../report/markdown.js'
import type { StepContext, StepLog } from '../run/context.js'
import { describeFailure } from '../run/failures.js'
import { resolveWorkspace } from '../run/workspace.js'
import { outputsOf } from '../outputs.js'
import type { ActionIO } from '../runtime.js'
import { endedEarly, type FlowResult } from '../flows/result.js'
import type { Workspace } from '../tfc/types.js'
import { detectDrift, driftSignature, renderDrift, type DriftResult } from './detect.js'
import { syncDriftIssue } from './drift-issue.js'

/** One workspace's drift check: what was seen, its report, and its issue. */
export interface DriftCheck {
  label: string
  result?: DriftResult
  /** The report for the job summary (and the issue's description). */
  report: string
  issueUrl?: string
  failure?: string
}

/** The refresh-only runs created in this step, for the post step. */
const pending = new Set<string>()

/** Finds the workspace's drift and brings its issue in line; never throws (a failure is in `failure`). */
export async function checkDrift(ctx: StepContext, io: ActionIO, workspace: Workspace): Promise<DriftCheck> {
  const { inputs, env } = ctx
  const label = `${workspace.organization}/${workspace.name}`
  const notKnown = (failure: string, result?: DriftResult): DriftCheck => ({
    label,
    result,
    report: `### ❌ Drift not known: ${escapeProse(label)}\n\n${escapeProse(failure)}`,
    failure
  })
  let result: DriftResult
  try {
    result = await detectDrift(ctx, workspace, run => {
      // As for any run the step creates: the post step stops it if this process is killed before it ends.
      pending.add(run.id)
      io.saveState(State.ApiUrl, inputs.apiOrigin)
      io.saveState(State.RunIds, JSON.stringify([...pending]))
    })
  } catch (error) {
    return notKnown(describeFailure(error, inputs))
  }
  if (result.failure) return notKnown(result.failure, result)
  if (result.drifted === undefined) {
    // Not read is not clean: the issue stays as it is, open or closed, and `drifted` is not false.
    io.warning(`Drift of ${label} is not known: ${result.unknown}. Its drift issue, if any, was left as it is.`)
    return { label, result, report: renderDrift(workspace, result, inputs.attributeValues) }
  }
  ctx.log.info(
    result.drifted ? `${label} has drifted: ${result.drift.length} resources changed outside Terraform` : `${label} has not drifted`
  )
  const report = renderDrift(workspace, result, inputs.attributeValues)
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!inputs.githubToken || !repository.includes('/')) {
    io.warning(
      '`drift-issue` is on, but there is no `github-token` or GITHUB_REPOSITORY: no issue was opened or updated. The job summary has the report.'
    )
    return { label, result, report }
  }
  try {
    const { octokitFor } = await import('../report/github.js')
    const octokit = await octokitFor(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com')
    const key = commentKey(new URL(inputs.apiOrigin).host, workspace.organization, workspace.name, inputs.commentKey)
    const synced = await syncDriftIssue(octokit, io, repository, key, {
      workspace: label,
      signature: driftSignature(result.drift),
      addresses: result.drift.map(change => change.address),
      drifted: result.drifted,
      body: report,
      seen: `${result.source.at} (${result.source.url})`
    })
    return { label, result, report, issueUrl: synced.url }
  } catch (error) {
    io.warning(`Could not update the drift issue of ${label}: ${githubRefusal(error)} The job summary has the report.`)
    return { label, result, report }
  }
}

/** What GitHub's refusal means, in words a user can act on: only a 403 or 404 is about the job's permissions. */
function githubRefusal(error: unknown): string {
  const { status, message } = error as { status?: number; message?: string }
  if (status === 403 || status === 404) return `GitHub answered ${status}: the job needs \`issues: write\`.`
  if (status === 422) return `GitHub refused it as invalid (422: ${message ?? 'Validation Failed'}).`
  return status ? `GitHub answered ${status} (${message ?? 'no message'}).` : `${message ?? String(error)}.`
}

/** The `drifted` output: true, false, or unknown when the plan that would say was not read. */
function driftedOutput(drifted: Array<boolean | undefined>): string {
  if (drifted.some(d => d === true)) return 'true'
  return drifted.some(d => d === undefined) ? 'unknown' : 'false'
}

/** The single-workspace step. */
export async function runDrift(ctx: StepContext, io: ActionIO): Promise<FlowResult> {
  const { inputs } = ctx
  let check: DriftCheck
  try {
    const workspace = await io.group('Resolve workspace', () => resolveWorkspace({ ...ctx, inputs: { ...inputs, planOnly: true } }))
    check = await io.group('Find drift', () => checkDrift(ctx, io, workspace))
  } catch (error) {
    return endedEarly(describeFailure(error, inputs))
  }
  const outputs: Record<string, string> = check.result?.outcome ? outputsOf(check.result.outcome, inputs.apiOrigin) : {}
  if (!check.failure) outputs[Outputs.Drifted] = driftedOutput([check.result?.drifted])
  if (check.issueUrl) outputs[Outputs.DriftIssueUrl] = check.issueUrl
  return {
    outputs,
    summary: () => check.report,
    failure: check.failure && `Could not find out whether ${check.label} drifted: ${check.failure}`,
    cleanup: left([check])
  }
}

/** A run the step could not see end is left to the post step. */
function left(checks: DriftCheck[]): string[] {
  return checks.flatMap(c => c.result?.outcome?.cleanup ?? [])
}

/** Several workspaces: each checked in turn, its log lines under its name; one summary; `runs` says each one's. */
export async function runDriftSet(
  ctx: StepContext,
  io: ActionIO,
  workspaces: Workspace[],
  log: (workspace: Workspace) => StepLog
): Promise<FlowResult> {
  const checks: DriftCheck[] = []
  for (const workspace of workspaces) checks.push(await checkDrift({ ...ctx, log: log(workspace), selected: workspace }, io, workspace))
  const runs = Object.fromEntries(
    checks.map(c => [
      c.label,
      c.failure
        ? { failure: c.failure }
        : c.result?.drifted === undefined
          ? { drifted: null, reason: `drift not known: ${c.result?.unknown ?? 'unknown'}` }
          : { drifted: c.result.drifted, ...(c.issueUrl ? { 'drift-issue-url': c.issueUrl } : {}) }
    ])
  )
  const failed = checks.filter(c => c.failure)
  return {
    outputs: {
      [Outputs.Runs]: JSON.stringify(runs),
      [Outputs.Drifted]: driftedOutput(checks.map(c => (c.failure ? undefined : c.result?.drifted)))
    },
    summary: () => checks.map(c => c.report).join('\n\n'),
    failure: failed.length
      ? `Could not find out whether ${failed.length} of ${checks.length} workspaces drifted: ${failed.map(c => `${c.label}: ${c.failure}`).join(' ')}`
      : undefined,
    cleanup: left(checks)
  }
}
