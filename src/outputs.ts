import { Outputs } from './constants.js'
import { policyStatusOf } from './run/policy-status.js'
import type { RunOutcome } from './run/outcome.js'
import { runUrl } from './run/workspace.js'

/** The step's outputs for an outcome: the one place output names meet values. Nothing is set without a run. */
export function outputsOf(outcome: RunOutcome, apiOrigin: string): Record<string, string> {
  const { run, workspace, plan } = outcome
  if (!run || !workspace) return {}
  const outputs: Record<string, string> = {
    [Outputs.RunId]: run.id,
    [Outputs.RunUrl]: runUrl(apiOrigin, workspace, run.id),
    [Outputs.ConfigurationVersionId]: run.configurationVersionId ?? outcome.configuration?.id ?? ''
  }
  if (plan.plan) {
    const p = plan.plan
    Object.assign(outputs, {
      [Outputs.PlanId]: p.id,
      [Outputs.PlanStatus]: p.status,
      [Outputs.HasChanges]: String(p.hasChanges),
      [Outputs.ResourceAdditions]: String(p.resourceAdditions ?? 0),
      [Outputs.ResourceChanges]: String(p.resourceChanges ?? 0),
      [Outputs.ResourceDestructions]: String(p.resourceDestructions ?? 0),
      [Outputs.ResourceImports]: String(p.resourceImports ?? 0)
    })
  }
  if (plan.jsonFile) outputs[Outputs.PlanJson] = plan.jsonFile
  if (plan.cost?.status === 'finished' && plan.cost.proposedMonthlyCost !== undefined) {
    outputs[Outputs.CostProposedMonthly] = plan.cost.proposedMonthlyCost
    outputs[Outputs.CostDeltaMonthly] = plan.cost.deltaMonthlyCost ?? '0'
  }
  if (plan.jsonFormat) outputs[Outputs.PlanJsonFormat] = plan.jsonFormat
  if (outcome.apply) {
    Object.assign(outputs, {
      [Outputs.ApplyAdditions]: String(outcome.apply.resourceAdditions ?? 0),
      [Outputs.ApplyChanges]: String(outcome.apply.resourceChanges ?? 0),
      [Outputs.ApplyDestructions]: String(outcome.apply.resourceDestructions ?? 0),
      [Outputs.ApplyImports]: String(outcome.apply.resourceImports ?? 0)
    })
  }
  if (outcome.stateOutputs) {
    // name -> value as Terraform gives it; a sensitive one only when read (`sensitive-outputs`), masked already.
    const values: Record<string, unknown> = {}
    for (const output of outcome.stateOutputs.outputs) if (output.value !== undefined) values[output.name] = output.value
    outputs[Outputs.TerraformOutputs] = JSON.stringify(values)
  }
  outputs[Outputs.PolicyStatus] = policyStatusOf(outcome.checks)
  outputs[Outputs.RunStatus] = run.status
  // Both flags are always set, so `if: steps.x.outputs.applied == 'false'` never meets an empty string.
  outputs[Outputs.Applied] = String(outcome.applied)
  outputs[Outputs.Discarded] = String(outcome.discarded)
  return outputs
}
