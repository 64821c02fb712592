import { ApiError, StoppedError } from '../tfc/errors.js'
import { listCurrentOutputs, readStateOutput, type StateOutput } from '../tfc/state-versions.js'
import type { Apply, Workspace } from '../tfc/types.js'
import type { StepContext } from './context.js'

/** The workspace's Terraform outputs after the run: every one's name, type and sensitivity; values as allowed. */
export interface StateOutputs {
  outputs: StateOutput[]
  /** Why there are none, or fewer than there might be (a warning has said so too). */
  note?: string
}

/** How often the outputs are asked for again while HCP Terraform processes the state (it answers 503 meanwhile). */
const PROCESSED_POLL_MS = 1000

/**
 * The workspace's outputs after the run, read once HCP Terraform has processed the state (before that they read as
 * empty). They are read through the outputs endpoints, which need only "read state outputs" (reading a state
 * version itself needs "read state versions", which an outputs-only token lacks). The final state of an apply is
 * the workspace's current state version once the run is applied: the apply's own list of state versions is not
 * documented as ordered, so it is not used to choose. Sensitive values are read one by one, and masked, only with
 * `sensitive-outputs`. A refusal is a warning, never a failure of a run that succeeded.
 */
export async function readStateOutputs(ctx: StepContext, workspace: Workspace, apply?: Apply): Promise<StateOutputs> {
  try {
    let outputs = await listCurrentOutputs(ctx.http, workspace.id)
    while (outputs === 'processing') {
      if (ctx.clock.now() + PROCESSED_POLL_MS >= ctx.deadline) {
        const note = "HCP Terraform had not processed the workspace's new state before `timeout`: its outputs were not read."
        ctx.log.warning(note)
        return { outputs: [], note }
      }
      await ctx.clock.sleep(PROCESSED_POLL_MS, ctx.signal)
      outputs = await listCurrentOutputs(ctx.http, workspace.id)
    }
    if (outputs === 'none') {
      // After an apply there is a state: a 404 is the permission. Before any, it may be either.
      const note = apply
        ? `Could not read the workspace's outputs (HCP Terraform answered 404): the token needs the "read state outputs" permission on ${workspace.organization}/${workspace.name}. The run itself is not affected.`
        : `The workspace has no state yet, or the token lacks the "read state outputs" permission on ${workspace.organization}/${workspace.name}: no outputs were read.`
      if (apply) ctx.log.warning(note)
      else ctx.log.info(note)
      return { outputs: [], note: apply ? note : 'The workspace has no state yet.' }
    }
    if (ctx.inputs.sensitiveOutputs) {
      for (const output of outputs) {
        if (!output.sensitive) continue
        if (output.value === undefined) output.value = (await readStateOutput(ctx.http, output.id)).value
        for (const secret of secretsOf(output.value)) ctx.log.setSecret(secret)
      }
    } else {
      // Never kept, even where an older server listed it: nothing downstream may print it by mistake.
      for (const output of outputs) if (output.sensitive) output.value = undefined
    }
    ctx.log.info(`Read ${outputs.length} outputs of the workspace's current state`)
    return { outputs }
  } catch (error) {
    if (error instanceof StoppedError) throw error
    const status = error instanceof ApiError ? error.status : undefined
    const note =
      status === 403 || status === 404
        ? `Could not read the workspace's outputs (HCP Terraform answered ${status}): the token needs the "read state outputs" permission on ${workspace.organization}/${workspace.name}. The run itself is not affected.`
        : `Could not read the workspace's outputs: ${(error as Error).message}. The run itself is not affected.`
    ctx.log.warning(note)
    return { outputs: [], note }
  }
}

/**
 * What to mask of a sensitive value: it as printed, each of its lines, and its JSON encoding; and the same for every
 * leaf of an object or list, since a later step reads one (`fromJSON(steps.tf.outputs.outputs).db.password`) and
 * prints it alone. Booleans and null are not masked: the runner masks every occurrence, and "true" is one bit.
 */
export function secretsOf(value: unknown): string[] {
  const out = new Set<string>()
  const add = (text: string): void => {
    for (const part of [text, ...text.split(/\r?\n/)]) if (part.trim().length > 0) out.add(part)
  }
  const visit = (node: unknown): void => {
    if (node === undefined || node === null || typeof node === 'boolean') return
    if (typeof node === 'string' || typeof node === 'number') add(String(node))
    else if (Array.isArray(node)) node.forEach(visit)
    else if (typeof node === 'object') Object.values(node).forEach(visit)
    add(JSON.stringify(node))
  }
  visit(value)
  return [...out]
}
