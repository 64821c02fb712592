/** The simulator's data: workspaces, configuration versions and runs, as scenarios script them. */
import { randomBytes } from 'node:crypto'
import type { ArtefactName } from './artefacts.js'

/** Run tasks, policy evaluations and the Sentinel check a script configures (their behaviour: sim/tfc/checks.ts). */
export interface SimTask {
  name: string
  status: 'passed' | 'failed' | 'errored'
  enforcement: 'advisory' | 'mandatory'
  message?: string
  url?: string
}

export interface SimPolicySet {
  name: string
  description?: string
  /** A mandatory failure waits for an override (task stage `awaiting_override`) instead of ending the run. */
  overridable?: boolean
  kind?: 'opa' | 'sentinel'
  outcomes: Array<{
    policy_name: string
    status: 'passed' | 'failed' | 'errored'
    enforcement_level: 'advisory' | 'mandatory' | null
    description?: string
  }>
}

export interface SimChecks {
  /** Post-plan run tasks. */
  tasks?: SimTask[]
  /** Post-plan policy evaluation (OPA, or agent-mode Sentinel). */
  policySets?: SimPolicySet[]
  /** The legacy Sentinel check's output text; its status comes from the script's `policy`. */
  sentinelOutput?: string
  sentinelScope?: 'organization' | 'workspace'
  /** The server ignores `include` on a task stage: results and evaluations must be read one by one. */
  ignoreInclude?: boolean
  /** Whether the token may override; by default only an admin token may. */
  canOverride?: boolean
}

/** How runs on a workspace behave. Every field is optional; the defaults make a quick plan with changes. */
export interface RunScript {
  /** What the plan finds. */
  plan?: 'changes' | 'no-changes' | 'errored'
  /** The server side-loads nothing with a run (`include=` ignored, as a proxy that drops the query would). */
  ignoreRunInclude?: boolean
  /**
   * A case the real Terraform CLI planned (sim/artefacts/): its logs, JSON plans and counts. By default `default`
   * (one create), `no-changes` or `error-module` by `plan`, unless the script has counts or a plan of its own.
   */
  artefact?: ArtefactName
  counts?: { additions: number; changes: number; destructions: number; imports?: number }
  /** Served by json-output (unredacted) and, unless `redactedJson` is given, json-output-redacted. */
  planJson?: string
  /** Served by both JSON plan endpoints from this file, streamed (a plan larger than a string can be). */
  planJsonFile?: string
  /** null: json-output-redacted answers 404. */
  redactedJson?: string | null
  /** json-output needs workspace admin; 'forbidden' answers 404 as HCP Terraform does for non-admins. */
  jsonOutput?: 'ok' | 'forbidden'
  planLog?: string
  applyLog?: string
  apply?: 'ok' | 'errored'
  costEstimation?: boolean
  /** The cost estimate's figures (decimal strings, as the API sends them), or 'skipped' for a targeted plan. */
  cost?: { proposed: string; prior: string; delta: string; matched: number; total: number } | 'skipped'
  policy?: 'passed' | 'soft_failed' | 'hard_failed'
  postPlanTask?: 'passed' | 'awaiting_override'
  /** Run tasks, policy evaluations and the Sentinel check's output (sim/tfc/checks.ts). */
  checks?: SimChecks
  /** Time each passing status lasts. */
  stepMs?: number
  /** Time `plan_queued` lasts (waiting for the organization's capacity); `stepMs` when absent. */
  planQueuedMs?: number
  /** Time `planning` lasts; Infinity never finishes. */
  planMs?: number
  applyMs?: number
  /** The outputs the apply leaves in state; by default those the artefact's apply log reports. */
  stateOutputs?: SimStateOutput[]
  /** Time until HCP Terraform has processed a new state version (its outputs read as empty before). */
  stateProcessMs?: number
  /** Time from a cancel request until the run is `canceled`. */
  cancelMs?: number
  forceCancelCoolOffMs?: number
}

export interface SimWorkspace {
  id: string
  name: string
  organization: string
  autoApply?: boolean
  executionMode?: 'remote' | 'local' | 'agent'
  locked?: boolean
  /** Who holds the lock, for the `locked-by` relationship (and `include=locked_by`). */
  lockedBy?: { type: 'users' | 'teams' | 'runs'; id: string; name: string }
  lockedReason?: string
  /** The workspace's working directory, as the API returns it ("", null or "/networking"). */
  workingDirectory?: string | null
  /** An upload into this workspace ends `errored` with this message (a server that could not process it). */
  uploadError?: string
  /**
   * Uploads into this workspace are accepted, and every run on them fails in setup with this unpacking error, as
   * an archive HCP Terraform cannot unpack does (sim/tfc-simulator.ts `uploaded` says why).
   */
  unpackError?: string
  /** Older Terraform Enterprise versions send no `permissions` on workspaces. */
  hidePermissions?: boolean
  /** The current health assessment result; absent: none (assessments off, not entitled), answered 404. */
  assessment?: { drifted: boolean; succeeded?: boolean; ageMs?: number; planJson?: string }
  /** The token may not read state outputs: their endpoints answer 404. */
  hideOutputs?: boolean
  /**
   * The token has "read state outputs" but not "read state versions" (the permission a team is often given for
   * outputs): the outputs endpoints answer, a state version itself answers 404.
   */
  outputsOnly?: boolean
  /** List sensitive output values, as older Terraform Enterprise releases do (current HCP Terraform lists null). */
  listsSensitiveOutputs?: boolean
  currentRunId?: string
  latestCvId?: string
  structuredRunOutput?: boolean
  script?: RunScript
  /** Flat tags (`tag-names`). */
  tags?: string[]
  /** Key/value tag bindings. */
  tagBindings?: Array<{ key: string; value: string }>
  projectId?: string
  /** Automatic run triggering: false runs on any change; true (the default) follows the paths below. */
  fileTriggersEnabled?: boolean
  triggerPrefixes?: string[]
  triggerPatterns?: string[]
  /**
   * Inbound run triggers: the IDs of the workspaces whose successful applies queue a run here
   * (`GET /workspaces/:id/run-triggers`).
   */
  triggeredBy?: string[]
  /**
   * Runs a run trigger queues here carry only `source: "tfe-run-trigger"`, not `triggering-source-name` (a server
   * that sends nothing else).
   */
  triggerSourceOnly?: boolean
  /** A run queued here by a run trigger applies without confirmation (`auto-apply-run-trigger`). */
  autoApplyRunTrigger?: boolean
}

export interface SimStateOutput {
  name: string
  value: unknown
  sensitive?: boolean
  /** Terraform's type, as `detailed-type`: "string", ["list","string"], … */
  type?: unknown
}

/** A state version an apply wrote: processed (its outputs readable) from `processedAt`. */
export interface SimStateVersion {
  id: string
  workspaceId: string
  createdAt: number
  processedAt: number
  outputs: Array<SimStateOutput & { id: string }>
}

export interface SimConfigurationVersion {
  id: string
  workspaceId: string
  status: string
  speculative?: boolean
  provisional?: boolean
  autoQueueRuns?: boolean
  source?: string
  errorMessage?: string
  /** The archive as uploaded, byte for byte: tests compare it with what the Terraform CLI uploads. */
  archive?: Buffer
  /** The archive could not be unpacked: runs on this configuration version fail in setup with this. */
  unpackError?: string
  /** What the upload unpacked to, as HCP Terraform's unpacker would: name → content (files) or target (symlinks). */
  files?: Map<string, { type: 'file' | 'directory' | 'symlink'; content?: string; linkname?: string; mode: number }>
}

export interface Step {
  status: string
  ms: number
}

export interface SimRun {
  id: string
  workspaceId: string
  cvId: string
  planId: string
  applyId: string
  message: string
  isDestroy: boolean
  planOnly: boolean
  refresh: boolean
  refreshOnly: boolean
  autoApply: boolean
  targetAddrs: string[] | null
  replaceAddrs: string[] | null
  variables: Array<{ key: string; value: string }>
  createdAt: number
  script: Required<
    Omit<
      RunScript,
      | 'planJson'
      | 'planJsonFile'
      | 'redactedJson'
      | 'planLog'
      | 'applyLog'
      | 'counts'
      | 'cost'
      | 'checks'
      | 'planQueuedMs'
      | 'artefact'
      | 'stateOutputs'
      | 'stateProcessMs'
      | 'ignoreRunInclude'
    >
  > &
    RunScript
  /** Status timeline: each step lasts `ms`, the last one until the next action. */
  steps: Step[]
  stepsFrom: number
  reached: Map<string, number>
  cancelRequestedAt?: number
  actionsLog: string[]
  /** A saved plan: bypasses the queue, rests `planned_and_saved`, is discarded when another run applies first. */
  savePlan: boolean
  /** Its apply's consequences (stale saved plans discarded) have been applied. */
  staleDone?: boolean
  /** Queued by a run trigger: the source workspace's name (`triggering-source-name`). */
  triggeringSourceName?: string
  /** How the run came to be (`source`): `tfe-api` for runs made through the API, `tfe-run-trigger` for triggered ones. */
  source?: 'tfe-api' | 'tfe-run-trigger'
  /** The server does not send `triggering-source-name` for this run. */
  hideTriggeringSourceName?: boolean
  /** Checks a person (or this action) overrode: the post-plan task stage, the Sentinel policy check. */
  overridden: Set<'post_plan' | 'sentinel'>
  /** Run comments, as posted (`POST /runs/:id/comments`). */
  comments: string[]
  /** The comment each override was sent with. */
  overrideComments: string[]
  /** Its configuration version's archive could not be unpacked: the run fails in setup with this. */
  setupError?: string
  /** Waiting for its turn in the workspace queue: stays `pending` while another run holds the workspace or it is locked. */
  queued: boolean
}

/**
 * What a token may do on every workspace: `planner` queues plans only, `writer` also applies, `admin` also
 * destroys and force-cancels; `reader` and `organization` tokens act on no run (§1.2).
 */
export type TokenRole = 'admin' | 'writer' | 'planner' | 'reader' | 'organization'

export const DEFAULT_SCRIPT = {
  plan: 'changes' as const,
  jsonOutput: 'ok' as const,
  apply: 'ok' as const,
  costEstimation: false,
  policy: 'passed' as const,
  postPlanTask: 'passed' as const,
  stepMs: 30,
  planMs: 60,
  applyMs: 60,
  cancelMs: 40,
  forceCancelCoolOffMs: 200
}

export function newId(prefix: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789'
  const bytes = randomBytes(16)
  return `${prefix}-${Array.from(bytes, b => alphabet[b % alphabet.length]).join('')}`
}

/** HCP Terraform's timestamps: seconds with +00:00, except `created-at` of runs, which has milliseconds and Z. */
export function iso(ms: number, precise = false): string {
  const text = new Date(ms).toISOString()
  return precise ? text : text.replace(/\.\d{3}Z$/, '+00:00')
}

/** A request as the simulator records it, before it is answered (`status` 0 until then). */
export function recordOf(
  req: { method?: string; headers: Record<string, string | string[] | undefined> },
  url: URL,
  origin: RecordedRequest['origin'],
  at: number
): RecordedRequest {
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.search,
    hasAuthorization: req.headers.authorization !== undefined,
    headers: { ...req.headers },
    status: 0,
    origin,
    at
  }
}

/** What the simulator saw: every request to either origin, for tests to assert on. */
export interface RecordedRequest {
  method: string
  path: string
  query: string
  hasAuthorization: boolean
  headers: Record<string, string | string[] | undefined>
  status: number
  origin: 'api' | 'archive'
  at: number
}
