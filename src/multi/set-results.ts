/**
 * What the step says of each selected workspace once its runs are over: a row of the report, an entry of the `runs`
 * output, and its failure; annotations for the errors of each run.
 */
import type { ActionInputs } from '../inputs.js'
import { annotationsOf, diagnosticsOf, reportOf, sourceLayout } from '../report/late.js'
import type { RunOutcome } from '../run/outcome.js'
import { policyStatusOf } from '../run/policy-status.js'
import { runUrl, workspaceUrl } from '../run/workspace.js'
import type { ActionIO } from '../runtime.js'
import type { Workspace } from '../tfc/types.js'
import type { SetRow, TriggerLink } from './report.js'

export interface SetResults {
  rows: SetRow[]
  runs: Record<string, unknown>
  failures: string[]
}

/** One row per selected workspace, in the selection's (name) order; the report of each that ran. */
export function setResults(
  io: ActionIO,
  inputs: ActionInputs,
  workspaces: readonly Workspace[],
  outcomes: ReadonlyMap<string, RunOutcome>,
  skipped: ReadonlyMap<string, string>,
  triggers: readonly TriggerLink[]
): SetResults {
  const env = io.env
  const rows: SetRow[] = []
  const runs: Record<string, unknown> = {}
  const failures: string[] = []
  for (const workspace of workspaces) {
    const label = `${workspace.organization}/${workspace.name}`
    const url = workspaceUrl(inputs.apiOrigin, workspace)
    const outcome = outcomes.get(workspace.id)
    if (!outcome) {
      rows.push({ label, workspaceUrl: url, skipped: true, note: skipped.get(workspace.id) })
      runs[label] = { skipped: true, reason: skipped.get(workspace.id) }
      continue
    }
    const layout = sourceLayout(outcome.configuration, outcome.workspace ?? workspace, env)
    if (inputs.annotations && outcome.run) for (const annotation of annotationsOf(diagnosticsOf(outcome), layout)) io.annotate(annotation)
    const report = reportOf(outcome, inputs.apiOrigin, env, inputs, layout)
    if (outcome.failure) failures.push(`${label}: ${outcome.failure}`)
    rows.push({
      label,
      workspaceUrl: url,
      report,
      failed: outcome.failure !== undefined,
      note: outcome.failure,
      policyStatus: policyStatusOf(outcome.checks)
    })
    const queued = triggers.find(t => t.workspace === label)?.queued
    runs[label] = { ...runEntry(outcome, inputs.apiOrigin), ...(queued?.length ? { 'triggered-runs': queued.map(r => r.id) } : {}) }
  }
  return { rows, runs, failures }
}

/** What the `runs` output says of one workspace's run: `fromJSON(steps.x.outputs.runs)['acme/app'].status`. */
function runEntry(outcome: RunOutcome, apiOrigin: string): Record<string, unknown> {
  const { run, workspace, plan } = outcome
  if (!run || !workspace) return { failure: outcome.failure }
  const p = plan.plan
  return {
    id: run.id,
    url: runUrl(apiOrigin, workspace, run.id),
    status: run.status,
    additions: p?.resourceAdditions ?? 0,
    changes: p?.resourceChanges ?? 0,
    destructions: p?.resourceDestructions ?? 0,
    imports: p?.resourceImports ?? 0,
    'has-changes': p?.hasChanges ?? false,
    applied: outcome.applied,
    discarded: outcome.discarded,
    'policy-status': policyStatusOf(outcome.checks),
    // The plan's JSON as read, for a later step's own checks of each workspace's plan (as `plan-json` for one).
    ...(plan.jsonFile ? { 'plan-json': plan.jsonFile, 'plan-json-format': plan.jsonFormat } : {}),
    ...(outcome.stateOutputs
      ? { outputs: Object.fromEntries(outcome.stateOutputs.outputs.filter(o => o.value !== undefined).map(o => [o.name, o.value])) }
      : {}),
    ...(outcome.failure ? { failure: outcome.failure } : {})
  }
}
