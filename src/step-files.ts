import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The one folder of RUNNER_TEMP the step writes in. */
export const STEP_FOLDER = 'tfe-run-action'

/** An ID an API sent (a plan's, an assessment's) as it may name a file: letters, digits, `-` and `_`, nothing else. */
const FILE_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/

/**
 * The path of a file the step writes, named by an ID from HCP Terraform. The ID is checked before it is joined: a
 * compromised or impostor API answering `../../work/repo/package` must not write a file elsewhere on the runner.
 */
export async function stepFile(env: NodeJS.ProcessEnv, id: string, extension: '.json'): Promise<string> {
  if (!FILE_SAFE_ID.test(id))
    throw new Error(`HCP Terraform answered with an ID that is not one (${JSON.stringify(id.slice(0, 80))}); nothing was written for it`)
  const dir = join(env.RUNNER_TEMP || tmpdir(), STEP_FOLDER)
  await mkdir(dir, { recursive: true })
  return join(dir, `${id}${extension}`)
}
