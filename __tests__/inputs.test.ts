import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseDuration } from '../src/duration.js'
import { parseHostname, parseInputs } from '../src/inputs.js'
import { parseRunVariables } from '../src/run-variables.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import { TEST_CLOCK, runAction } from './support/harness.js'
import { CASES } from './support/input-cases.js'

let sim: TfcSimulator
beforeAll(async () => {
  sim = await new TfcSimulator({ clock: TEST_CLOCK }).start()
  sim.addConfigurationVersion(sim.addWorkspace({ name: 'production' }))
})
afterAll(() => sim.stop())

describe('every input error names its input and creates nothing', () => {
  test.each(CASES)('%s: %j', async (input, given, fix) => {
    const before = sim.requests.length
    const { io } = await runAction(sim.url, { workspace: 'production', ...given })
    expect(io.failed).toContain(`\`${input}\``)
    expect(io.failed).toMatch(fix)
    expect(io.failed!.split('\n')).toHaveLength(1)
    expect(sim.requests.length).toBe(before)
    expect(sim.runs.size).toBe(0)
  })

  test.each(CASES)('README lists the exact message for %s %j', async (_input, given) => {
    const { io } = await runAction(sim.url, { workspace: 'production', ...given })
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(io.failed!.replace(/\|/g, '\\|'))
  })

  test('a malformed token is masked before it can be printed', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', token: 'abc def' })
    expect(io.secrets).toContain('abc def')
    expect(io.allText()).not.toContain('abc def')
  })
})

describe('input parsing', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''

  test('defaults follow the documented contract', () => {
    const inputs = parseInputs(get({ workspace: 'ws-abc123' }), { TF_API_TOKEN: 't' })
    expect(inputs).toMatchObject({
      apiOrigin: 'https://app.terraform.io',
      apply: false,
      allowDestroy: false,
      discard: true,
      waitForApply: true,
      refresh: true,
      timeoutMs: 3_600_000,
      pollIntervalMs: 10_000,
      comment: 'auto'
    })
  })

  test('with action.yml defaults as the runner passes them, one workspace is not an error: changed-only auto, parallel 10', () => {
    const inputs = parseInputs(get({ workspace: 'ws-abc123', 'changed-only': 'auto', parallel: '10', 'poll-interval': '10s' }), {
      TF_API_TOKEN: 't'
    })
    expect(inputs.set).toBeUndefined()
    expect(() => parseInputs(get({ workspace: 'ws-abc123', parallel: '5' }), { TF_API_TOKEN: 't' })).toThrow(
      /`parallel` applies to several workspaces/
    )
  })

  test('a timeout shorter than the default poll interval shortens the interval instead of failing', () => {
    expect(parseInputs(get({ workspace: 'ws-abc123', timeout: '5s' }), { TF_API_TOKEN: 't' }).pollIntervalMs).toBe(2500)
    expect(parseInputs(get({ workspace: 'ws-abc123', timeout: '5m' }), { TF_API_TOKEN: 't' }).pollIntervalMs).toBe(10_000)
    // action.yml's default, which the runner passes as the input, is not the user's: it follows the timeout down.
    expect(parseInputs(get({ workspace: 'ws-abc123', timeout: '5s', 'poll-interval': '10s' }), { TF_API_TOKEN: 't' }).pollIntervalMs).toBe(
      2500
    )
    // Set by the user, a longer interval is still their mistake to fix.
    expect(() => parseInputs(get({ workspace: 'ws-abc123', timeout: '5s', 'poll-interval': '30s' }), { TF_API_TOKEN: 't' })).toThrow(
      /poll-interval/
    )
  })

  test('run variables come with a warning that they are stored in plain text', async () => {
    const { io } = await runAction(sim.url, { workspace: 'production', variables: 'region = "eu-west-1"', 'plan-only': 'true' })
    expect(io.failed).toBeUndefined()
    expect(io.warnings.join('\n')).toMatch(/`variables`: run variables are stored in plain text.*sensitive workspace variables/)
    const { io: quiet } = await runAction(sim.url, { workspace: 'production', 'plan-only': 'true' })
    expect(quiet.warnings.join('\n')).not.toMatch(/plain text/)
  })

  test('environment fallbacks for token, hostname and organization', () => {
    const inputs = parseInputs(get({ workspace: 'prod' }), {
      TF_API_TOKEN: 't',
      TF_HOSTNAME: 'tfe.example.com',
      TF_CLOUD_ORGANIZATION: 'acme'
    })
    expect(inputs).toMatchObject({ token: 't', apiOrigin: 'https://tfe.example.com', organization: 'acme' })
  })

  test('hostnames', () => {
    expect(parseHostname('tfe.example.com:8443')).toEqual({ origin: 'https://tfe.example.com:8443', insecure: false })
    expect(parseHostname('https://tfe.example.com/')).toEqual({ origin: 'https://tfe.example.com', insecure: false })
    expect(parseHostname('http://127.0.0.1:9999')).toEqual({ origin: 'http://127.0.0.1:9999', insecure: true })
  })

  test('durations', () => {
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('15m')).toBe(900_000)
    expect(parseDuration('1h30m')).toBe(5_400_000)
    expect(parseDuration('45')).toBe(45_000)
    expect(parseDuration('250ms')).toBe(250)
    expect(parseDuration('1 h')).toBeUndefined()
    expect(parseDuration('-5s')).toBeUndefined()
  })

  test('run variables keep HCL literal syntax', () => {
    expect(parseRunVariables('region = "eu-west-1"\ncount=3\n# comment\n\ntags = { team = "infra", "a b" = [1, 2] }')).toEqual([
      { key: 'region', value: '"eu-west-1"' },
      { key: 'count', value: '3' },
      { key: 'tags', value: '{ team = "infra", "a b" = [1, 2] }' }
    ])
    expect(parseRunVariables('s = "a \\" quote"')).toEqual([{ key: 's', value: '"a \\" quote"' }])
  })

  test('multi-line address inputs drop blanks and comments', () => {
    const inputs = parseInputs(
      get({ workspace: 'ws-abc', 'target-addrs': ' module.a.aws_s3_bucket.b["x y"]\n\n# note\naws_instance.web[0] ' }),
      { TF_API_TOKEN: 't' }
    )
    expect(inputs.targetAddrs).toEqual(['module.a.aws_s3_bucket.b["x y"]', 'aws_instance.web[0]'])
  })
})
