/**
 * Globs as HCP Terraform's trigger patterns and workspace name selections read them: `*` and `?` stay within a
 * path segment, `**` spans segments (`/modules/**` matches everything below `modules`), `[abc]` is a class; the
 * pattern is anchored at both ends, and a leading `/` (the repository root) is optional.
 */
export function globRegex(pattern: string): RegExp {
  const text = pattern.replace(/^\/+/, '')
  let source = '^'
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '*' && text[i + 1] === '*') {
      i++
      if (text[i + 1] === '/') {
        i++
        source += '(?:.*/)?'
      } else source += '.*'
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else if (c === '[') {
      const end = text.indexOf(']', i + 1)
      if (end < 0) source += '\\['
      else {
        source += `[${text
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`${source}$`)
}

export function isGlob(text: string): boolean {
  return /[*?[]/.test(text)
}
