import { readFile } from 'node:fs/promises'
import { summarizePlan, type PlanSummary } from './summary.js'

/** Reads a saved JSON plan file into its summary. Throws with a plain message when the file is not a JSON plan. */
export async function readPlanSummary(path: string): Promise<PlanSummary> {
  const text = await readFile(path, 'utf8')
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new Error(`the JSON plan is not valid JSON (${(error as Error).message})`, { cause: error })
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('the JSON plan is not a JSON object')
  return summarizePlan(doc)
}
