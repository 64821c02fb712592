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
  const inside = fromRepo !== undefined && !fromRepo.startsWith('..') && !isAbsolute(fromRepo)
  return {
    root: inside ? fromRepo.split(sep).join('/') : undefined,
    workingDirectory: workspace?.workingDirectory ?? '',
    exists: path => {
      try {
        return statSync(join(base, path)).isFile()
      } catch {
        return false
      }
    }
  }
}
