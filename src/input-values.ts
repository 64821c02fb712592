/** Readings every input parser shares: a boolean, and a list written one item a line. */
import { InputError, type InputGetter } from './input-error.js'

/**
 * A boolean input as @actions/core's `getBooleanInput` reads one (YAML 1.2's core schema): true, True, TRUE,
 * false, False or FALSE; empty is `fallback`; anything else names the input.
 */
export function booleanInput(get: InputGetter, name: string, fallback: boolean): boolean {
  const raw = get(name).trim()
  if (raw === '') return fallback
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  throw new InputError(name, `Input \`${name}\` must be true or false, not "${raw}".`)
}

/** A multi-line input's items: each line trimmed, blank lines and `#` comments left out. */
export function inputLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
}
