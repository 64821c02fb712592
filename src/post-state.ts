import { State } from './constants.js'
import type { ActionIO } from './runtime.js'

/** The run IDs the main step left for the post step; a damaged value counts as none rather than failing the job. */
export function pendingRunIds(io: ActionIO): string[] {
  if (io.getState(State.MainFinished) === 'true') return []
  try {
    const ids = JSON.parse(io.getState(State.RunIds) || '[]') as unknown
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.startsWith('run-')) : []
  } catch {
    return []
  }
}
