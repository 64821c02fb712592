import type { Clock } from '../clock.js'
import type { PullRequestContext } from '../github-event.js'
import type { ActionInputs } from '../inputs.js'
import type { TfcHttp } from '../tfc/http.js'
import type { Workspace } from '../tfc/types.js'
import type { ArchiveCache } from './configuration/packing.js'

/** What a stage may tell the runner: log lines and masks. Outputs and state are `main`'s alone. */
export interface StepLog {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  setSecret(secret: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** Read-only surroundings every stage gets; stages hand their results on as return values, never through here. */
export interface StepContext {
  readonly http: TfcHttp
  readonly inputs: ActionInputs
  readonly log: StepLog
  readonly env: NodeJS.ProcessEnv
  readonly clock: Clock
  /** Aborted on SIGINT/SIGTERM: the step stops the run it acts on and ends. */
  readonly signal?: AbortSignal
  /** When `timeout` runs out, on `clock`. */
  readonly deadline: number
  /** How many of a plan's changes to list (the rest are counted): fewer when one step reads many plans at once. */
  readonly listedChanges?: number
  /**
   * The shortest pause between two reads of the run: many runs followed at once share one request budget, and
   * each log's end marker wakes its reader anyway.
   */
  readonly pollFloorMs?: number
  /** The workspace as a selection of several just read it (`inputs.workspace` is its ID). */
  readonly selected?: Workspace
  /** With several workspaces: `directory` packed once per archive root, for every workspace's upload. */
  readonly archives?: ArchiveCache
  /**
   * `run: reviewed` for an open pull request (the `apply` comment command): its plans are looked for on it, at its
   * current head, instead of on the pull request merged as GITHUB_SHA.
   */
  readonly reviewedPullRequest?: PullRequestContext
  /** The read of `inputs.workspace`, sent before the lifecycle's code loaded (main.ts `firstRead`). */
  readonly workspaceRead?: Promise<Workspace>
  /** Said in the report of what the step did: who asked, by which comment command, in which workflow run. */
  readonly requestedBy?: string
  /**
   * A transport for stopping the run after the step's own is past its deadline or aborted: same host, token and
   * proxy, no step signal, a deadline `budgetMs` from now. The caller disposes of it.
   */
  stopTransport(budgetMs: number): TfcHttp
}
