/** Names of the action's public contract (action.yml). Users' workflows depend on these: never rename. */
export const Inputs = {
  Token: 'token',
  Hostname: 'hostname',
  Organization: 'organization',
  Workspace: 'workspace',
  Workspaces: 'workspaces',
  WorkspaceTags: 'workspace-tags',
  ExcludeTags: 'exclude-tags',
  Project: 'project',
  ChangedOnly: 'changed-only',
  Parallel: 'parallel',
  Directory: 'directory',
  ConfigurationVersion: 'configuration-version',
  PromoteFrom: 'promote-from',
  Run: 'run',
  SavePlan: 'save-plan',
  Message: 'message',
  IsDestroy: 'is-destroy',
  PlanOnly: 'plan-only',
  Refresh: 'refresh',
  RefreshOnly: 'refresh-only',
  TargetAddrs: 'target-addrs',
  ReplaceAddrs: 'replace-addrs',
  Variables: 'variables',
  Apply: 'apply',
  AllowDestroy: 'allow-destroy',
  Discard: 'discard',
  WaitForApply: 'wait-for-apply',
  Timeout: 'timeout',
  PollInterval: 'poll-interval',
  ForceCancel: 'force-cancel',
  ShowLogs: 'show-logs',
  OverridePolicies: 'override-policies',
  OverrideReason: 'override-reason',
  Annotations: 'annotations',
  AttributeValues: 'attribute-values',
  Outputs: 'outputs',
  SensitiveOutputs: 'sensitive-outputs',
  DriftIssue: 'drift-issue',
  Comment: 'comment',
  GithubToken: 'github-token',
  CommentKey: 'comment-key',
  CommandPrefix: 'command-prefix',
  CommandPermission: 'command-permission',
  AllowForkPullRequests: 'allow-fork-pull-requests',
  ApplyRequirements: 'apply-requirements',
  MergeAfterApply: 'merge-after-apply',
  Checks: 'checks'
} as const

export const Outputs = {
  RunId: 'run-id',
  RunUrl: 'run-url',
  RunStatus: 'run-status',
  PlanId: 'plan-id',
  PlanStatus: 'plan-status',
  HasChanges: 'has-changes',
  ResourceAdditions: 'resource-additions',
  ResourceChanges: 'resource-changes',
  ResourceDestructions: 'resource-destructions',
  ResourceImports: 'resource-imports',
  ConfigurationVersionId: 'configuration-version-id',
  Applied: 'applied',
  Discarded: 'discarded',
  PlanJson: 'plan-json',
  CostProposedMonthly: 'cost-proposed-monthly',
  CostDeltaMonthly: 'cost-delta-monthly',
  PolicyStatus: 'policy-status',
  PlanJsonFormat: 'plan-json-format',
  CommentUrl: 'comment-url',
  Runs: 'runs',
  TerraformOutputs: 'outputs',
  ApplyAdditions: 'apply-additions',
  ApplyChanges: 'apply-changes',
  ApplyDestructions: 'apply-destructions',
  ApplyImports: 'apply-imports',
  Drifted: 'drifted',
  DriftIssueUrl: 'drift-issue-url'
} as const

/** Saved between the main and post steps, so the post step can cancel a run a killed main step left behind. */
export const State = {
  /** The run this step created, as earlier versions recorded it (their tests read it); the post step reads `run-ids`. */
  RunId: 'run-id',
  /** JSON list of the runs the post step must stop if the main step does not finish. */
  RunIds: 'run-ids',
  ApiUrl: 'api-url',
  MainFinished: 'main-finished'
} as const

/** Environment variables read as input fallbacks (the names HashiCorp's own tooling uses). */
export const Env = {
  Token: 'TF_API_TOKEN',
  Hostname: 'TF_HOSTNAME',
  Organization: 'TF_CLOUD_ORGANIZATION'
} as const

export const DEFAULT_HOSTNAME = 'app.terraform.io'
export const USER_AGENT = 'tfe-run-action/0.1'
