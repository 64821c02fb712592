import type { Annotation } from './report/annotations.js'

/**
 * What the action needs from its host: inputs, outputs, state, logging and the job summary. In production this is
 * @actions/core (see index.ts); tests pass a recorder so the action runs in-process against loopback servers.
 */
export interface ActionIO {
  getInput(name: string): string
  env: NodeJS.ProcessEnv
  setSecret(secret: string): void
  setOutput(name: string, value: string): void
  saveState(name: string, value: string): void
  getState(name: string): string
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  appendSummary(markdown: string): Promise<void>
  setFailed(message: string): void
  /** An error, warning or notice annotation, on a file when it names one. */
  annotate(annotation: Annotation): void
}

/**
 * Adds to the job summary. A summary that cannot be rendered or written is a warning, never the step's failure:
 * the step's outcome is in its outputs and its log either way.
 */
export async function writeSummary(io: ActionIO, markdown: () => string | Promise<string>): Promise<void> {
  try {
    await io.appendSummary(`${await markdown()}\n`)
  } catch (error) {
    io.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}
