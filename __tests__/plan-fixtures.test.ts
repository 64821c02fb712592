import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { planSummaryReader, readPlanSummary } from '../src/plan/read.js'
import { digestLog } from '../src/plan/diagnostics.js'
import { excerptOf } from '../src/plan/log.js'
import { DEFERRED_CHANGE_MEMBERS, JsonPlanScanner } from '../src/plan/stream.js'
import { generatedPlan } from './support/plans.js'
import { writeGeneratedPlan } from '../sim/plan-generator.js'
import { tempDir } from './support/temp.js'
import { readFileSync } from 'node:fs'
import { KEPT_MEMBERS, MAX_DIFFED_CHANGES, PlanSummaryBuilder, STREAMED_MEMBERS, destroyCount, summarizePlan } from '../src/plan/summary.js'
import { FIXTURES, describeWithFixtures, fixture, fixtureFiles } from './support/fixtures.js'

/**
 * The oracle is MANIFEST.md: its "stats" lines were computed by the fixture collectors' own script, not by this
 * code, so a counting mistake here cannot agree with it by construction.
 */
function manifestStats(file: string): { actions: Record<string, number>; drift: number; importing: number } | undefined {
  const manifest = fixture('MANIFEST.md')
  const start = manifest.indexOf(`- \`plan-json/${file}\``)
  if (start < 0) return undefined
  const entry = manifest.slice(start, manifest.indexOf('\n- `', start + 1))
  const stats = /stats: ([^\n]*)/.exec(entry)?.[1] ?? ''
  const actions: Record<string, number> = {}
  const actionText = /(?:^|; )actions ([^;]*)/.exec(stats)?.[1] ?? ''
  for (const [, name, n] of actionText.matchAll(/([a-z-]+(?:\([a-z-]+\))?)=(\d+)/g)) actions[name] = Number(n)
  return { actions, drift: Number(/drift=(\d+)/.exec(stats)?.[1] ?? 0), importing: Number(/importing=(\d+)/.exec(stats)?.[1] ?? 0) }
}

describeWithFixtures('every real plan in shared/fixtures/plan-json', () => {
  const files = fixtureFiles('plan-json')

  test('there are real plans to read', () => {
    expect(files.length).toBeGreaterThan(90)
  })

  test.each(files)('%s: counts agree with the manifest', async file => {
    const summary = await readPlanSummary(join(FIXTURES, 'plan-json', file))
    const expected = manifestStats(file)
    expect(expected).toBeDefined()
    const a = expected!.actions
    expect(summary.counts.add).toBe(a.create ?? 0)
    expect(summary.counts.change).toBe(a.update ?? 0)
    expect(summary.counts.destroy).toBe(a.delete ?? 0)
    const replaces = (a['replace(delete-before-create)'] ?? 0) + (a['replace(create-before-destroy)'] ?? 0)
    expect(summary.counts.replace).toBe(replaces)
    expect(summary.counts.read).toBe(a.read ?? 0)
    expect(summary.counts.forget).toBe(a.forget ?? 0)
    expect(summary.counts.import).toBe(expected!.importing)
    // The figure `allow-destroy` guards, against the manifest's own counts.
    expect(destroyCount(summary.counts)).toBe((a.delete ?? 0) + replaces)
    // Every listed change has an address, and none of them is a plain no-op.
    for (const change of summary.changes) {
      expect(change.address).not.toBe('')
      expect(change.action !== 'no-op' || change.importing || change.previousAddress).toBeTruthy()
    }
  })

  test('replace reasons and the attributes that force them are kept', async () => {
    const tainted = await readPlanSummary(join(FIXTURES, 'plan-json', 'tfjson-action_reason.json'))
    expect(tainted.changes[0]).toMatchObject({ action: 'replace', actionReason: 'replace_because_tainted' })
    const forced = await readPlanSummary(join(FIXTURES, 'plan-json', 'tf-showjson-requires-replace.json'))
    expect(forced.changes.find(c => c.action === 'replace')?.replacePaths?.length).toBeGreaterThan(0)
  })

  test('moves and imports are recognised', async () => {
    const moved = await readPlanSummary(join(FIXTURES, 'plan-json', 'borchero-move.json'))
    expect(moved.counts.move).toBeGreaterThan(0)
    expect(moved.changes.some(c => c.previousAddress)).toBe(true)
    const imported = await readPlanSummary(join(FIXTURES, 'plan-json', 'borchero-import.json'))
    expect(imported.changes.some(c => c.importing)).toBe(true)
  })

  test('drift and output changes are read; sensitive outputs are flagged', async () => {
    const drift = await readPlanSummary(join(FIXTURES, 'plan-json', 'tfcomp-issue-522.json'))
    expect(drift.drift.length).toBeGreaterThan(0)
    const outputs = await readPlanSummary(join(FIXTURES, 'plan-json', 'cds-outputs-all.json'))
    expect(outputs.outputs.map(o => o.action).sort()).toEqual(['create', 'delete', 'update'])
  })

  test('an errored plan is marked errored', async () => {
    expect((await readPlanSummary(join(FIXTURES, 'plan-json', 'tf-showjson-plan-error.json'))).errored).toBe(true)
  })

  test.each(fixtureFiles('plan-json/invalid', ''))('invalid/%s is refused with a plain message', async file => {
    await expect(readPlanSummary(join(FIXTURES, 'plan-json', 'invalid', file))).rejects.toThrow(/JSON plan is not/)
  })
})

describeWithFixtures('redacted plans (json-output-redacted format)', () => {
  test.each(fixtureFiles('redacted'))('%s is read', async file => {
    const summary = await readPlanSummary(join(FIXTURES, 'redacted', file))
    expect(summary.changes.length + summary.outputs.length + summary.drift.length).toBeGreaterThanOrEqual(
      file.includes('error') || file.includes('no-changes') ? 0 : 1
    )
  })

  test('the errored redacted plan `{}` reads as empty', async () => {
    const summary = await readPlanSummary(join(FIXTURES, 'redacted', 'tf-cloud-plan-json-error.json'))
    expect(summary.changes).toEqual([])
  })
})

/** The excerpt of a whole log, as the step makes it from the log it followed (its STX/ETX framing already removed). */
const errorExcerpt = (log: string) => excerptOf(digestLog(log, 'plan'))

describeWithFixtures('plan log excerpts', () => {
  test('structured logs give their error diagnostics', () => {
    const excerpt = errorExcerpt(fixture('logs', 'tf-cloud-plan-json-error.log'))
    expect(excerpt.kind).toBe('diagnostics')
    expect(excerpt.text).toMatch(/^Error: Unsupported block type/)
  })

  test('plain logs give their tail', () => {
    const excerpt = errorExcerpt(fixture('logs', 'tf-cloud-plan-with-error-plain.log'))
    expect(excerpt.kind).toBe('tail')
    expect(excerpt.text).toContain('unknown function called: guid')
  })

  test('ANSI colour codes are removed', () => {
    const excerpt = errorExcerpt(fixture('logs', 'otf-apply-ansi.log'))
    expect(excerpt.text).not.toMatch(/\x1b/)
  })

  test('a 96 KB single-line log is cut to a readable size', () => {
    const excerpt = errorExcerpt(fixture('logs', 'tf-cloud-plan-long-line-plain.log'))
    expect(excerpt.text.length).toBeLessThanOrEqual(12_000)
  })
})

describeWithFixtures('diagnostics of every real log', () => {
  test.each(fixtureFiles('logs', '.log'))('%s: every structured diagnostic is read, with its range when it has one', file => {
    const text = fixture('logs', file)
    const digest = digestLog(text, 'plan')
    const structured = text
      .split('\n')
      .filter(line => line.startsWith('{'))
      .map(line => {
        try {
          return JSON.parse(line) as { type?: string; diagnostic?: { range?: unknown } }
        } catch {
          return {}
        }
      })
      .filter(entry => entry.type === 'diagnostic')
    if (structured.length) {
      expect(digest.diagnostics).toHaveLength(structured.length)
      expect(digest.diagnostics.filter(d => d.range)).toHaveLength(structured.filter(e => e.diagnostic?.range).length)
    }
    for (const d of digest.diagnostics) expect(d.summary).not.toBe('')
  })

  test('the real text error log gives its error, and a log without errors gives none', () => {
    const errors = digestLog(fixture('logs', 'tf-cloud-plan-with-error-plain.log'), 'plan').diagnostics
    expect(errors).toEqual([expect.objectContaining({ severity: 'error', summary: 'null_resource.foo: 1 error(s) occurred:' })])
    expect(errors[0].detail).toContain('unknown function called: guid')
    expect(digestLog(fixture('logs', 'tf-cloud-plan-plain.log'), 'plan').diagnostics).toEqual([])
  })

  test('the real apply log with a provisioner error gives the error with its address', () => {
    const [error] = digestLog(fixture('logs', 'tf-cloud-apply-json-with-provisioner-error-apply.log'), 'apply').diagnostics
    expect(error).toMatchObject({ severity: 'error', phase: 'apply' })
  })
})

describeWithFixtures('the streaming reader equals the in-memory reader at any chunk size', () => {
  function streamed(text: string, size: number): ReturnType<typeof summarizePlan> {
    const reader = planSummaryReader()
    const bytes = Buffer.from(text, 'utf8')
    for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size))
    return reader.end()
  }

  test.each([...fixtureFiles('plan-json').map(f => ['plan-json', f]), ...fixtureFiles('redacted').map(f => ['redacted', f])])(
    '%s/%s',
    (dir, file) => {
      const text = fixture(dir, file)
      const expected = summarizePlan(JSON.parse(text))
      for (const size of [1, 3, 17, 4096]) expect(streamed(text, size)).toEqual(expected)
    }
  )

  test('escapes, unicode and scalars split across chunks', () => {
    const text = JSON.stringify({
      errored: false,
      a: null,
      b: 12.5e3,
      terraform_version: '1.\\"9"',
      // Skipped unread: brackets, quotes and backslashes inside strings must not end them early.
      planned_values: { s: 'x\\"]}\\\\', t: ['"{[', '\\', { u: '\\\\\\"' }] },
      resource_changes: [
        { address: 'x["é\\\\"]\u2028', change: { actions: ['create'] } },
        { address: 'y', change: { actions: ['update'], before: { k: 'v\\"}]' }, after: { k: '\\\\"[{' } } }
      ],
      output_changes: { 'o"\\': { actions: ['update'] } },
      z: true
    })
    for (const size of [1, 2, 5]) expect(streamed(text, size)).toEqual(summarizePlan(JSON.parse(text)))
  })
})

test('the generator writes the same plan to a file piece by piece as it builds in memory', () => {
  const file = join(tempDir('plan-'), 'plan.json')
  writeGeneratedPlan(file, 2_500)
  expect(readFileSync(file, 'utf8')).toBe(generatedPlan(2_500))
})

describe('values are parsed only for the changes that are diffed', () => {
  test('before, after and their marks reach the handler unparsed, and are read for the first updates and replacements only', () => {
    const builder = new PlanSummaryBuilder()
    let elements = 0
    let valuesSeen = 0
    const asked = new Set<string>()
    const scanner = new JsonPlanScanner(STREAMED_MEMBERS, KEPT_MEMBERS, {
      element: (_key, value, deferred) => {
        elements++
        const change = (value as { change: Record<string, unknown> }).change
        for (const name of DEFERRED_CHANGE_MEMBERS) if (change[name] !== undefined && change[name] !== null) valuesSeen++
        builder.resourceChange(value, {
          get: name => {
            asked.add(`${elements}:${name}`)
            return deferred.get(name)
          },
          text: name => {
            asked.add(`${elements}:${name}`)
            return deferred.text(name)
          }
        })
      },
      member: (key, value) => builder.member(key, value)
    })
    const resources = MAX_DIFFED_CHANGES * 6
    scanner.push(Buffer.from(generatedPlan(resources)))
    scanner.end()
    const summary = builder.build()
    expect(elements).toBe(resources)
    expect(valuesSeen).toBe(0)
    expect(summary.changes.filter(c => c.diff)).toHaveLength(MAX_DIFFED_CHANGES)
    // Each diffed change asks for its deferred members once; no other change asks at all.
    expect(new Set([...asked].map(key => key.split(':')[0])).size).toBe(MAX_DIFFED_CHANGES)
    // And the diffs are those of the whole values: the in-memory reader agrees.
    expect(summary).toEqual(summarizePlan(JSON.parse(generatedPlan(resources))))
  })
})

describe('streaming reader work does not depend on how many escapes a plan has', () => {
  test('strings without a backslash in one chunk are searched in linear work', () => {
    const changes = Array.from({ length: 20_000 }, (_, i) => ({
      address: `null_resource.r${i}_${'n'.repeat(60)}`,
      change: { actions: ['create'], after: { a: 'x', b: 'y', c: 'z' } }
    }))
    const bytes = Buffer.from(JSON.stringify({ resource_changes: changes }))
    // Count the bytes every search walks over: a per-string search for the next backslash walks to the end of the
    // chunk each time (about 100k strings x 1.4 MB here); searching once per chunk keeps the total near the size.
    let walked = 0
    const indexOf = bytes.indexOf.bind(bytes)
    bytes.indexOf = ((value: number, from: number) => {
      const at = indexOf(value, from)
      walked += (at === -1 ? bytes.length : at) - from
      return at
    }) as typeof bytes.indexOf
    const builder = new PlanSummaryBuilder()
    const scanner = new JsonPlanScanner(STREAMED_MEMBERS, KEPT_MEMBERS, {
      element: (_k, v, deferred) => builder.resourceChange(v, deferred),
      member: () => undefined
    })
    scanner.push(bytes)
    scanner.end()
    expect(builder.build().counts.add).toBe(20_000)
    expect(walked).toBeGreaterThan(0)
    expect(walked).toBeLessThan(3 * bytes.length)
  })
})
