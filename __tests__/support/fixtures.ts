import { describe, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** ../shared/fixtures, read in place (never copied into the project). Absent in a clone elsewhere. */
export const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url))
export const haveFixtures = existsSync(FIXTURES)

/**
 * `describe` when the shared fixtures are present. Without them the body is not run at all (it lists fixture
 * files, which would throw): one skipped test stands in, named so the skip shows in the report, and the closing
 * line says how many were skipped and why.
 */
export function describeWithFixtures(name: string, fn: () => void): void {
  if (haveFixtures) return describe(name, fn)
  describe(name, () => test.skip(`skipped: ${FIXTURES} is absent`, () => undefined))
}

/** `test`, or a skipped test when the shared fixtures are absent. */
export const testWithFixtures = haveFixtures ? test : test.skip

export function fixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8')
}

export function fixtureFiles(dir: string, ext = '.json'): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter(f => f.endsWith(ext))
    .sort()
}
