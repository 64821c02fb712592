import { isAbsolute, posix, relative, resolve, sep } from 'node:path'
import type { Workspace } from '../tfc/types.js'
import { uploadLayout } from '../upload/working-directory.js'
import { within } from '../upload/within.js'
import { globRegex } from './glob.js'

/** Whether a change touches a workspace, and in words why (or why not), for the report. */
export interface Touch {
  touched: boolean
  reason: string
}

/** A file name as a pull request wrote it may hold a newline (a forged log line) or other control characters. */
function shown(path: string): string {
  return /[\x00-\x1f\x7f]/.test(path) ? JSON.stringify(path) : path
}

function under(path: string, directory: string): boolean {
  const dir = directory.replace(/^\/+|\/+$/g, '')
  return !dir || path === dir || path.startsWith(`${dir}/`)
}

/**
 * Where the workspace's archive root is in the repository, `/`-separated ('' for the repository root), when the
 * step uploads `directory`: the working directory, trigger prefixes and patterns are paths in the archive, which
 * is `directory` (or the ancestor the working directory makes its root, as the upload decides), not the
 * repository root. Undefined when the archive root is outside the checkout: then no change can be mapped to it.
 */
export function archiveRootInRepository(directory: string | undefined, workingDirectory: string, checkout: string): string | undefined {
  if (!directory) return ''
  const absolute = isAbsolute(directory) ? resolve(directory) : resolve(checkout, directory)
  const root = uploadLayout(absolute, workingDirectory).root
  return within(checkout, root) ? relative(checkout, root).split(sep).join('/') : undefined
}

/** The workspace's trigger settings as paths from the repository root, given where its archive root is. */
function inRepository(
  workspace: Pick<Workspace, 'workingDirectory' | 'triggers'>,
  root: string
): { wd: string; prefixes: string[]; patterns: string[] } {
  const join = (path: string): string => posix.join(root, path.replace(/^\/+/, '')).replace(/^\.$|\/+$/g, '')
  return {
    wd: workspace.workingDirectory ? join(workspace.workingDirectory) : root,
    prefixes: workspace.triggers.prefixes.map(join),
    patterns: workspace.triggers.patterns.map(p => `/${join(p)}`)
  }
}

/**
 * HCP Terraform's rule for starting a VCS run, applied to the files a change touches (paths from the repository
 * root): with file triggers off, any change; with trigger patterns, a change matching one of them (patterns are
 * used instead of the working directory and prefixes); otherwise a change under the working directory or one of the
 * trigger prefixes. A workspace with file triggers on but no working directory, prefixes or patterns treats the
 * whole archive as its own. `root` is where the archive root is in the repository (archiveRootInRepository).
 * Pure.
 */
export function touches(workspace: Pick<Workspace, 'workingDirectory' | 'triggers'>, changed: readonly string[], root = ''): Touch {
  const { fileTriggersEnabled } = workspace.triggers
  if (!changed.length) return { touched: false, reason: 'the change touches no files' }
  if (!fileTriggersEnabled) return { touched: true, reason: 'file triggers are off: any change runs it' }
  const { wd, prefixes, patterns } = inRepository(workspace, root)
  if (!wd && !prefixes.length && !patterns.length) return { touched: true, reason: 'no working directory: the whole repository is its own' }
  const regexes = patterns.map(globRegex)
  const directories = patterns.length ? [] : [...(wd ? [wd] : []), ...prefixes]
  for (const path of changed) {
    const dir = directories.find(d => under(path, d))
    if (dir !== undefined) return { touched: true, reason: `${shown(path)} is under ${dir}` }
    const at = regexes.findIndex(re => re.test(path))
    if (at >= 0) return { touched: true, reason: `${shown(path)} matches ${patterns[at]}` }
  }
  const watched = [...directories.map(d => `under ${d}`), ...patterns.map(p => `matching ${p}`)]
  return { touched: false, reason: `no change ${watched.join(' or ')}` }
}
