import { describe, expect, test } from '@jest/globals'
import { isNewer } from '../src/report/comment-marker.js'
import { bindingProblem, readBinding, runTag, type RunBinding } from '../src/run/binding.js'

const HEAD = 'a'.repeat(40)
const BOUND: RunBinding = { repository: 'acme/infra', pullRequest: 7, headSha: HEAD }

describe("the record of a run's pull request, in its message", () => {
  test('round-trips through the tag the step appends', () => {
    const message = `GitHub Actions: acme/infra@aaaaaaa, workflow "plan" run #3 ${runTag('0123456789ab', BOUND)}`
    expect(readBinding(message)).toEqual(BOUND)
  })
  test('a run made outside a pull request carries the marker only, and no record', () => {
    expect(runTag('0123456789ab', undefined)).toBe('[tfe-run-action:0123456789ab]')
    expect(readBinding(`deploy ${runTag('0123456789ab', undefined)}`)).toBeUndefined()
  })
  test('only the last tag counts: a message that imitates one cannot stand in for the record', () => {
    const forged = `deploy [tfe-run-action:1 pr=acme/infra#7@${HEAD}]`
    expect(readBinding(`${forged} ${runTag('0123456789ab', { ...BOUND, pullRequest: 8 })}`)?.pullRequest).toBe(8)
    expect(readBinding(`${forged} ${runTag('0123456789ab', undefined)}`)).toBeUndefined()
  })
  test('a repository using SHA-256 object names: a 64-digit head is written and read back the same', () => {
    const sha256 = { ...BOUND, headSha: 'b'.repeat(64) }
    expect(readBinding(`deploy ${runTag('0123456789ab', sha256)}`)).toEqual(sha256)
    // Neither 41 nor 63 digits is a commit ID of either kind.
    expect(readBinding(`[tfe-run-action:ab pr=acme/infra#7@${'b'.repeat(63)}]`)).toBeUndefined()
    expect(readBinding(`[tfe-run-action:ab pr=acme/infra#7@${'b'.repeat(41)}]`)).toBeUndefined()
  })
  test('malformed records are not records', () => {
    expect(readBinding(`[tfe-run-action:ab pr=acme/infra#7@${HEAD.slice(1)}]`)).toBeUndefined()
    expect(readBinding('[tfe-run-action:ab pr=infra#7@' + HEAD + ']')).toBeUndefined()
  })
})

describe('what run: reviewed accepts', () => {
  test('the same repository (any case), pull request and head commit', () => {
    expect(bindingProblem('run-1', BOUND, BOUND)).toBeUndefined()
    expect(bindingProblem('run-1', { ...BOUND, repository: 'Acme/Infra' }, BOUND)).toBeUndefined()
  })
  test.each([
    [undefined, /records no pull request/],
    [{ ...BOUND, repository: 'acme/other' }, /planned for repository acme\/other, not acme\/infra/],
    [{ ...BOUND, pullRequest: 8 }, /planned for pull request #8, not #7/],
    [{ ...BOUND, headSha: 'b'.repeat(40) }, /is of bbbbbbb, but the pull request was merged at aaaaaaa/]
  ])('%j is refused', (binding, expected) => {
    const problem = bindingProblem('run-1', binding, BOUND)
    expect(problem).toMatch(expected)
    expect(problem).toMatch(/Nothing was applied\./)
  })
})

describe('which run the sticky comment shows', () => {
  const at = (iso: string, run = 'run-a') => ({ run, sha: HEAD, created: iso, status: 'planned' })
  const now = Date.parse('2026-12-03T12:00:00Z')
  test('a newer run wins; ours replaces an older one', () => {
    expect(isNewer(at('2026-12-03T11:59:00Z'), at('2026-12-03T11:58:00Z', 'run-b'), now)).toBe(true)
    expect(isNewer(at('2026-12-03T11:57:00Z'), at('2026-12-03T11:58:00Z', 'run-b'), now)).toBe(false)
  })
  test('a creation time in the future is not believed', () => {
    expect(isNewer(at('2099-01-01T00:00:00Z'), at('2026-12-03T11:58:00Z', 'run-b'), now)).toBe(false)
    expect(isNewer(at('not a date'), at('2026-12-03T11:58:00Z', 'run-b'), now)).toBe(false)
  })
})
