import { describe, expect, test } from '@jest/globals'
import { checksDue } from '../src/report/checks-due.js'

const PR = { GITHUB_EVENT_NAME: 'pull_request' }
const inputs = (checks: 'auto' | 'true' | 'false', githubToken = 'gh') =>
  ({ githubToken, commands: { checks } }) as Parameters<typeof checksDue>[0]

describe('checksDue', () => {
  test('auto: comment commands and sets on pull requests; not one workspace, whose job is its check', () => {
    expect(checksDue(inputs('auto'), PR, { commanded: true, set: false })).toBe(true)
    expect(checksDue(inputs('auto'), PR, { commanded: false, set: true })).toBe(true)
    expect(checksDue(inputs('auto'), { GITHUB_EVENT_NAME: 'pull_request_target' }, { commanded: false, set: true })).toBe(true)
    expect(checksDue(inputs('auto'), PR, { commanded: false, set: false })).toBe(false)
  })

  test('auto: nothing off pull requests (a push has no head to check)', () => {
    expect(checksDue(inputs('auto'), { GITHUB_EVENT_NAME: 'push' }, { commanded: false, set: true })).toBe(false)
    expect(checksDue(inputs('auto'), {}, { commanded: false, set: true })).toBe(false)
  })

  test('true always, false never; never without a GitHub token', () => {
    expect(checksDue(inputs('true'), PR, { commanded: false, set: false })).toBe(true)
    expect(checksDue(inputs('true'), { GITHUB_EVENT_NAME: 'push' }, { commanded: false, set: false })).toBe(true)
    expect(checksDue(inputs('false'), PR, { commanded: true, set: true })).toBe(false)
    expect(checksDue(inputs('true', ''), PR, { commanded: true, set: true })).toBe(false)
  })
})
