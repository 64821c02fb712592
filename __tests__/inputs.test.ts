import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parseDuration } from '../src/duration.js'
import { parseHostname, parseInputs } from '../src/inputs.js'
import { parseRunVariables } from '../src/run-variables.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import { runAction } from './support/harness.js'

let sim: TfcSimulator
beforeAll(async () => {
  sim = await new TfcSimulator().start()
  sim.addConfigurationVersion(sim.addWorkspace({ name: 'production' }))
})
afterAll(() => sim.stop())

/** [input the message must name, inputs given, a phrase of the fix]. Every one must fail before any request. */
const CASES: Array<[string, Record<string, string>, RegExp]> = [
  ['token', { token: '' }, /TF_API_TOKEN/],
  ['token', { token: 'abc def' }, /white space/],
  ['hostname', { hostname: 'ftp://tfe.example.com' }, /https:\/\//],
  ['hostname', { hostname: 'https://tfe.example.com/app/acme' }, /without a path/],
  ['workspace', { workspace: '' }, /required/],
  ['workspace', { workspace: 'prod env' }, /workspace name/],
  ['organization', { organization: '' }, /TF_CLOUD_ORGANIZATION/],
  ['organization', { organization: 'acme/x' }, /letters, digits/],
  ['configuration-version', { 'configuration-version': 'v1.2.3' }, /cv-/],
  ['promote-from', { 'promote-from': 'staging', 'configuration-version': 'cv-abc123' }, /cannot be used together/],
  ['promote-from', { 'promote-from': 'stag ing' }, /workspace name/],
  ['is-destroy', { 'is-destroy': 'yes' }, /true or false/],
  ['plan-only', { 'plan-only': '1' }, /true or false/],
  ['refresh', { refresh: 'no' }, /true or false/],
  ['refresh-only', { 'refresh-only': 'on' }, /true or false/],
  ['apply', { apply: 'yes' }, /true or false/],
  ['allow-destroy', { 'allow-destroy': 'y' }, /true or false/],
  ['discard', { discard: 'nope' }, /true or false/],
  ['wait-for-apply', { 'wait-for-apply': 'maybe' }, /true or false/],
  ['force-cancel', { 'force-cancel': 'sure' }, /true or false/],
  ['refresh-only', { 'is-destroy': 'true', 'refresh-only': 'true' }, /cannot both be true/],
  ['refresh', { 'refresh-only': 'true', refresh: 'false' }, /refresh-only/],
  ['apply', { 'plan-only': 'true', apply: 'true' }, /can never be applied/],
  ['allow-destroy', { 'is-destroy': 'true', apply: 'true' }, /`allow-destroy` to true/],
  ['target-addrs', { 'target-addrs': 'aws_instance.web other thing' }, /one resource address per line/],
  ['replace-addrs', { 'replace-addrs': 'aws_instance.web', 'refresh-only': 'true' }, /refresh-only/],
  ['variables', { variables: 'region: "eu-west-1"' }, /name = value/],
  ['variables', { variables: 'region = "eu-west-1' }, /quotes and brackets/],
  ['variables', { variables: 'region =' }, /no value/],
  ['variables', { variables: 'a = 1\na = 2' }, /second time/],
  ['timeout', { timeout: 'soon' }, /duration such as/],
  ['timeout', { timeout: '0s' }, /duration such as/],
  ['poll-interval', { 'poll-interval': '5 minutes' }, /duration such as/],
  ['poll-interval', { timeout: '1m', 'poll-interval': '2m' }, /longer than `timeout`/],
  ['comment', { comment: 'always' }, /auto, true or false/]
]

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

  test('environment fallbacks for token, hostname and organization', () => {
    const inputs = parseInputs(get({ workspace: 'prod' }), { TF_API_TOKEN: 't', TF_HOSTNAME: 'tfe.example.com', TF_CLOUD_ORGANIZATION: 'acme' })
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
    const inputs = parseInputs(get({ workspace: 'ws-abc', 'target-addrs': ' module.a.aws_s3_bucket.b["x y"]\n\n# note\naws_instance.web[0] ' }), { TF_API_TOKEN: 't' })
    expect(inputs.targetAddrs).toEqual(['module.a.aws_s3_bucket.b["x y"]', 'aws_instance.web[0]'])
  })
})
