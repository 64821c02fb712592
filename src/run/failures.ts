import type { ActionInputs } from '../inputs.js'
import { InputError } from '../inputs.js'
import { ApiError, OutcomeUnknownError, TransportError } from '../tfc/errors.js'

/** A failure the user can act on; its message is the whole story (no stack trace needed). */
export class StepFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepFailure'
  }
}

/** The step's `timeout` ran out while waiting for `phase`; `detail` says why the run never started, when known. */
export class TimedOut extends Error {
  constructor(
    readonly phase: 'upload' | 'plan' | 'apply',
    readonly detail?: string
  ) {
    super(phase)
  }
}

/** The job was cancelled (SIGINT/SIGTERM) while waiting for `phase`. */
export class Interrupted extends Error {
  constructor(readonly phase: 'plan' | 'apply') {
    super(phase)
  }
}

/** Runs an API call, turning the 404 and 422 answers users hit most into messages that say what to check. */
export async function explained<T>(call: () => Promise<T>, notFound: string, isWrite = false): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      throw new StepFailure(
        isWrite
          ? `${notFound} HCP Terraform answered 404: the workspace or configuration version is gone, or the token lacks permission to queue runs (organization tokens cannot create runs; use a team or user token).`
          : notFound
      )
    }
    if (error instanceof ApiError && error.status === 422) {
      throw new StepFailure(
        `${notFound} HCP Terraform rejected the request: ${[error.title, error.detail].filter(Boolean).join(': ') || '422 unprocessable entity'}.`
      )
    }
    throw error
  }
}

/** One line a user can act on, for every way the step can fail. */
export function describeFailure(error: unknown, inputs: Pick<ActionInputs, 'apiOrigin'>): string {
  const host = new URL(inputs.apiOrigin).host
  if (error instanceof StepFailure || error instanceof InputError) return error.message
  if (error instanceof ApiError) {
    switch (error.status) {
      case 401:
        return `HCP Terraform at ${host} rejected the token (401 Unauthorized). Check that \`token\` (or TF_API_TOKEN) holds a valid, unexpired user or team API token for ${host}.`
      case 403:
        return `${error.message}: the token is not allowed to do this. Organization tokens cannot create or act on runs; use a team token with plan/apply permission on the workspace.`
      case 404:
        return `${error.message}: not found, or the token cannot see it (HCP Terraform answers 404 for both).`
      case 429:
        return error.message
      default:
        return `HCP Terraform at ${host}: ${error.message}.`
    }
  }
  if (error instanceof OutcomeUnknownError) return `${error.message}. Check the workspace's runs on ${host} before re-running this step.`
  if (error instanceof TransportError) return error.message
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`
}
