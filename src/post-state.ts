import { State } from './constants.js'
import type { ActionIO } from './runtime.js'

/**
 * The runner's saved state, read as @actions/core reads it (`STATE_<name>` in the environment): the post step
 * decides whether it has anything to do before it loads anything else.
 */
export function envState(env: NodeJS.ProcessEnv): Pick<ActionIO, 'getState'> {
  return { getState: name => env[`STATE_${name}`] ?? '' }
}

/** The run IDs the main step left for the post step; a damaged value counts as none rather than failing the job. */
export function pendingRunIds(io: Pick<ActionIO, 'getState'>): string[] {
  if (io.getState(State.MainFinished) === 'true') return []
  try {
    const ids = JSON.parse(io.getState(State.RunIds) || '[]') as unknown
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.startsWith('run-')) : []
  } catch {
    return []
  }
}
