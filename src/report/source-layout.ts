import { statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import type { Configuration } from '../run/configuration/index.js'
import type { Workspace } from '../tfc/types.js'
import type { SourceLayout } from './annotations.js'

/**
 * Where the planned code lives in this checkout. Only code uploaded from it (`directory`) is known to be there:
 * a workspace's latest or another workspace's configuration may be other code, so its diagnostics get no file.
 */
export function sourceLayout(
  configuration: Configuration | undefined,
  workspace: Workspace | undefined,
  env: NodeJS.ProcessEnv
): SourceLayout {
  const base = env.GITHUB_WORKSPACE || process.cwd()
  const fromRepo = configuration?.root !== undefined ? relative(base, configuration.root) : undefined
  const seen = new Map<string, boolean>()
  const inside = fromRepo !== undefined && !fromRepo.startsWith('..') && !isAbsolute(fromRepo)
  return {
    root: inside ? fromRepo.split(sep).join('/') : undefined,
    workingDirectory: workspace?.workingDirectory ?? '',
    // Asked once per path: the report and the annotations name the same files.
    exists: path => {
      let found = seen.get(path)
      if (found === undefined) {
        try {
          found = statSync(join(base, path)).isFile()
        } catch {
          found = false
        }
        seen.set(path, found)
      }
      return found
    }
  }
}
