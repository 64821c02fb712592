/**
 * After the apply, through the bundle: the workspace's Terraform outputs for later steps (sensitive ones only on
 * request, masked), the apply's own counts, and the outputs listed in the report without values.
 */
import { describe, expect, test } from '@jest/globals'
import { DIST_MAIN, NODE_VERSION, simulatorPerTest, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'

const fixture = simulatorPerTest({ [TOKEN]: 'admin' })
const SECRET = 's3cret-Pa55-value'
const OUTPUTS = [
  { name: 'vpc_id', value: 'vpc-0abc123' },
  { name: 'subnet_ids', value: ['subnet-1', 'subnet-2'], type: ['list', 'string'] },
  { name: 'replicas', value: 3, type: 'number' },
  { name: 'db_password', value: SECRET, sensitive: true }
]
const apply = (extra: Record<string, string> = {}) =>
  startStep(DIST_MAIN, fixture.inputs({ apply: 'true', comment: 'false', ...extra })).done

describe(`Terraform outputs after the apply, through the bundle on Node ${NODE_VERSION}`, () => {
  test('non-sensitive outputs as JSON once the state is processed; the apply counts; names and types in the report', async () => {
    fixture.ws.script = { stateOutputs: OUTPUTS, stateProcessMs: 1500, counts: { additions: 2, changes: 1, destructions: 0 } }
    const main = await apply()
    expect(main.code).toBe(0)
    expect(JSON.parse(main.outputs.outputs)).toEqual({ vpc_id: 'vpc-0abc123', subnet_ids: ['subnet-1', 'subnet-2'], replicas: 3 })
    expect(main.outputs).toMatchObject({ 'apply-additions': '2', 'apply-changes': '1', 'apply-destructions': '0', 'apply-imports': '0' })
    expect(main.summary).toMatch(/Terraform outputs \(4\)/)
    expect(main.summary).toContain('`db_password`: `string` (sensitive)')
    expect(main.summary).toContain('`subnet_ids`: `["list","string"]`')
    // Asked for again while HCP Terraform answered 503 (processing), through the outputs endpoint only.
    const reads = fixture.sim.requests.filter(r => /\/current-state-version-outputs/.test(r.path))
    expect(reads.length).toBeGreaterThan(1)
    expect(reads.slice(0, -1).every(r => r.status === 503)).toBe(true)
    expect(reads.at(-1)!.status).toBe(200)
    expect(fixture.sim.requests.some(r => /\/state-versions\//.test(r.path))).toBe(false)
    for (const text of [main.stdout, main.summary, JSON.stringify(main.outputs)]) expect(text).not.toContain(SECRET)
    expect(fixture.sim.requests.some(r => r.path.startsWith('/api/v2/state-version-outputs/'))).toBe(false)
  })

  test('with sensitive-outputs, the sensitive value is read by its ID and masked before it is written', async () => {
    fixture.ws.script = { stateOutputs: OUTPUTS }
    const main = await apply({ 'sensitive-outputs': 'true' })
    expect(main.code).toBe(0)
    expect(JSON.parse(main.outputs.outputs)).toMatchObject({ db_password: SECRET })
    expect(main.stdout).toMatch(new RegExp(`^::add-mask::${SECRET}$`, 'm'))
    expect(main.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(SECRET)
    expect(fixture.sim.requests.filter(r => r.path.startsWith('/api/v2/state-version-outputs/'))).toHaveLength(1)
  })

  test('a sensitive object or list: every leaf is masked alone, and as JSON, for a later step that reads one leaf', async () => {
    const db = { host: 'db.internal', password: 'hunter2-Leaf', port: 5432, tls: true, replicas: ['r-one-Leaf', 'r "two"'] }
    fixture.ws.script = { stateOutputs: [{ name: 'db', value: db, sensitive: true, type: ['object', {}] }] }
    const main = await apply({ 'sensitive-outputs': 'true' })
    expect(main.code).toBe(0)
    const masks = [...main.stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m => m[1])
    // What fromJSON(steps.tf.outputs.outputs).db.password and friends print in a later step, each masked.
    for (const leaf of ['hunter2-Leaf', 'db.internal', '5432', 'r-one-Leaf', 'r "two"', '"r \\"two\\""', JSON.stringify(db.replicas)])
      expect(masks).toContain(leaf)
    // One bit is not a secret, and masking "true" would blank it in every later log line.
    expect(masks).not.toContain('true')
  })

  test('a token with "read state outputs" but not "read state versions": the outputs are read all the same', async () => {
    fixture.ws.outputsOnly = true
    fixture.ws.script = { stateOutputs: OUTPUTS, stateProcessMs: 500 }
    const main = await apply({ 'sensitive-outputs': 'true' })
    expect(main.code).toBe(0)
    expect(JSON.parse(main.outputs.outputs)).toMatchObject({ vpc_id: 'vpc-0abc123', db_password: SECRET })
    expect(main.stdout).not.toMatch(/::warning::Could not read the workspace's outputs/)
  })

  test('an older Terraform Enterprise that lists sensitive values: left out unless asked for, then not read again', async () => {
    fixture.ws.listsSensitiveOutputs = true
    fixture.ws.script = { stateOutputs: OUTPUTS }
    const hidden = await apply()
    expect(JSON.parse(hidden.outputs.outputs)).not.toHaveProperty('db_password')
    expect(hidden.stdout).not.toContain(SECRET)
    const shown = await apply({ 'sensitive-outputs': 'true' })
    expect(JSON.parse(shown.outputs.outputs)).toMatchObject({ db_password: SECRET })
    expect(fixture.sim.requests.some(r => r.path.startsWith('/api/v2/state-version-outputs/'))).toBe(false)
  })

  test('a token without "read state outputs": a warning naming the permission; the apply still succeeds', async () => {
    fixture.ws.hideOutputs = true
    fixture.ws.script = { stateOutputs: OUTPUTS }
    const main = await apply()
    expect(main.code).toBe(0)
    expect(main.outputs.applied).toBe('true')
    expect(main.stdout).toMatch(
      /^::warning::Could not read the workspace's outputs \(HCP Terraform answered 404\): the token needs the "read state outputs" permission on acme\/production/m
    )
    expect(main.outputs.outputs).toBe('{}')
  })

  test("after a plan with no changes, the current state's outputs; a speculative plan reads none", async () => {
    fixture.ws.script = { stateOutputs: OUTPUTS }
    expect((await apply()).code).toBe(0)
    fixture.ws.script = { plan: 'no-changes' }
    const steady = await apply()
    expect(steady.outputs['run-status']).toBe('planned_and_finished')
    expect(JSON.parse(steady.outputs.outputs)).toMatchObject({ vpc_id: 'vpc-0abc123' })
    const speculative = await startStep(DIST_MAIN, fixture.inputs({ 'plan-only': 'true', comment: 'false' })).done
    expect(speculative.outputs.outputs).toBeUndefined()
  })

  test('the real apply of the create case: its output, as the CLI reported it', async () => {
    fixture.ws.script = { artefact: 'create' }
    const main = await apply()
    expect(main.code).toBe(0)
    expect(JSON.parse(main.outputs.outputs)).toEqual({ object_name: 'web' })
    expect(main.outputs['apply-additions']).toBe('4')
  })

  test('an apply that errors: its own counts, and no outputs read', async () => {
    fixture.ws.script = { apply: 'errored', stateOutputs: OUTPUTS }
    const main = await apply()
    expect(main.code).toBe(1)
    expect(main.outputs.outputs).toBeUndefined()
    expect(main.outputs['apply-additions']).toBeDefined()
  })
})
