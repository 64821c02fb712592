import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The commit checked out in `dir` (GITHUB_WORKSPACE), read from its `.git` as git would: HEAD detached at a
 * commit (actions/checkout of `refs/pull/<n>/head`), or a branch resolved through its loose ref or packed-refs.
 * A `.git` file (a worktree or submodule) points at the real one. Undefined when there is none to read.
 */
export function checkedOutCommit(dir: string): string | undefined {
  let gitDir = join(dir, '.git')
  try {
    if (statSync(gitDir).isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'))?.[1]?.trim()
      if (!pointer) return undefined
      gitDir = join(dir, pointer)
    }
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim()
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1]
    if (!ref) return commitId(head)
    const loose = join(gitDir, ref)
    if (existsSync(loose)) return commitId(readFileSync(loose, 'utf8').trim())
    const packed = readFileSync(join(gitDir, 'packed-refs'), 'utf8')
    const line = packed.split('\n').find(l => l.endsWith(` ${ref}`))
    return line ? commitId(line.split(' ')[0]) : undefined
  } catch {
    return undefined
  }
}

function commitId(text: string): string | undefined {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(text) ? text : undefined
}
