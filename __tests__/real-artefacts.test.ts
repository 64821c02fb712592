/**
 * The action's readers on what the real Terraform CLI wrote (sim/artefacts/, made by
 * scripts/cli-artefacts/generate.mjs and committed): plans, structured logs and text logs, with and without colour.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { digestLog } from '../src/plan/diagnostics.js'
import { readPlanSummary } from '../src/plan/read.js'
import { writeRedactedPlanWithSchemas } from '../sim/plan-generator.js'
import { tempDir } from './support/temp.js'

const read = (name: string, file: string): string => readFileSync(join('sim', 'artefacts', name, file), 'utf8')
const LOGS = ['plan.jsonl', 'plan.txt', 'plan-color.txt'] as const

describe('diagnostics read the way Terraform writes them, in every log format', () => {
  test.each(LOGS)('a failed precondition in a module file (%s): its message whole, its range, no values box', file => {
    const [diagnostic, ...rest] = digestLog(read('error-module', file), 'plan').diagnostics
    expect(rest).toEqual([])
    expect(diagnostic).toMatchObject({ severity: 'error', summary: 'Resource precondition failed' })
    expect(diagnostic.range).toMatchObject({ filename: 'modules/pool/main.tf', start: { line: 10 } })
    expect(diagnostic.detail).toBe(
      'A pool needs at least one replica.\n\nSet replicas to 1 or more; 0 would leave the service without capacity.'
    )
  })

  test.each(LOGS)('a failed check is a warning with its message (%s)', file => {
    const diagnostics = digestLog(read('warning', file), 'plan').diagnostics
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      summary: 'Check block assertion failed',
      detail: 'The app is not on v2 yet.'
    })
    expect(diagnostics[0].range).toMatchObject({ filename: 'main.tf', start: { line: 7 } })
  })
})

describe("a redacted plan with a provider's whole schema", () => {
  test('reads the same as without the provider_schemas block, which comes last and is skipped unparsed', async () => {
    const dir = tempDir('schemas-')
    writeRedactedPlanWithSchemas(join(dir, 'with.json'), 50, 2)
    writeRedactedPlanWithSchemas(join(dir, 'without.json'), 50, 0)
    const [withSchemas, without] = await Promise.all([readPlanSummary(join(dir, 'with.json')), readPlanSummary(join(dir, 'without.json'))])
    expect(statSync(join(dir, 'with.json')).size).toBeGreaterThan(2 * 1024 * 1024)
    expect(withSchemas).toEqual(without)
    expect(withSchemas.changes.length).toBeGreaterThan(40)
  })
})
