/**
 * Stands in for the bare `crypto` import in the bundle (tsconfig `paths`, which ncc follows). Only `@actions/core`
 * imports it so (file-command.js, for `randomUUID` in the delimiters of outputs and state): with this, Node's
 * crypto (some twenty internal modules) loads when the step first writes an output, not before its first request.
 * The action's own code imports `node:crypto`, which this does not touch.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export function randomUUID(): string {
  return (require('node:crypto') as typeof import('node:crypto')).randomUUID()
}
