/**
 * What changes inside one resource: each changed attribute, before -> after, computed from a resource change's
 * `before`, `after`, `after_unknown`, `before_sensitive` and `after_sensitive` (plan JSON format, both full and
 * redacted). A value marked sensitive on either side is never read into the result, only `(sensitive)`.
 */

/** How a side of an attribute is shown: a short rendering of a value, or what stands in for it. */
export type ShownValue = { kind: 'value'; text: string } | { kind: 'sensitive' } | { kind: 'unknown' } | { kind: 'absent' }

export interface AttributeChange {
  /** `tags["Name"]`, `ingress[0].cidr_blocks`. */
  path: string
  before: ShownValue
  after: ShownValue
  /** One of the plan's `replace_paths` is this attribute or contains it. */
  forcesReplacement: boolean
}

export interface AttributeDiff {
  /** The first MAX_ATTRIBUTES changed attributes, in path order. */
  attributes: AttributeChange[]
  /** Changed attributes past the first MAX_ATTRIBUTES, counted. */
  more: number
}

/** A resource's list stays readable; the rest is counted. */
export const MAX_ATTRIBUTES = 40
/** A long value (a policy document, user data) is shortened; its change is still visible. */
export const MAX_VALUE_CHARS = 80

type Marks = unknown

interface Side {
  value: unknown
  sensitive: Marks
  unknown: Marks
}

/** Whether a sensitivity or unknown mark covers this whole value (true here), as opposed to parts below. */
function covers(mark: Marks): boolean {
  return mark === true
}

function child(mark: Marks, key: string | number): Marks {
  if (mark === true) return true
  if (mark && typeof mark === 'object') return (mark as Record<string | number, unknown>)[key]
  return undefined
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object'
}

function pathStep(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  if (/^[A-Za-z_][\w-]*$/.test(key)) return path ? `${path}.${key}` : key
  return `${path}[${JSON.stringify(key)}]`
}

export function shortValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null'
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text
}

function shown(side: Side, present: boolean): ShownValue {
  if (!present) return { kind: 'absent' }
  // A whole object or list is shown in one piece only when no part of it is sensitive.
  if (hasMarkBelow(side.sensitive)) return { kind: 'sensitive' }
  if (covers(side.unknown)) return { kind: 'unknown' }
  return { kind: 'value', text: shortValue(side.value) }
}

/**
 * Two long values that share a long beginning (a policy document, say) are shown from a little before where they
 * differ, so the change is visible rather than cut off.
 */
export function shortPair(before: unknown, after: unknown): [string, string] {
  const b = JSON.stringify(before) ?? 'null'
  const a = JSON.stringify(after) ?? 'null'
  if (b.length <= MAX_VALUE_CHARS && a.length <= MAX_VALUE_CHARS) return [b, a]
  let same = 0
  while (same < b.length && same < a.length && b[same] === a[same]) same++
  const from = same > 20 ? same - 10 : 0
  const cut = (text: string): string => {
    const shown = from ? `…${text.slice(from)}` : text
    return shown.length > MAX_VALUE_CHARS ? `${shown.slice(0, MAX_VALUE_CHARS - 1)}…` : shown
  }
  return [cut(b), cut(a)]
}

/** Leaves and containers are compared by their JSON text. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Whether a sensitivity mark has any `true` below it: a container holding a sensitive part is compared by parts. */
function hasMarkBelow(mark: Marks): boolean {
  if (mark === true) return true
  if (mark && typeof mark === 'object') return Object.values(mark as Record<string, unknown>).some(hasMarkBelow)
  return false
}

function keysOf(value: unknown): Array<string | number> {
  if (Array.isArray(value)) return value.map((_, i) => i)
  if (isContainer(value)) return Object.keys(value)
  return []
}

function forces(path: string, replacePaths: readonly string[]): boolean {
  return replacePaths.some(p => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`))
}

/**
 * The changed attributes of an update or replacement. `replacePaths` are already formatted as attribute paths
 * (`formatPath` in summary.ts). Pure; never returns a sensitive value.
 */
export function attributeDiff(change: Record<string, unknown>, replacePaths: readonly string[] = []): AttributeDiff {
  const out: AttributeChange[] = []
  let more = 0
  const add = (path: string, before: ShownValue, after: ShownValue): void => {
    if (out.length < MAX_ATTRIBUTES) out.push({ path, before, after, forcesReplacement: forces(path, replacePaths) })
    else more++
  }

  const walk = (path: string, before: Side, after: Side, inBefore: boolean, inAfter: boolean): void => {
    if (covers(before.sensitive) || covers(after.sensitive)) {
      // Sensitive on either side: neither side's value is shown, and an unchanged sensitive value is not listed.
      const unchanged = inBefore && inAfter && !covers(after.unknown) && sameValue(before.value, after.value)
      if (!unchanged) add(path, inBefore ? { kind: 'sensitive' } : { kind: 'absent' }, inAfter ? { kind: 'sensitive' } : { kind: 'absent' })
      return
    }
    if (covers(after.unknown)) {
      add(path, shown(before, inBefore), { kind: 'unknown' })
      return
    }
    if (
      inBefore &&
      inAfter &&
      isContainer(before.value) &&
      isContainer(after.value) &&
      Array.isArray(before.value) === Array.isArray(after.value)
    ) {
      const b = before.value as Record<string | number, unknown>
      const a = after.value as Record<string | number, unknown>
      const keys = new Set<string | number>([...keysOf(b), ...keysOf(a), ...keysOf(after.unknown)])
      for (const key of [...keys].sort(compareKeys)) {
        const unknown = child(after.unknown, key)
        walk(
          pathStep(path, key),
          { value: b[key], sensitive: child(before.sensitive, key), unknown: undefined },
          { value: a[key], sensitive: child(after.sensitive, key), unknown },
          key in b,
          key in a || covers(unknown)
        )
      }
      return
    }
    if (inBefore && inAfter && sameValue(before.value, after.value)) return
    // An attribute that is null on one side and missing on the other did not change.
    if (!inBefore && (!inAfter || after.value === null)) return
    if (!inAfter && before.value === null) return
    const was = shown(before, inBefore)
    const now = shown(after, inAfter)
    if (was.kind === 'value' && now.kind === 'value') {
      const [from, to] = shortPair(before.value, after.value)
      add(path, { kind: 'value', text: from }, { kind: 'value', text: to })
    } else add(path, was, now)
  }

  walk(
    '',
    { value: change.before ?? {}, sensitive: change.before_sensitive, unknown: undefined },
    { value: change.after ?? {}, sensitive: change.after_sensitive, unknown: change.after_unknown },
    true,
    true
  )
  return { attributes: out, more }
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

/**
 * One line per attribute, as Terraform's plan prints them: `~ path = before -> after`; without `values`, only
 * `~ path` (the report on a public repository: see `attribute-values`).
 */
export function diffLines(diff: AttributeDiff, values = true): string[] {
  const text = (value: ShownValue): string =>
    value.kind === 'value' ? value.text : value.kind === 'sensitive' ? '(sensitive)' : value.kind === 'unknown' ? '(known after apply)' : ''
  const lines = diff.attributes.map(({ path, before, after, forcesReplacement }) => {
    const mark = forcesReplacement ? '  # forces replacement' : ''
    if (!values) return `${before.kind === 'absent' ? '+' : after.kind === 'absent' ? '-' : '~'} ${path}${mark}`
    if (before.kind === 'absent') return `+ ${path} = ${text(after)}${mark}`
    if (after.kind === 'absent') return `- ${path} = ${text(before)}${mark}`
    return `~ ${path} = ${text(before)} -> ${text(after)}${mark}`
  })
  if (diff.more) lines.push(`  … and ${diff.more} more changed attributes`)
  return lines
}
