/**
 * The release workflow's rule for the major tag (scripts/release/move-major-tag.sh), run on a real git repository
 * with a bare one as its origin: only the highest vN.x.y of a major moves vN; a backport never moves it back.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { tempDir } from './support/temp.js'

const SCRIPT = join(process.cwd(), 'scripts', 'release', 'move-major-tag.sh')

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  }).trim()
}

/** A repository with one commit per release tag, and a bare origin. */
function repository(tags: string[]): { dir: string; origin: string; commitOf: (tag: string) => string } {
  const origin = tempDir('origin-')
  git(origin, 'init', '-q', '--bare')
  const dir = tempDir('repo-')
  git(dir, 'init', '-q')
  git(dir, 'config', 'user.email', 'test@example.test')
  git(dir, 'config', 'user.name', 'test')
  git(dir, 'remote', 'add', 'origin', origin)
  for (const tag of tags) {
    git(dir, 'commit', '-q', '--allow-empty', '-m', tag)
    git(dir, 'tag', tag)
  }
  return { dir, origin, commitOf: tag => git(dir, 'rev-parse', `${tag}^{commit}`) }
}

const move = (dir: string, tag: string) =>
  spawnSync('bash', [SCRIPT, tag], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  })

describe('moving the major tag on release', () => {
  test('the highest release of its major moves it, and the move is pushed', () => {
    const repo = repository(['v1.0.0', 'v1.9.3', 'v1.10.0'])
    const result = move(repo.dir, 'v1.10.0')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Moved v1 to v1.10.0')
    expect(git(repo.origin, 'rev-parse', 'v1^{commit}')).toBe(repo.commitOf('v1.10.0'))
  })

  test('a backport published after a higher release leaves the major tag where it is', () => {
    const repo = repository(['v1.0.0', 'v1.4.2', 'v1.3.9'])
    expect(move(repo.dir, 'v1.4.2').status).toBe(0)
    const backport = move(repo.dir, 'v1.3.9')
    expect(backport.status).toBe(0)
    expect(backport.stdout).toContain('v1.3.9 is not the highest v1 release (v1.4.2 is): v1 stays where it is.')
    expect(git(repo.origin, 'rev-parse', 'v1^{commit}')).toBe(repo.commitOf('v1.4.2'))
  })

  test('another major is its own: v2.0.0 moves v2, not v1', () => {
    const repo = repository(['v1.5.0', 'v2.0.0'])
    expect(move(repo.dir, 'v1.5.0').status).toBe(0)
    expect(move(repo.dir, 'v2.0.0').status).toBe(0)
    expect(git(repo.origin, 'rev-parse', 'v1^{commit}')).toBe(repo.commitOf('v1.5.0'))
    expect(git(repo.origin, 'rev-parse', 'v2^{commit}')).toBe(repo.commitOf('v2.0.0'))
  })

  test('a tag that is not vX.Y.Z (a pre-release name) moves nothing and fails', () => {
    const repo = repository(['v1.0.0', 'v1.1.0-rc.1'])
    const result = move(repo.dir, 'v1.1.0-rc.1')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("::error::release tag 'v1.1.0-rc.1' is not vX.Y.Z")
    expect(spawnSync('git', ['rev-parse', '-q', '--verify', 'refs/tags/v1'], { cwd: repo.origin }).status).not.toBe(0)
  })

  test('a retry (workflow_dispatch) of a move already made changes nothing', () => {
    const repo = repository(['v1.0.0'])
    expect(move(repo.dir, 'v1.0.0').status).toBe(0)
    const again = move(repo.dir, 'v1.0.0')
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('v1 already points at v1.0.0')
  })
})
