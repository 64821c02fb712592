/**
 * The inputs of pull-request automation: comment commands (`command-prefix`, `command-permission`,
 * `allow-fork-pull-requests`, `apply-requirements`, `merge-after-apply`) and a check run per workspace (`checks`).
 * Read and checked with the others, before anything is sent.
 */
import { Inputs } from './constants.js'
import { InputError, type InputGetter } from './input-error.js'
import { booleanInput } from './input-values.js'

/** Who may command, from least to most: a commenter needs at least `command-permission`. */
export const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const
export type Permission = (typeof PERMISSIONS)[number]

export const REQUIREMENTS = ['approved', 'mergeable', 'up-to-date'] as const
export type ApplyRequirement = (typeof REQUIREMENTS)[number]

export interface CommandInputs {
  prefix: string
  permission: 'write' | 'maintain' | 'admin'
  allowForks: boolean
  requirements: ApplyRequirement[]
  mergeAfterApply: boolean
  /** A check run per workspace: `auto` on pull requests and commands. */
  checks: 'auto' | 'true' | 'false'
}

export function parseCommandInputs(get: InputGetter): CommandInputs {
  const prefix = get(Inputs.CommandPrefix).trim() || '/tfe'
  if (/\s/.test(prefix) || prefix.length > 32)
    throw new InputError(Inputs.CommandPrefix, `Input \`command-prefix\` must be one word such as /tfe, not "${prefix.slice(0, 40)}".`)
  const permission = (get(Inputs.CommandPermission).trim() || 'write').toLowerCase()
  if (permission !== 'write' && permission !== 'maintain' && permission !== 'admin')
    throw new InputError(Inputs.CommandPermission, `Input \`command-permission\` must be write, maintain or admin, not "${permission}".`)
  const requirements = (get(Inputs.ApplyRequirements).trim() || 'approved')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(r => r.toLowerCase())
  const unknown = requirements.find(r => !(REQUIREMENTS as readonly string[]).includes(r) && r !== 'none')
  if (unknown)
    throw new InputError(
      Inputs.ApplyRequirements,
      `Input \`apply-requirements\` takes approved, mergeable and up-to-date (or none), not "${unknown}".`
    )
  const checks = (get(Inputs.Checks).trim() || 'auto').toLowerCase()
  if (checks !== 'auto' && checks !== 'true' && checks !== 'false')
    throw new InputError(Inputs.Checks, `Input \`checks\` must be auto, true or false, not "${checks}".`)
  return {
    prefix,
    permission,
    allowForks: booleanInput(get, Inputs.AllowForkPullRequests, false),
    requirements: requirements.filter((r): r is ApplyRequirement => r !== 'none'),
    mergeAfterApply: booleanInput(get, Inputs.MergeAfterApply, false),
    checks
  }
}
