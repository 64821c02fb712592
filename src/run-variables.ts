export interface RunVariable {
  key: string
  value: string
}

/**
 * Parses `name = value` lines into run variables. Values stay in HCL literal syntax, as the API wants them
 * (tfc-api.md §4.1: a string is `"abc"` with its quotes, a number `2`). Returns an error text naming the line.
 */
export function parseRunVariables(text: string): RunVariable[] | string {
  const variables: RunVariable[] = []
  const seen = new Set<string>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (!line || line.startsWith('#')) continue
    const match = /^([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*)$/.exec(line)
    if (!match) return `line ${i + 1} is not \`name = value\``
    const [, key, value] = match
    if (!value) return `line ${i + 1} (${key}) has no value; write a string as "text" with its quotes`
    if (!balanced(value)) return `line ${i + 1} (${key}) is not a complete HCL literal: check its quotes and brackets`
    if (!isLiteral(value)) {
      return `line ${i + 1} (${key}) is not an HCL literal: \`${value}\` needs quotes to be a string, as in ${key} = ${JSON.stringify(value)}`
    }
    if (seen.has(key)) return `line ${i + 1} sets ${key} a second time`
    seen.add(key)
    variables.push({ key, value })
  }
  return variables
}

/** A string, number, bool or null, or a list, object or tuple (checked for balance above); never a bare word. */
function isLiteral(value: string): boolean {
  return /^["[{(]/.test(value) || /^(true|false|null)$/.test(value) || /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)
}

/** A cheap check that catches the common slip (a forgotten closing quote or bracket); the server parses the rest. */
function balanced(value: string): boolean {
  const closers: string[] = []
  let inString = false
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '[') closers.push(']')
    else if (c === '{') closers.push('}')
    else if (c === '(') closers.push(')')
    else if (c === ']' || c === '}' || c === ')') {
      if (closers.pop() !== c) return false
    }
  }
  return !inString && closers.length === 0
}
