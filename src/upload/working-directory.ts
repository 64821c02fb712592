import { readdir, stat } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'

export interface UploadLayout {
  /** What becomes the archive's root. */
  root: string
  /** Where Terraform will run: `root` + the workspace's working directory. */
  runDirectory: string
}

/**
 * The Terraform CLI's rule (tfc-api-addendum.md §1.5): when `directory` ends with the workspace's working
 * directory, the archive root is the matching ancestor; otherwise `directory` is the root and the working
 * directory is looked for inside it.
 */
export function uploadLayout(directory: string, workingDirectory: string): UploadLayout {
  const wd = posix.normalize(workingDirectory.replace(/^\/+|\/+$/g, '') || '.')
  if (wd === '.') return { root: directory, runDirectory: directory }
  const parts = directory.split(sep)
  const wdParts = wd.split('/')
  const tail = parts.slice(-wdParts.length)
  if (parts.length > wdParts.length && tail.join('/') === wdParts.join('/')) {
    return { root: parts.slice(0, -wdParts.length).join(sep) || sep, runDirectory: directory }
  }
  return { root: directory, runDirectory: join(directory, ...wdParts) }
}

/** Why Terraform would find no configuration in `runDirectory`, or undefined when it would. */
export async function configurationProblem(layout: UploadLayout, shownFrom: string): Promise<string | undefined> {
  const shown = relative(shownFrom, layout.runDirectory) || '.'
  let names: string[]
  try {
    if (!(await stat(layout.runDirectory)).isDirectory()) return `${shown} is not a directory`
    names = await readdir(layout.runDirectory)
  } catch {
    return `${shown} does not exist`
  }
  if (!names.some(name => name.endsWith('.tf') || name.endsWith('.tf.json'))) return `${shown} holds no *.tf or *.tf.json file`
  return undefined
}
