import { commitOf, repositoryUrl } from '../github-event.js'
import { describeCost } from '../tfc/cost-estimates.js'
import { apiCounts } from '../run/read-plan.js'
import type { RunOutcome } from '../run/outcome.js'
import { runUrl, workspaceUrl } from '../run/workspace.js'
import type { Diagnostics } from '../plan/diagnostics.js'
import { repoPathOf, type SourceLayout } from './annotations.js'
import type { ShownDiagnostic } from './checks-section.js'
import type { ReportInput } from './render.js'

/** The report (summary and comment) of an outcome; undefined when there is no run to report on. */
export function reportOf(
  outcome: RunOutcome,
  apiOrigin: string,
  env: NodeJS.ProcessEnv,
  inputs: { isDestroy: boolean; planOnly: boolean; overrideReason: string; attributeValues: boolean },
  layout: SourceLayout
): ReportInput | undefined {
  const { overrideReason } = inputs
  const { kind, run, workspace, plan } = outcome
  if (!kind || !run || !workspace) return undefined
  const sha = commitOf(env)
  const commitUrl = sha && repositoryUrl(env, `commit/${sha}`)
  return {
    outcome: kind,
    action: outcome.action,
    failure: outcome.failure,
    run: {
      id: run.id,
      url: runUrl(apiOrigin, workspace, run.id),
      status: run.status,
      createdAt: run.createdAt,
      isDestroy: inputs.isDestroy,
      planOnly: inputs.planOnly
    },
    workspace: { organization: workspace.organization, name: workspace.name, url: workspaceUrl(apiOrigin, workspace) },
    configurationVersion: run.configurationVersionId
      ? { id: run.configurationVersionId, source: outcome.configuration?.source }
      : undefined,
    configurationWarning: outcome.configuration?.warning,
    commit: commitUrl && sha ? { sha, url: commitUrl } : undefined,
    counts: plan.summary ? undefined : apiCounts(plan.plan),
    plan: plan.summary,
    attributeValues: inputs.attributeValues,
    planNote: plan.note,
    cost: plan.cost && describeCost(plan.cost),
    log: outcome.applyLog ?? plan.log,
    checks: outcome.checks,
    stateOutputs: outcome.stateOutputs && {
      outputs: outcome.stateOutputs.outputs.map(({ name, type, sensitive }) => ({ name, type, sensitive })),
      note: outcome.stateOutputs.note
    },
    overrides: outcome.overrides?.length ? { what: outcome.overrides, reason: overrideReason } : undefined,
    diagnostics: shownDiagnostics(outcome, layout),
    diagnosticsDropped: (outcome.plan.diagnostics?.dropped ?? 0) + (outcome.applyDiagnostics?.dropped ?? 0)
  }
}

/** Every diagnostic of the run, plan then apply. */
export function diagnosticsOf(outcome: RunOutcome): Diagnostics['items'] {
  return [...(outcome.plan.diagnostics?.items ?? []), ...(outcome.applyDiagnostics?.items ?? [])]
}

function shownDiagnostics(outcome: RunOutcome, layout: SourceLayout): ShownDiagnostic[] | undefined {
  const all = diagnosticsOf(outcome)
  if (!all.length) return undefined
  return all.map(d => ({ ...d, where: d.range ? repoPathOf(d.range.filename, layout) : undefined }))
}
