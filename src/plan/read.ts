import { createReadStream } from 'node:fs'
import { JsonPlanScanner } from './stream.js'
import { KEPT_MEMBERS, PlanSummaryBuilder, STREAMED_MEMBERS, type PlanSummary } from './summary.js'

/**
 * Reads a saved JSON plan file into its summary, streaming: the file is never held whole, nor parsed whole.
 * Throws with a plain message when the file is not a JSON plan.
 */
export async function readPlanSummary(path: string): Promise<PlanSummary> {
  const reader = planSummaryReader()
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) reader.push(chunk as Buffer)
  return reader.end()
}

/** The same reader fed chunk by chunk, as bytes arrive (a download read while it is written to disk). */
export function planSummaryReader(maxListed?: number): { push(chunk: Buffer): void; end(): PlanSummary } {
  const builder = new PlanSummaryBuilder(maxListed)
  const scanner = new JsonPlanScanner(STREAMED_MEMBERS, KEPT_MEMBERS, {
    element: (key, value, deferred) =>
      key === 'resource_changes' ? builder.resourceChange(value, deferred) : builder.drift(value, deferred),
    member: (key, value) => builder.member(key, value)
  })
  return {
    push: chunk => scanner.push(chunk),
    end: () => {
      scanner.end()
      return builder.build()
    }
  }
}
