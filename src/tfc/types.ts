/**
 * Statuses and resource shapes of the HCP Terraform API (../shared/tfc-api.md §4-6). Only what the action reads
 * is typed; unknown statuses from newer servers are kept as strings so they are reported, not crashed on.
 */
export type RunStatus =
  | 'pending'
  | 'fetching'
  | 'fetching_completed'
  | 'pre_plan_running'
  | 'pre_plan_completed'
  | 'pre_plan_awaiting_decision'
  | 'queuing'
  | 'plan_queued'
  | 'planning'
  | 'planned'
  | 'post_plan_running'
  | 'post_plan_completed'
  | 'post_plan_awaiting_decision'
  | 'tf_policy_checked'
  | 'tf_policy_override'
  | 'cost_estimating'
  | 'cost_estimated'
  | 'policy_checking'
  | 'policy_override'
  | 'policy_soft_failed'
  | 'policy_checked'
  | 'planned_and_saved'
  | 'planned_and_finished'
  | 'confirmed'
  | 'pre_apply_running'
  | 'pre_apply_completed'
  | 'pre_apply_awaiting_decision'
  | 'queuing_apply'
  | 'apply_queued'
  | 'applying'
  | 'post_apply_running'
  | 'post_apply_completed'
  | 'applied'
  | 'discarded'
  | 'errored'
  | 'canceled'
  | 'force_canceled'

/** The run statuses after which nothing more happens (tfc-api.md §4.3, "Terminal set for the action"). */
export const TERMINAL_RUN_STATUSES: ReadonlySet<string> = new Set<RunStatus>([
  'applied',
  'planned_and_finished',
  'policy_soft_failed',
  'discarded',
  'errored',
  'canceled',
  'force_canceled'
])

/** From here on the run is applying or has applied: never cancel or discard it on the action's own account. */
export const APPLY_STARTED_STATUSES: ReadonlySet<string> = new Set<RunStatus>([
  'confirmed',
  'queuing_apply',
  'apply_queued',
  'pre_apply_running',
  'pre_apply_completed',
  'applying',
  'post_apply_running',
  'post_apply_completed',
  'applied'
])

/** Paused for a person: an override or a decision that this action must not take on anyone's behalf. */
export const AWAITING_DECISION_STATUSES: ReadonlySet<string> = new Set<RunStatus>([
  'policy_override',
  'tf_policy_override',
  'pre_plan_awaiting_decision',
  'post_plan_awaiting_decision',
  'pre_apply_awaiting_decision'
])

export type PhaseStatus =
  | 'pending'
  | 'managed_queued'
  | 'queued'
  | 'running'
  | 'errored'
  | 'canceled'
  | 'finished'
  | 'unreachable'
  | 'created'
  | 'agent_queued'
  | 'mfa_waiting'

/** A plan or an apply that has ended: what it says will not change. */
export function phaseEnded(status: string): boolean {
  return status === 'finished' || status === 'errored' || status === 'canceled' || status === 'unreachable'
}

export interface RunActions {
  isCancelable: boolean
  isConfirmable: boolean
  isDiscardable: boolean
  isForceCancelable: boolean
}

export interface Run {
  id: string
  status: RunStatus | (string & {})
  actions: RunActions
  message: string
  isDestroy: boolean
  planOnly: boolean
  /** A saved plan: planned outside the queue, applied later exactly as planned (or discarded when stale). */
  savePlan: boolean
  autoApply: boolean
  hasChanges: boolean
  createdAt: string
  /** Queued by a run trigger (`source: "tfe-run-trigger"`, or a triggering source named or related). */
  queuedByTrigger: boolean
  /** The name of the workspace whose apply queued it, where the server sends it (`triggering-source-name`). */
  triggeringSource?: string
  forceCancelAvailableAt?: string
  planId?: string
  applyId?: string
  configurationVersionId?: string
  workspaceId?: string
  costEstimateId?: string
  /** Task stages and Sentinel policy checks, when the document lists them (else read them to know). */
  taskStageIds?: string[]
  policyCheckIds?: string[]
  /** The plan and the apply as side-loaded by the read that returned this run (`include=plan,apply`), if it asked. */
  plan?: Plan
  apply?: Apply
}

/** The workspace permissions the action checks before it creates a run (tfc-api.md §2.2). */
export type WorkspacePermission = 'queueRun' | 'queueApply' | 'queueDestroy'

export interface Workspace {
  id: string
  name: string
  organization: string
  autoApply: boolean
  locked: boolean
  lockedReason?: string
  /** What holds the lock: a user, a team or a run (polymorphic relationship). */
  lockedBy?: { id: string; type: string }
  executionMode: string
  /** Where Terraform runs inside the uploaded archive, normalised: '' for its root. */
  workingDirectory: string
  currentRunId?: string
  /** Only the permissions the server sent; a missing one is unknown. */
  permissions: Partial<Record<WorkspacePermission, boolean>>
  htmlUrl?: string
  /** What starts a VCS run, which the step follows to run only what a change touches (`changed-only`). */
  triggers: WorkspaceTriggers
}

/** A workspace's automatic run triggering settings, as HCP Terraform keeps them for VCS-driven runs. */
export interface WorkspaceTriggers {
  /** False: any change starts a run. */
  fileTriggersEnabled: boolean
  /** Directories (from the repository root) whose changes start a run, besides the working directory. */
  prefixes: string[]
  /** Globs from the repository root; when set, they are used instead of prefixes. */
  patterns: string[]
}

export interface ConfigurationVersion {
  id: string
  status: string
  source: string
  speculative: boolean
  /** Why an `errored` configuration version failed, as the API says. */
  errorMessage?: string
}

export interface Plan {
  id: string
  status: PhaseStatus | (string & {})
  hasChanges: boolean
  resourceAdditions: number | null
  resourceChanges: number | null
  resourceDestructions: number | null
  resourceImports: number | null
  logReadUrl?: string
}

export interface Apply {
  id: string
  status: PhaseStatus | (string & {})
  resourceAdditions: number | null
  resourceChanges: number | null
  resourceDestructions: number | null
  resourceImports: number | null
  logReadUrl?: string
  /** The state versions the apply wrote, when the document lists them (the last is the result). */
  stateVersionIds: string[]
}
