/**
 * Whether a workspace has drifted, and how: from its current health assessment when HCP Terraform has a recent
 * successful one, otherwise from a speculative refresh-only run the step creates (with every guarantee of a run it
 * creates: stopped on failure, timeout or cancellation).
 */
import { createHash } from 'node:crypto'
import { runLifecycle } from '../lifecycle.js'
import { readPlanSummary } from '../plan/read.js'
import type { ResourceChange } from '../plan/summary.js'
import { code, elided, escapeProse, escapeText, link, underListItem } from '../report/markdown.js'
import { attributeDiffBlock } from '../report/render.js'
import type { StepContext } from '../run/context.js'
import { stepFile } from '../step-files.js'
import type { RunOutcome } from '../run/outcome.js'
import { runUrl, workspaceUrl } from '../run/workspace.js'
import { readCurrentAssessment, type AssessmentResult } from '../tfc/assessments.js'
import { StoppedError } from '../tfc/errors.js'
import type { Run, Workspace } from '../tfc/types.js'

export interface DriftResult {
  /** Undefined when it is not known: the plan that would say was not read (`unknown` says why). */
  drifted: boolean | undefined
  /** What changed outside Terraform; empty when not known. */
  drift: ResourceChange[]
  /** Why drift is not known: a plan that was not read is never "no drift". */
  unknown?: string
  /** Where it was seen: the assessment, or the refresh-only run. */
  source: { kind: 'assessment' | 'run'; id: string; url: string; at: string }
  /** The refresh-only run's outcome, when the step made one (for its outputs and failure). */
  outcome?: RunOutcome
  failure?: string
}

/** A stable summary of the drift (addresses and changed attribute paths): when it changes, it is news. */
export function driftSignature(drift: readonly ResourceChange[]): string {
  const lines = drift.map(c => `${c.address}:${c.action}:${(c.diff?.attributes ?? []).map(a => a.path).join(',')}`).sort()
  return lines.length ? createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16) : ''
}

/**
 * GitHub refuses an issue body or comment over 65,536 characters. The report leaves room for the issue's hidden
 * markers (the drifted addresses among them), and degrades to fit: without changed attributes, then the first
 * addresses and a count, with the link to the full drift.
 */
export const DRIFT_REPORT_LIMIT = 40_000

/** The drift as markdown: each resource, what changed in it (sensitive values never shown), where it was seen. */
export function renderDrift(
  workspace: Pick<Workspace, 'organization' | 'name'>,
  result: DriftResult,
  values: boolean,
  limit = DRIFT_REPORT_LIMIT
): string {
  const label = `${workspace.organization}/${workspace.name}`
  const where = link(
    result.source.kind === 'assessment' ? `health assessment ${result.source.id}` : `refresh-only run ${result.source.id}`,
    result.source.url
  )
  const seen = `Seen at ${result.source.at} by ${where}.`
  if (result.drifted === undefined)
    return `### ⚠️ Drift not known: ${escapeText(label)}\n\n${escapeProse(`Drift could not be read: ${result.unknown ?? 'unknown'}.`)} ${seen} _The drift issue, if any, was left as it is._`
  if (!result.drifted) return `### ✅ No drift: ${escapeText(label)}\n\n${seen}`
  const count = result.drift.length
  const around = (items: string, note?: string): string =>
    [
      `### 🌊 Drift: ${escapeText(label)}`,
      `${seen} ${count} ${count === 1 ? 'resource has' : 'resources have'} changed outside Terraform:`,
      items,
      ...(note ? [`_${note}_`] : []),
      '_Apply the workspace to bring the infrastructure back to its configuration, or change the configuration to match._'
    ].join('\n\n')
  const line = (change: ResourceChange): string => `- ${code(change.address)} (${escapeProse(change.action)})`
  const full = around(
    result.drift
      .map(change => (change.diff?.attributes.length ? underListItem(line(change), attributeDiffBlock(change.diff, values)) : line(change)))
      .join('\n')
  )
  if (full.length <= limit) return full
  const bare = around(result.drift.map(line).join('\n'), 'Changed attributes were left out to fit; the link above has them.')
  if (bare.length <= limit) return bare
  // The first addresses that fit, then how many more.
  const lines: string[] = []
  let used = around('', '').length + 200
  for (const change of result.drift) {
    const next = line({ ...change, address: elided(change.address, 200) })
    if (used + next.length + 1 > limit) break
    lines.push(next)
    used += next.length + 1
  }
  lines.push(`- … and ${count - lines.length} more`)
  return around(
    lines.join('\n'),
    `Only the first ${lines.length - 1} of ${count} drifted resources are listed, to fit; the link above has them all.`
  )
}

/**
 * The drift a health assessment's plan lists, or why it cannot be used: its `json-output` needs admin access to
 * the workspace (the recommended plan-only token is refused), and a drifted assessment whose plan lists nothing
 * drifting is not believed either. Never an empty list standing in for "not read".
 */
async function assessedDrift(ctx: StepContext, assessment: AssessmentResult): Promise<ResourceChange[] | string> {
  try {
    const file = await stepFile(ctx.env, assessment.id, '.json')
    const read = await ctx.http.fetchBlob(assessment.jsonOutputUrl!, { label: 'assessment plan', destination: file })
    if (read.status !== 200) return `HCP Terraform answered ${read.status} for its plan (reading it needs admin access to the workspace)`
    const drift = (await readPlanSummary(file)).drift
    if (assessment.drifted && !drift.length) return 'its plan lists nothing drifting although it says the workspace drifted'
    return drift
  } catch (error) {
    if (error instanceof StoppedError) throw error
    return `its plan could not be read (${(error as Error).message})`
  }
}

/** `onRun`: the refresh-only run exists (recorded for the post step, as any run the step creates). */
export async function detectDrift(ctx: StepContext, workspace: Workspace, onRun?: (run: Run) => void): Promise<DriftResult> {
  const { inputs, http, clock } = ctx
  const assessment = await readCurrentAssessment(http, workspace.id)
  const age = assessment ? clock.now() - Date.parse(assessment.createdAt) : Infinity
  let instead: string
  if (assessment?.succeeded && age <= inputs.timeoutMs && assessment.jsonOutputUrl) {
    ctx.log.info(`Using health assessment ${assessment.id} of ${assessment.createdAt} (${assessment.drifted ? 'drifted' : 'no drift'})`)
    const drift = await assessedDrift(ctx, assessment)
    if (typeof drift !== 'string')
      return {
        drifted: assessment.drifted,
        drift,
        source: {
          kind: 'assessment',
          id: assessment.id,
          url: `${workspaceUrl(inputs.apiOrigin, workspace)}/health/drift`,
          at: assessment.createdAt
        }
      }
    instead = `The health assessment ${assessment.id} cannot be used: ${drift}. Planning refresh-only instead`
  } else {
    instead = assessment
      ? `The current health assessment (${assessment.createdAt}) is ${assessment.succeeded ? 'older than `timeout`' : 'not a success'}: planning refresh-only instead`
      : 'No health assessment for this workspace: planning refresh-only'
  }
  ctx.log.info(instead)
  const outcome = await runLifecycle(
    {
      ...ctx,
      inputs: { ...inputs, workspace: workspace.id, set: undefined, planOnly: true, refreshOnly: true, apply: false, savePlan: false },
      selected: workspace
    },
    { onRun }
  )
  const summary = outcome.plan.summary
  const drift = summary?.drift ?? []
  const run = outcome.run
  return {
    drifted: summary ? drift.length > 0 : undefined,
    drift,
    ...(summary ? {} : { unknown: "the refresh-only plan's JSON could not be read" }),
    source: {
      kind: 'run',
      id: run?.id ?? '',
      url: run ? runUrl(inputs.apiOrigin, workspace, run.id) : workspaceUrl(inputs.apiOrigin, workspace),
      at: new Date(clock.now()).toISOString().replace(/\.\d+Z$/, 'Z')
    },
    outcome,
    failure: outcome.failure
  }
}
