import type { Workspace } from '../tfc/types.js'
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
 * HCP Terraform's rule for starting a VCS run, applied to the files a change touches (paths from the repository
 * root): with file triggers off, any change; with them on, a change under the working directory, or under one of
 * the trigger prefixes, or (when the workspace has patterns, which replace prefixes) matching one of the trigger
 * patterns. A workspace with file triggers on but no working directory, prefixes or patterns treats the whole
 * repository as its own. Pure.
 */
export function touches(workspace: Pick<Workspace, 'workingDirectory' | 'triggers'>, changed: readonly string[]): Touch {
  const { fileTriggersEnabled, prefixes, patterns } = workspace.triggers
  const wd = workspace.workingDirectory
  if (!changed.length) return { touched: false, reason: 'the change touches no files' }
  if (!fileTriggersEnabled) return { touched: true, reason: 'file triggers are off: any change runs it' }
  if (!wd && !prefixes.length && !patterns.length) return { touched: true, reason: 'no working directory: the whole repository is its own' }
  const regexes = patterns.map(globRegex)
  const directories = [...(wd ? [wd] : []), ...(patterns.length ? [] : prefixes)]
  for (const path of changed) {
    const dir = directories.find(d => under(path, d))
    if (dir !== undefined) return { touched: true, reason: `${shown(path)} is under ${dir}` }
    const at = regexes.findIndex(re => re.test(path))
    if (at >= 0) return { touched: true, reason: `${shown(path)} matches ${patterns[at]}` }
  }
  const watched = [...directories.map(d => `under ${d}`), ...patterns.map(p => `matching ${p}`)]
  return { touched: false, reason: `no change ${watched.join(' or ')}` }
}
