/**
 * Whether a workspace has drifted, and how: from its current health assessment when HCP Terraform has a recent
 * successful one, otherwise from a speculative refresh-only run the step creates (with every guarantee of a run it
 * creates: stopped on failure, timeout or cancellation).
 */
import { createHash } from 'node:crypto'
import { runLifecycle } from '../lifecycle.js'
import { readPlanSummary } from '../plan/read.js'
import type { ResourceChange } from '../plan/summary.js'
import { code, escapeProse, escapeText, link, underListItem } from '../report/markdown.js'
import { attributeDiffBlock } from '../report/render.js'
import type { StepContext } from '../run/context.js'
import { stepFile } from '../step-files.js'
import type { RunOutcome } from '../run/outcome.js'
import { runUrl, workspaceUrl } from '../run/workspace.js'
import { readCurrentAssessment } from '../tfc/assessments.js'
import type { Run, Workspace } from '../tfc/types.js'

export interface DriftResult {
  drifted: boolean
  /** What changed outside Terraform. */
  drift: ResourceChange[]
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

/** The drift as markdown: each resource, what changed in it (sensitive values never shown), where it was seen. */
export function renderDrift(workspace: Pick<Workspace, 'organization' | 'name'>, result: DriftResult, values: boolean): string {
  const label = `${workspace.organization}/${workspace.name}`
  const seen = `Seen at ${result.source.at} by ${link(result.source.kind === 'assessment' ? `health assessment ${result.source.id}` : `refresh-only run ${result.source.id}`, result.source.url)}.`
  if (!result.drifted) return `### ✅ No drift: ${escapeText(label)}\n\n${seen}`
  const items = result.drift.map(change => {
    const line = `- ${code(change.address)} (${escapeProse(change.action)})`
    return change.diff?.attributes.length ? underListItem(line, attributeDiffBlock(change.diff, values)) : line
  })
  const count = result.drift.length
  return [
    `### 🌊 Drift: ${escapeText(label)}`,
    `${seen} ${count} ${count === 1 ? 'resource has' : 'resources have'} changed outside Terraform:`,
    items.join('\n'),
    '_Apply the workspace to bring the infrastructure back to its configuration, or change the configuration to match._'
  ].join('\n\n')
}

/** `onRun`: the refresh-only run exists (recorded for the post step, as any run the step creates). */
export async function detectDrift(ctx: StepContext, workspace: Workspace, onRun?: (run: Run) => void): Promise<DriftResult> {
  const { inputs, http, clock } = ctx
  const assessment = await readCurrentAssessment(http, workspace.id)
  const age = assessment ? clock.now() - Date.parse(assessment.createdAt) : Infinity
  if (assessment?.succeeded && age <= inputs.timeoutMs && assessment.jsonOutputUrl) {
    ctx.log.info(`Using health assessment ${assessment.id} of ${assessment.createdAt} (${assessment.drifted ? 'drifted' : 'no drift'})`)
    const file = await stepFile(ctx.env, assessment.id, '.json')
    const read = await http.fetchBlob(assessment.jsonOutputUrl, { label: 'assessment plan', destination: file })
    const drift = read.status === 200 ? (await readPlanSummary(file)).drift : []
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
  }
  ctx.log.info(
    assessment
      ? `The current health assessment (${assessment.createdAt}) is ${assessment.succeeded ? 'older than `timeout`' : 'not a success'}: planning refresh-only instead`
      : 'No health assessment for this workspace: planning refresh-only'
  )
  const outcome = await runLifecycle(
    {
      ...ctx,
      inputs: { ...inputs, workspace: workspace.id, set: undefined, planOnly: true, refreshOnly: true, apply: false, savePlan: false },
      selected: workspace
    },
    { onRun }
  )
  const drift = outcome.plan.summary?.drift ?? []
  const run = outcome.run
  return {
    drifted: drift.length > 0,
    drift,
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
