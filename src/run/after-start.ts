/**
 * The lifecycle's stages after the run exists: waiting, reading the plan and its checks, deciding, acting. Loaded
 * apart from the start-up code (see `lifecycle.ts`): the step's first request does not wait for it, and it loads
 * while the step waits for HCP Terraform to answer.
 */
export { decideAfterPlan, isPlanSettled } from '../decide.js'
export { applyRun, discardRun } from './act.js'
export { waitForApply } from './apply-wait.js'
export { explainedDecision } from './checks.js'
export { PhaseLog } from './log-follower.js'
export { outcomeOf } from './outcome.js'
export { settleChecks } from './override.js'
export { countsOf, destroysOf, readPlanDetails } from './read-plan.js'
export { readStateOutputs } from './state-outputs.js'
export { needsBackstop } from './stop-step.js'
export { waitForRun } from './wait.js'
