import type { Decision } from '../decide.js'
import type { Diagnostics } from '../plan/diagnostics.js'
import type { LogExcerpt } from '../plan/log.js'
import type { ChangeCounts } from '../plan/summary.js'
import type { Outcome } from '../report/render.js'
import type { Apply, Run, Workspace } from '../tfc/types.js'
import type { StateOutputs } from './state-outputs.js'
import type { Configuration } from './configuration/index.js'
import type { RunChecks } from './policy-status.js'
import type { PlanDetails } from './read-plan.js'

/** Everything the step found and did, as one value: `main` maps it to outputs, state and the report, once. */
export interface RunOutcome {
  /** Where the run stands for the report; undefined when no run was created. */
  kind?: Outcome
  /** What the step did with the run and why, in one sentence. */
  action: string
  /** Why the step fails, when it does. */
  failure?: string
  workspace?: Workspace
  configuration?: Configuration
  /** The run as last read. */
  run?: Run
  plan: PlanDetails
  /** The apply log's excerpt, when the apply failed. */
  applyLog?: LogExcerpt
  /** Errors and warnings from the apply log, when the step waited for the apply. */
  applyDiagnostics?: Diagnostics
  /** The apply, when the step waited for it: what it did, and the state version it wrote. */
  apply?: Apply
  /** The workspace's Terraform outputs after a successful apply (or a plan with no changes), when read. */
  stateOutputs?: StateOutputs
  /** Run tasks and policies, when the run has any. */
  checks?: RunChecks
  /** What this step overrode (`override-policies`). */
  overrides?: string[]
  applied: boolean
  discarded: boolean
  /** Runs the post step must still stop, should this step not get to record that they are done. */
  cleanup: string[]
}

/** Where a run stands for the report, from the decision taken on it and its final state. */
export function outcomeOf(decision: Decision, run: Run, counts: ChangeCounts | undefined): Outcome {
  switch (decision.code) {
    case 'destroy-refused':
      return 'destroy-refused'
    case 'awaiting-decision':
    case 'policy-soft-failed':
      return 'needs-decision'
    case 'not-applied':
    case 'discarded-elsewhere':
      return 'discarded'
    case 'left-for-confirmation':
      return 'left'
    case 'saved':
      return 'saved'
    case 'plan-errored':
      return 'errored'
    case 'checks-failed':
      return 'checks-failed'
    case 'canceled-elsewhere':
      return 'canceled'
    case 'applied-before-confirm':
    case 'applied-elsewhere':
      return 'applied'
    case 'no-changes':
      return 'no-changes'
    case 'speculative':
      return counts && Object.values(counts).some(n => n > 0) ? 'plan-only' : 'no-changes'
    case 'apply':
      return run.status === 'applied' ? 'applied' : 'applying'
    case 'unknown-status':
      return 'planned'
  }
}
