import { DEFAULT_HOSTNAME, Env, Inputs } from './constants.js'
import { formatDuration, parseDuration } from './duration.js'
import { parseCommandInputs, type CommandInputs } from './inputs-commands.js'
import { InputError, type InputGetter } from './input-error.js'
import { booleanInput, inputLines } from './input-values.js'
import { parseSetInputs, selectionNeedsOrganization, type SetInputs } from './inputs-selection.js'
import { parseRunVariables, type RunVariable } from './run-variables.js'

export { InputError, type InputGetter } from './input-error.js'

export type CommentMode = 'auto' | 'true' | 'false'

export interface ActionInputs {
  token: string
  /** Origin of the API host, e.g. `https://app.terraform.io`. */
  apiOrigin: string
  /** Set when the hostname was given as plain http:// (local test servers only). */
  insecureHttp: boolean
  organization: string
  /** Empty when `run` names a run (its workspace is then read from the run), or when `set` selects several. */
  workspace: string
  /** Several workspaces, selected by list, tags or project, and how to run them; undefined for one. */
  set?: SetInputs
  /** Adopt this run instead of creating one: a run ID, or "reviewed" (the saved plan of the merged pull request). */
  run: string
  /** Create the run as a saved plan, to be applied later exactly as reviewed. */
  savePlan: boolean
  /** The configuration to upload, as given (resolved against GITHUB_WORKSPACE when the upload starts). */
  directory: string
  configurationVersion: string
  promoteFrom: string
  message: string
  isDestroy: boolean
  planOnly: boolean
  refresh: boolean
  refreshOnly: boolean
  targetAddrs: string[]
  replaceAddrs: string[]
  variables: RunVariable[]
  apply: boolean
  allowDestroy: boolean
  discard: boolean
  waitForApply: boolean
  timeoutMs: number
  pollIntervalMs: number
  forceCancel: boolean
  /** Stream the run's plan and apply logs into the job log while they are written. */
  showLogs: boolean
  /** Override soft-failed policies and overridable task-stage failures, when the token may, with `overrideReason`. */
  overridePolicies: boolean
  overrideReason: string
  /** Terraform's diagnostics as GitHub annotations on the repository's files. */
  annotations: boolean
  /** Changed attributes in the report show their values (false: only their names). */
  attributeValues: boolean
  /** Read the workspace's Terraform outputs after an apply (and after a plan with no changes). */
  outputs: boolean
  /** Include sensitive outputs in the `outputs` output, masked. */
  sensitiveOutputs: boolean
  /** Find out whether the workspace drifted, and keep a GitHub issue about it (scheduled workflows). */
  driftIssue: boolean
  comment: CommentMode
  githubToken: string
  commentKey: string
  /** Comment commands and check runs (inputs-commands.ts). */
  commands: CommandInputs
}

const DEFAULT_POLL_INTERVAL_MS = 10_000
const WORKSPACE_NAME = /^[A-Za-z0-9_-]+$/
const RUN_ID = /^run-[A-Za-z0-9]+$/
const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/
const CV_ID = /^cv-[A-Za-z0-9]+$/
const ORGANIZATION = /^[A-Za-z0-9_-]+$/

function durationInput(get: InputGetter, name: string, fallback: string): number {
  const raw = get(name).trim() || fallback
  const ms = parseDuration(raw)
  if (ms === undefined || ms <= 0) {
    throw new InputError(name, `Input \`${name}\` must be a duration such as 90s, 15m or 1h30m (a bare number is seconds), not "${raw}".`)
  }
  return ms
}

/** Accepts `tfe.example.com`, `tfe.example.com:8443`, `https://tfe.example.com` or `http://127.0.0.1:8080`. */
export function parseHostname(raw: string): { origin: string; insecure: boolean } {
  if (/^[a-z][a-z0-9+.-]*:\/*$/i.test(raw.trim())) {
    throw new InputError(
      Inputs.Hostname,
      `Input \`hostname\` has no host name in "${raw.trim()}": write the host, such as app.terraform.io or https://tfe.example.com.`
    )
  }
  const text = raw.trim().replace(/\/+$/, '')
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new InputError(
      Inputs.Hostname,
      `Input \`hostname\` must be a host name such as app.terraform.io or a URL such as https://tfe.example.com, not "${raw}".`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      Inputs.Hostname,
      `Input \`hostname\` must use https:// (or http:// for a local test server), not ${url.protocol}//.`
    )
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new InputError(
      Inputs.Hostname,
      `Input \`hostname\` must be just the host (and port), without a path, query or credentials: "${url.host}".`
    )
  }
  return { origin: url.origin, insecure: url.protocol === 'http:' }
}

/** The API token: the input, else TF_API_TOKEN. Shared by the main step, its masking and the post step. */
export function tokenOf(get: InputGetter, env: NodeJS.ProcessEnv): string {
  return get(Inputs.Token).trim() || (env[Env.Token] ?? '').trim()
}

/** The yes/no inputs, a row each: the field, the input, its default. A new one is a row here (and a field above). */
const FLAGS = [
  ['isDestroy', Inputs.IsDestroy, false],
  ['planOnly', Inputs.PlanOnly, false],
  ['refresh', Inputs.Refresh, true],
  ['refreshOnly', Inputs.RefreshOnly, false],
  ['apply', Inputs.Apply, false],
  ['allowDestroy', Inputs.AllowDestroy, false],
  ['discard', Inputs.Discard, true],
  ['waitForApply', Inputs.WaitForApply, true],
  ['forceCancel', Inputs.ForceCancel, false],
  ['showLogs', Inputs.ShowLogs, true],
  ['annotations', Inputs.Annotations, true],
  ['attributeValues', Inputs.AttributeValues, true],
  ['outputs', Inputs.Outputs, true],
  ['sensitiveOutputs', Inputs.SensitiveOutputs, false],
  ['driftIssue', Inputs.DriftIssue, false],
  ['overridePolicies', Inputs.OverridePolicies, false],
  ['savePlan', Inputs.SavePlan, false]
] as const

type Flags = { [Row in (typeof FLAGS)[number] as Row[0]]: boolean }

function readFlags(get: InputGetter): Flags {
  return Object.fromEntries(FLAGS.map(([field, name, fallback]) => [field, booleanInput(get, name, fallback)])) as Flags
}

/** What the combination rules look at. */
type Combination = Flags & {
  run: string
  overrideReason: string
  directory: string
  configurationVersion: string
  promoteFrom: string
  replaceAddrs: string[]
}

/**
 * Inputs that cannot work together, a row each, in the order they are checked: the first that holds fails the
 * step, naming `input` (the one to change) and saying how.
 */
const CONFLICTS: Array<{ input: string; when: (c: Combination) => boolean; message: string | ((c: Combination) => string) }> = [
  {
    input: Inputs.Run,
    when: c => c.run !== '' && codeSource(c) !== undefined,
    message: c =>
      `Inputs \`run\` and \`${codeSource(c)}\` cannot be used together: \`run\` acts on an existing run, which has its code already. Remove one.`
  },
  {
    input: Inputs.Directory,
    when: c => c.directory !== '' && (c.configurationVersion !== '' || c.promoteFrom !== ''),
    message: c => {
      const other = c.configurationVersion ? Inputs.ConfigurationVersion : Inputs.PromoteFrom
      return `Inputs \`directory\` and \`${other}\` cannot be used together: each one chooses the code to run (upload this directory, or run ${other === Inputs.PromoteFrom ? "another workspace's applied" : 'an existing'} configuration version). Remove one.`
    }
  },
  {
    input: Inputs.PromoteFrom,
    when: c => c.configurationVersion !== '' && c.promoteFrom !== '',
    message:
      'Inputs `promote-from` and `configuration-version` cannot be used together: promote-from picks the configuration version itself. Remove one.'
  },
  {
    input: Inputs.SensitiveOutputs,
    when: c => c.sensitiveOutputs && !c.outputs,
    message:
      'Input `sensitive-outputs` is true but `outputs` is false: sensitive outputs are read only with the others. Set `outputs: true`, or remove `sensitive-outputs`.'
  },
  {
    input: Inputs.OverrideReason,
    when: c => c.overridePolicies && !c.overrideReason,
    message:
      'Input `override-reason` is required with `override-policies: true`: say why the failed policies may be overridden; it is recorded on the run and in the report.'
  },
  {
    input: Inputs.OverridePolicies,
    when: c => c.overrideReason !== '' && !c.overridePolicies,
    message:
      'Input `override-reason` is set but `override-policies` is not true: set `override-policies: true` to override soft-failed policies, or remove the reason.'
  },
  {
    input: Inputs.OverridePolicies,
    when: c => c.overridePolicies && c.planOnly,
    message:
      'Input `override-policies` cannot be used with `plan-only: true`: a plan-only run cannot be overridden (a soft failure ends it). Remove one.'
  },
  {
    input: Inputs.RefreshOnly,
    when: c => c.isDestroy && c.refreshOnly,
    message: 'Inputs `is-destroy` and `refresh-only` cannot both be true: a run either destroys or only refreshes. Set one to false.'
  },
  {
    input: Inputs.Refresh,
    when: c => c.refreshOnly && !c.refresh,
    message: 'Input `refresh` is false but `refresh-only` is true: a refresh-only run exists to refresh. Remove `refresh: false`.'
  },
  {
    input: Inputs.SavePlan,
    when: c => c.savePlan && c.planOnly,
    message:
      'Inputs `save-plan` and `plan-only` are both true: a saved plan is kept to be applied later, a plan-only run never can be. Set one to false.'
  },
  {
    input: Inputs.SavePlan,
    when: c => c.savePlan && c.apply,
    message:
      'Inputs `save-plan` and `apply` are both true: a saved plan is applied by a later step (`run: reviewed`, or `run:` with its ID). Set `apply` to false here.'
  },
  {
    input: Inputs.DriftIssue,
    when: c => c.driftIssue && driftConflict(c) !== undefined,
    message: c =>
      `Input \`drift-issue\` finds drift with a speculative refresh-only plan and applies nothing: it cannot be used with \`${driftConflict(c)}\`. Remove one.`
  },
  {
    input: Inputs.SavePlan,
    when: c => c.savePlan && c.run !== '',
    message: 'Inputs `save-plan` and `run` cannot be used together: `save-plan` creates a run, `run` acts on an existing one. Remove one.'
  },
  {
    input: Inputs.Apply,
    when: c => c.run === 'reviewed' && !c.apply,
    message:
      'Input `apply` must be true with `run: reviewed`, which applies the plan reviewed on the merged pull request: set `apply: true` to say so.'
  },
  {
    input: Inputs.Apply,
    when: c => c.planOnly && c.apply,
    message: 'Input `apply` is true but `plan-only` is true: a plan-only (speculative) run can never be applied. Set one of them to false.'
  },
  {
    input: Inputs.AllowDestroy,
    when: c => c.isDestroy && c.apply && !c.allowDestroy,
    message:
      'Inputs `is-destroy` and `apply` are both true, which destroys every resource of the workspace: set `allow-destroy` to true to confirm that this is intended.'
  },
  {
    input: Inputs.ReplaceAddrs,
    when: c => c.refreshOnly && c.replaceAddrs.length > 0,
    message: 'Input `replace-addrs` cannot be used with `refresh-only: true`: a refresh-only run changes no resources. Remove one.'
  }
]

/** The first input besides `run` that chooses the code to run, if any. */
function codeSource(c: Combination): string | undefined {
  return (
    [
      [Inputs.Directory, c.directory],
      [Inputs.ConfigurationVersion, c.configurationVersion],
      [Inputs.PromoteFrom, c.promoteFrom]
    ] as const
  ).find(([, value]) => value)?.[0]
}

/** The first input `drift-issue` cannot go with, if any. */
function driftConflict(c: Combination): string | undefined {
  return (
    [
      [Inputs.Apply, c.apply],
      [Inputs.SavePlan, c.savePlan],
      [Inputs.Run, c.run],
      [Inputs.IsDestroy, c.isDestroy]
    ] as const
  ).find(([, value]) => value)?.[0]
}

/** Reads and checks every input before anything is sent, so a mistake fails fast and creates nothing. */
export function parseInputs(get: InputGetter, env: NodeJS.ProcessEnv): ActionInputs {
  const token = tokenOf(get, env)
  if (!token) {
    throw new InputError(
      Inputs.Token,
      `Input \`token\` is required: pass a user or team API token, e.g. token: \${{ secrets.TF_API_TOKEN }}, or set the ${Env.Token} environment variable.`
    )
  }
  if (/\s/.test(token))
    throw new InputError(Inputs.Token, 'Input `token` contains white space; copy the API token again without spaces or line breaks.')

  const host = parseHostname(get(Inputs.Hostname).trim() || (env[Env.Hostname] ?? '').trim() || DEFAULT_HOSTNAME)

  const run = get(Inputs.Run).trim()
  if (run && run !== 'reviewed' && !RUN_ID.test(run)) {
    throw new InputError(Inputs.Run, `Input \`run\` must be a run ID such as run-CZcmD7eagjhyX0vN, or "reviewed", not "${run}".`)
  }
  const workspace = get(Inputs.Workspace).trim()
  const set = parseSetInputs(get)
  // A run ID names its workspace; everything else needs one, or a selection of several.
  if (!workspace && !RUN_ID.test(run) && !set)
    throw new InputError(
      Inputs.Workspace,
      'Input `workspace` is required: a workspace name (with `organization`) or a ws-… ID; or select several with `workspaces`, `workspace-tags` or `project`.'
    )
  if (set && run && run !== 'reviewed')
    throw new InputError(
      Inputs.Run,
      `Input \`run\` names one run, and \`${set.selection.kind === 'list' ? Inputs.Workspaces : Inputs.WorkspaceTags}\` selects several workspaces: give the run alone, or \`run: reviewed\` to apply each selected workspace's reviewed plan.`
    )
  if (workspace) checkWorkspaceRef(Inputs.Workspace, workspace)

  const promoteFrom = get(Inputs.PromoteFrom).trim()
  if (promoteFrom) checkWorkspaceRef(Inputs.PromoteFrom, promoteFrom)

  const organization = get(Inputs.Organization).trim() || (env[Env.Organization] ?? '').trim()
  const needsOrganization =
    [workspace, promoteFrom].some(ref => ref && !ref.startsWith('ws-')) || (set && selectionNeedsOrganization(set.selection))
  if (needsOrganization && !organization) {
    throw new InputError(
      Inputs.Organization,
      `Input \`organization\` is required when ${set ? 'workspaces are selected by name, tag or project' : 'a workspace is given by name'}: set it, or the ${Env.Organization} environment variable, or use a ws-… ID.`
    )
  }
  if (organization && !ORGANIZATION.test(organization)) {
    throw new InputError(Inputs.Organization, `Input \`organization\` may hold only letters, digits, - and _: "${organization}".`)
  }

  const configurationVersion = get(Inputs.ConfigurationVersion).trim()
  if (configurationVersion && !CV_ID.test(configurationVersion)) {
    throw new InputError(
      Inputs.ConfigurationVersion,
      `Input \`configuration-version\` must be a configuration version ID such as cv-n4XQPBa2QnecZJ4G, not "${configurationVersion}".`
    )
  }
  const directory = get(Inputs.Directory).trim()
  const flags = readFlags(get)
  const overrideReason = get(Inputs.OverrideReason).trim()
  const targetAddrs = inputLines(get(Inputs.TargetAddrs))
  const replaceAddrs = inputLines(get(Inputs.ReplaceAddrs))
  for (const [name, addrs] of [
    [Inputs.TargetAddrs, targetAddrs],
    [Inputs.ReplaceAddrs, replaceAddrs]
  ] as const) {
    const bad = addrs.find(addr => /\s/.test(addr.replace(/\[".*?"\]/g, '')))
    if (bad) throw new InputError(name, `Input \`${name}\` takes one resource address per line; "${bad}" is not an address.`)
  }
  const combination: Combination = { ...flags, run, overrideReason, directory, configurationVersion, promoteFrom, replaceAddrs }
  const conflict = CONFLICTS.find(rule => rule.when(combination))
  if (conflict)
    throw new InputError(conflict.input, typeof conflict.message === 'string' ? conflict.message : conflict.message(combination))

  const variables = parseRunVariables(get(Inputs.Variables))
  if (typeof variables === 'string') {
    throw new InputError(
      Inputs.Variables,
      `Input \`variables\`: ${variables}. Write one \`name = value\` per line, the value in HCL literal syntax.`
    )
  }

  const timeoutMs = durationInput(get, Inputs.Timeout, '1h')
  // Unset, the interval follows a short timeout down rather than failing over an input the user never wrote; the
  // runner passes action.yml's default (10s) as the input, so that value counts as unset too.
  const pollRaw = get(Inputs.PollInterval).trim()
  const pollIntervalMs =
    pollRaw && pollRaw !== '10s' ? durationInput(get, Inputs.PollInterval, '10s') : Math.min(DEFAULT_POLL_INTERVAL_MS, timeoutMs / 2)
  if (pollIntervalMs > timeoutMs) {
    throw new InputError(
      Inputs.PollInterval,
      `Input \`poll-interval\` (${formatDuration(pollIntervalMs)}) is longer than \`timeout\` (${formatDuration(timeoutMs)}); make it shorter.`
    )
  }

  const commentRaw = (get(Inputs.Comment).trim() || 'auto').toLowerCase()
  if (commentRaw !== 'auto' && commentRaw !== 'true' && commentRaw !== 'false') {
    throw new InputError(Inputs.Comment, `Input \`comment\` must be auto, true or false, not "${get(Inputs.Comment).trim()}".`)
  }

  return {
    ...flags,
    token,
    apiOrigin: host.origin,
    insecureHttp: host.insecure,
    organization,
    workspace,
    set,
    run,
    directory,
    configurationVersion,
    promoteFrom,
    message: get(Inputs.Message).trim(),
    targetAddrs,
    replaceAddrs,
    variables,
    timeoutMs,
    pollIntervalMs,
    overrideReason,
    comment: commentRaw,
    githubToken: get(Inputs.GithubToken).trim(),
    commentKey: get(Inputs.CommentKey).trim(),
    commands: parseCommandInputs(get)
  }
}

/** Warnings about inputs that work but deserve a second look. */
export function inputWarnings(inputs: ActionInputs): string[] {
  const warnings: string[] = []
  if (inputs.insecureHttp)
    warnings.push(
      `Input \`hostname\` uses plain http (${inputs.apiOrigin}): the token travels unencrypted. Use this only for a local test server.`
    )
  if (inputs.variables.length) {
    warnings.push(
      'Input `variables`: run variables are stored in plain text with the run in HCP Terraform, visible to anyone who can read its runs. Pass secrets as sensitive workspace variables instead.'
    )
  }
  return warnings
}

function checkWorkspaceRef(input: string, value: string): void {
  if (value.startsWith('ws-') ? WORKSPACE_ID.test(value) : WORKSPACE_NAME.test(value)) return
  throw new InputError(input, `Input \`${input}\` must be a workspace name (letters, digits, - and _) or a ws-… ID, not "${value}".`)
}
