import { describe } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Real plans, logs and API samples from public projects (MANIFEST.md gives each file's origin and licence, NOTICE
 * the attributions), vendored so the suite runs whole on any clone, as on GitHub.
 */
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url))

/** A `describe` over the vendored fixtures (kept as a name: the suites read as before). */
export function describeWithFixtures(name: string, fn: () => void): void {
  describe(name, fn)
}

export function fixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8')
}

export function fixtureFiles(dir: string, ext = '.json'): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter(f => f.endsWith(ext))
    .sort()
}
