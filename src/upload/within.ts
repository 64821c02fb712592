import { isAbsolute, relative, sep } from 'node:path'

/**
 * Whether `path` is `root` or below it, both absolute: decided by `relative`, which resolves `..` and, on Windows,
 * compares paths case-insensitively as the file system does (a `directory` typed as `D:\A\repo` is inside `d:\a`).
 */
export function within(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
