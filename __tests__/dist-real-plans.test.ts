/**
 * The bundle on what the real Terraform CLI wrote: every case of sim/artefacts/ served as HCP Terraform serves it
 * (the redacted JSON plan in the CLI's renderer format, structured logs after the worker's preamble), read by the
 * committed dist/ as the runner runs it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import type { ArtefactName } from '../sim/tfc/artefacts.js'
import { DIST_MAIN, NODE_VERSION, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'

let sim: TfcSimulator
beforeAll(async () => {
  sim = await new TfcSimulator().start()
})
afterAll(() => sim.stop())

const artefacts = join('sim', 'artefacts')
const meta = (name: string): { errored: boolean; changes: { add: number; change: number; remove: number; import: number } } =>
  JSON.parse(readFileSync(join(artefacts, name, 'meta.json'), 'utf8')) as ReturnType<typeof meta>
/** Every resource the plan does something to, as `terraform show -json` lists it. */
const changed = (name: string): string[] =>
  (
    JSON.parse(readFileSync(join(artefacts, name, 'show.json'), 'utf8')) as {
      resource_changes?: Array<{ address: string; change: { actions: string[] } }>
    }
  )
    .resource_changes!.filter(rc => !rc.change.actions.includes('no-op') || rc.address.includes('imported'))
    .map(rc => rc.address)

async function step(name: ArtefactName, inputs: Record<string, string> = {}) {
  sim.addConfigurationVersion(sim.addWorkspace({ name: `real-${name}`, script: { artefact: name } }))
  return startStep(DIST_MAIN, {
    token: TOKEN,
    hostname: sim.url,
    organization: 'acme',
    workspace: `real-${name}`,
    'poll-interval': '0.1s',
    comment: 'false',
    'allow-destroy': 'true',
    ...(name === 'destroy' ? { 'is-destroy': 'true' } : {}),
    ...inputs
  }).done
}

const PLANS: ArtefactName[] = [
  'create',
  'update-nested',
  'replace',
  'delete',
  'destroy',
  'moved-removed-import',
  'keys',
  'modules',
  'sensitive',
  'unknown',
  'outputs-only',
  'warning',
  'no-changes'
]

describe(`real plans through the bundle, on Node ${NODE_VERSION}`, () => {
  test.concurrent.each(PLANS)('%s: counts, every address, nothing sensitive', async name => {
    const main = await step(name)
    expect(main.code).toBe(0)
    const { changes } = meta(name)
    expect(main.outputs).toMatchObject({
      'resource-additions': String(changes.add),
      'resource-changes': String(changes.change),
      'resource-destructions': String(changes.remove),
      'plan-json-format': 'redacted'
    })
    for (const address of changed(name)) expect(main.summary).toContain(address)
    for (const secret of ['new-secret-Pa55w0rd', 'new-token-9876543210']) {
      for (const text of [main.stdout, main.summary, JSON.stringify(main.outputs)]) expect(text).not.toContain(secret)
    }
  })

  test('an old secret Terraform itself shows (terraform_data.output copies it unmarked) stays out with attribute-values: false', async () => {
    const shown = await step('sensitive')
    expect(shown.summary).toContain('old-secret-Pa55w0rd')
    const hidden = await step('sensitive', { 'attribute-values': 'false' })
    expect(hidden.code).toBe(0)
    for (const text of [hidden.stdout, hidden.summary]) {
      expect(text).not.toContain('old-secret-Pa55w0rd')
      expect(text).not.toContain('old-token-0123456789')
    }
    // The names of what changes are still there.
    expect(hidden.summary).toMatch(/^ *~ input\.password\n *~ output$/m)
  })

  test('a failed precondition in a module: the failure, and the author’s message on the module file', async () => {
    const main = await step('error-module')
    expect(main.code).toBe(1)
    expect(main.summary).toContain('Resource precondition failed')
    expect(main.summary).toContain('A pool needs at least one replica')
    // No checkout to point at (nothing was uploaded): the file and line are named in the annotation's text.
    expect(main.stdout).toMatch(
      /^::error title=Terraform plan%3A Resource precondition failed::A pool needs at least one replica\.%0A%0ASet replicas.*\(modules\/pool\/main\.tf line 10\)$/m
    )
  })
})
