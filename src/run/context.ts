import type { Clock } from '../clock.js'
import type { ActionInputs } from '../inputs.js'
import type { TfcHttp } from '../tfc/http.js'

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
  /**
   * A transport for stopping the run after the step's own is past its deadline or aborted: same host, token and
   * proxy, no step signal, a deadline `budgetMs` from now. The caller disposes of it.
   */
  stopTransport(budgetMs: number): TfcHttp
}
