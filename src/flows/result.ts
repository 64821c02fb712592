import type { Annotation } from '../report/annotations.js'
import type { RunOutcome } from '../run/outcome.js'

/**
 * What a flow that ends a step (one workspace, a set, a drift check, a command) hands back: main.ts is the one
 * place that writes it to the runner (outputs, annotations, summary, failure, and what the post step is told).
 * Comments and check runs are written by the flows as the runs go, since they show progress.
 */
export interface FlowResult {
  outputs: Record<string, string>
  /** The job summary, rendered when it is written (a rendering error is then a warning, never the step's failure). */
  summary?: () => string | Promise<string>
  annotations?: Annotation[]
  /** The step's one failure line; undefined when it succeeded. */
  failure?: string
  /** Runs of this step that may still be pending: the post step tries once more to stop them. */
  cleanup: string[]
  /** The single workspace's outcome, when there was one. */
  outcome?: RunOutcome
}

/** A step that ends before any run: nothing to stop, one line of why. */
export function endedEarly(failure: string | undefined, summary?: () => string): FlowResult {
  return { outputs: {}, failure, summary, cleanup: [] }
}
