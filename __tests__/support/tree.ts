import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { tempDir } from './temp.js'

/** A value: file content, or `{ link }` for a symlink with that target as written, or `{ hardlink }` to another file. */
export type TreeSpec = Record<string, string | { link: string } | { hardlink: string }>

/** Builds a directory tree in a new temporary folder (removed with the test file); returns its path. */
export function makeTree(spec: TreeSpec, dir = tempDir('tree-')): string {
  for (const [name, value] of Object.entries(spec)) {
    const path = join(dir, name)
    mkdirSync(dirname(path), { recursive: true })
    if (typeof value === 'string') {
      if (name.endsWith('/')) mkdirSync(path, { recursive: true })
      else writeFileSync(path, value)
    } else if ('link' in value) {
      symlinkSync(value.link, path)
    } else {
      linkSync(join(dir, value.hardlink), path)
    }
  }
  return dir
}
