import { ApiError, StoppedError } from '../tfc/errors.js'
import { listStateOutputs, readCurrentStateVersion, readStateOutput, readStateVersion, type StateOutput } from '../tfc/state-versions.js'
import type { Apply, Workspace } from '../tfc/types.js'
import type { StepContext } from './context.js'

/** The workspace's Terraform outputs after the run: every one's name, type and sensitivity; values as allowed. */
export interface StateOutputs {
  outputs: StateOutput[]
  /** Why there are none, or fewer than there might be (a warning has said so too). */
  note?: string
}

/** How often a state version is read while HCP Terraform processes it. */
const PROCESSED_POLL_MS = 1000

/**
 * The outputs of the state version the apply wrote (or the workspace's current one, after a plan with no
 * changes), read once HCP Terraform has processed it: before that they read as empty. Sensitive values are read
 * one by one, and masked, only with `sensitive-outputs`. Reading outputs needs "read state outputs": without it,
 * a warning, never a failure of a run that succeeded.
 */
export async function readStateOutputs(ctx: StepContext, workspace: Workspace, apply?: Apply): Promise<StateOutputs> {
  try {
    const id = apply?.stateVersionIds.at(-1) ?? (await readCurrentStateVersion(ctx.http, workspace.id))?.id
    if (!id) return { outputs: [], note: 'The workspace has no state yet.' }
    for (;;) {
      if ((await readStateVersion(ctx.http, id)).resourcesProcessed) break
      if (ctx.clock.now() + PROCESSED_POLL_MS >= ctx.deadline) {
        const note = `HCP Terraform had not processed state version ${id} before \`timeout\`: its outputs were not read.`
        ctx.log.warning(note)
        return { outputs: [], note }
      }
      await ctx.clock.sleep(PROCESSED_POLL_MS, ctx.signal)
    }
    const outputs = await listStateOutputs(ctx.http, id)
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
    ctx.log.info(`Read ${outputs.length} outputs of state version ${id}`)
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
