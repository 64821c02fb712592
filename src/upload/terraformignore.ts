/**
 * `.terraformignore`, with the semantics of go-slug (the packer the Terraform CLI and go-tfe use), which are not
 * `.gitignore`'s: a pattern is unanchored unless it starts with `/` (even with a `/` inside), a pattern without a
 * trailing `/` drops only a directory's own entry (the walk still descends), and `!` can re-include below an
 * excluded directory. The default rules apply even when the file exists. ../shared/tfc-api-addendum.md §1.4.
 */

export interface IgnoreRule {
  /** The pattern as go-slug keeps it: a `**` segment prepended unless anchored, `**` appended to a directory pattern. */
  pattern: string
  negated: boolean
  /** A negation follows this rule: an excluded directory must still be walked. */
  negationsAfter: boolean
  regex: RegExp
  /** One of go-slug's defaults, not a line of the file. */
  builtIn?: boolean
}

export interface Exclusion {
  excluded: boolean
  /** Excluded, and no negation follows the deciding rule: a directory's whole subtree can be skipped. */
  dominating: boolean
  /** The deciding rule is one of go-slug's defaults, not the user's. */
  builtIn: boolean
}

/**
 * go-slug's defaults (internal/ignorefiles, since January 2024), in its order and with its flags: `.terraform/`
 * except `.terraform/modules/`, then `.git/`. The last matching rule decides, so `.git` below
 * `.terraform/modules/<m>/` (where `terraform init` clones `git::` modules, and whose `config` can hold a token from
 * the module's URL) is left out too; and with no negation after it, `.git/` dominates: its subtree is never walked.
 */
const DEFAULT_RULES: Array<{ pattern: string; negated: boolean; negationsAfter: boolean }> = [
  { pattern: '**/.terraform/**', negated: false, negationsAfter: true },
  { pattern: '**/.terraform/modules/**', negated: true, negationsAfter: false },
  { pattern: '**/.git/**', negated: false, negationsAfter: false }
]

/** The rules of a `.terraformignore` file (undefined: no file), after the defaults. */
export function parseTerraformIgnore(text: string | undefined): IgnoreRule[] {
  const rules: IgnoreRule[] = DEFAULT_RULES.map(rule => ({ ...rule, regex: toRegex(rule.pattern), builtIn: true }))
  for (const line of (text ?? '').split(/\r?\n/)) {
    let pattern = line.trim().normalize('NFC')
    if (!pattern || pattern.startsWith('#')) continue
    let negated = false
    if (pattern.startsWith('!')) {
      negated = true
      pattern = pattern.slice(1)
      // Every earlier rule up to the last one already marked now has a negation after it.
      for (let i = rules.length - 1; i >= 0 && !rules[i].negationsAfter; i--) rules[i].negationsAfter = true
      if (!pattern) continue
    }
    if (pattern.endsWith('/')) pattern += '**'
    pattern = pattern.startsWith('/') ? pattern.slice(1) : `**/${pattern}`
    rules.push({ pattern, negated, negationsAfter: false, regex: toRegex(pattern) })
  }
  return rules
}

/** The last matching rule decides; a path is relative to the root, `/`-separated, without a leading `/`. */
export function excludes(rules: readonly IgnoreRule[], path: string): Exclusion {
  const normalized = path.normalize('NFC')
  let excluded = false
  let dominating = false
  let builtIn = false
  for (const rule of rules) {
    if (!rule.regex.test(normalized)) continue
    excluded = !rule.negated
    dominating = excluded && !rule.negationsAfter
    builtIn = rule.builtIn === true
  }
  return { excluded, dominating, builtIn }
}

/**
 * go-slug's glob-to-regex conversion: `**` at the end matches anything, elsewhere any run of whole directories (a
 * following `/` is part of it);
 * `*` and `?` stop at `/`; `.` and `$` are literal; `\` escapes the next character; every other character is
 * passed to the regular expression unchanged (so `[a-z]` is a class).
 */
function toRegex(pattern: string): RegExp {
  let source = '^'
  const chars = [...pattern]
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    if (c === '*') {
      if (chars[i + 1] === '*') {
        i++
        if (chars[i + 1] === '/') i++
        source += i + 1 >= chars.length ? '.*' : '(.*/)?'
      } else {
        source += '[^/]*'
      }
    } else if (c === '?') {
      source += '[^/]'
    } else if (c === '.' || c === '$') {
      source += `\\${c}`
    } else if (c === '\\') {
      source += i + 1 < chars.length ? `\\${chars[++i]}` : '\\\\'
    } else {
      source += c
    }
  }
  try {
    return new RegExp(`${source}$`, 'u')
  } catch {
    // An invalid rule matches nothing, as go-slug carries on with the valid ones.
    return /(?!)/
  }
}
