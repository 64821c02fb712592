import { describe } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** ../shared/fixtures, read in place (never copied into the project). Absent in a clone elsewhere. */
export const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url))
export const haveFixtures = existsSync(FIXTURES)

let warned = false
/** `describe` when the shared fixtures are present, else a skipped block with a notice anyone running tests sees. */
export function describeWithFixtures(name: string, fn: () => void): void {
  if (haveFixtures) return describe(name, fn)
  if (!warned) {
    warned = true
    process.stderr.write(`\nNOTICE: ${FIXTURES} is absent; tests that read the shared fixtures are skipped.\n\n`)
  }
  describe.skip(`${name} (skipped: ../shared/fixtures absent)`, fn)
}

export function fixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8')
}

export function fixtureFiles(dir: string, ext = '.json'): string[] {
  return readdirSync(join(FIXTURES, dir)).filter(f => f.endsWith(ext)).sort()
}
