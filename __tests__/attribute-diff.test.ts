import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { attributeDiff, diffLines, MAX_ATTRIBUTES } from '../src/plan/attribute-diff.js'
import { readPlanSummary } from '../src/plan/read.js'
import { renderReport } from '../src/report/render.js'
import { describeWithFixtures, FIXTURES, fixture, fixtureFiles } from './support/fixtures.js'

function lines(change: Record<string, unknown>, replacePaths?: string[]): string[] {
  return diffLines(attributeDiff(change, replacePaths))
}

describe('attribute diffs', () => {
  test('a changed, an added and a removed attribute; an unchanged one is not listed', () => {
    expect(
      lines({
        before: { name: 'web', size: 't3.micro', old: 'x', same: 1 },
        after: { name: 'web', size: 't3.large', added: true, same: 1 }
      })
    ).toEqual(['+ added = true', '- old = "x"', '~ size = "t3.micro" -> "t3.large"'])
  })

  test('nested maps and lists are compared by part, with paths a reader can find', () => {
    expect(
      lines({
        before: { tags: { Name: 'a', 'cost-center': '1' }, ingress: [{ cidr: '10.0.0.0/8', port: 80 }] },
        after: { tags: { Name: 'b', 'cost-center': '1', 'team.name': 'x' }, ingress: [{ cidr: '10.0.0.0/8', port: 443 }] }
      })
    ).toEqual(['~ ingress[0].port = 80 -> 443', '~ tags.Name = "a" -> "b"', '+ tags["team.name"] = "x"'])
  })

  test('unknown values read "(known after apply)", nested or whole', () => {
    expect(
      lines({
        before: { id: 'i-1', arn: 'arn:1', nested: { a: 1 } },
        after: { nested: { a: 1 } },
        after_unknown: { id: true, arn: true, nested: { b: true } }
      })
    ).toEqual(['~ arn = "arn:1" -> (known after apply)', '~ id = "i-1" -> (known after apply)', '+ nested.b = (known after apply)'])
  })

  test('a sensitive value is never shown, from either side, however it is marked', () => {
    const diff = attributeDiff({
      before: { password: 'old-secret-1', db: { user: 'admin', pass: 'old-secret-2' }, blob: { k: 'old-secret-3' }, keep: 'old-secret-4' },
      after: { password: 'new-secret-1', db: { user: 'root', pass: 'new-secret-2' }, blob: null, keep: 'old-secret-4' },
      before_sensitive: { password: true, db: { pass: true }, blob: { k: true }, keep: true },
      after_sensitive: { password: true, db: { pass: true }, keep: true }
    })
    const text = diffLines(diff).join('\n')
    expect(text).not.toMatch(/secret/)
    expect(diffLines(diff)).toEqual([
      '~ blob = (sensitive) -> null',
      '~ db.pass = (sensitive) -> (sensitive)',
      '~ db.user = "admin" -> "root"',
      '~ password = (sensitive) -> (sensitive)'
    ])
  })

  test('a value that becomes sensitive hides the old value too', () => {
    expect(lines({ before: { token: 'plain-before' }, after: { token: 'hidden-after' }, after_sensitive: { token: true } })).toEqual([
      '~ token = (sensitive) -> (sensitive)'
    ])
  })

  test('a whole resource marked sensitive shows nothing but the marker', () => {
    expect(lines({ before: { a: 'x' }, after: { a: 'y' }, before_sensitive: true, after_sensitive: true })).toEqual([
      '~  = (sensitive) -> (sensitive)'
    ])
  })

  test('replace paths mark the attributes that force the replacement', () => {
    expect(
      lines({ before: { ami: 'a', disk: [{ type: 'gp2' }], name: 'n' }, after: { ami: 'b', disk: [{ type: 'gp3' }], name: 'm' } }, [
        'ami',
        'disk[0]'
      ])
    ).toEqual(['~ ami = "a" -> "b"  # forces replacement', '~ disk[0].type = "gp2" -> "gp3"  # forces replacement', '~ name = "n" -> "m"'])
  })

  test('long values are shortened and a long list of attributes is counted', () => {
    const before: Record<string, string> = {}
    const after: Record<string, string> = {}
    for (let i = 0; i < MAX_ATTRIBUTES + 5; i++) {
      before[`k${String(i).padStart(3, '0')}`] = 'a'.repeat(200)
      after[`k${String(i).padStart(3, '0')}`] = 'b'
    }
    const out = lines({ before, after })
    expect(out).toHaveLength(MAX_ATTRIBUTES + 1)
    expect(out[0]).toBe(`~ k000 = "${'a'.repeat(78)}… -> "b"`)
    expect(out[MAX_ATTRIBUTES]).toBe('  … and 5 more changed attributes')
  })

  test('two long values with a long common beginning are shown from near where they differ', () => {
    const policy = (action: string): string =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [action], Resource: '*' }] })
    const [line] = lines({ before: { policy: policy('s3:GetObject') }, after: { policy: policy('s3:PutObject') } })
    expect(line).toMatch(/^~ policy = ….*s3:GetObject.* -> ….*s3:PutObject/)
  })

  test('null on one side and absent on the other is no change', () => {
    expect(lines({ before: { a: null }, after: {} })).toEqual([])
    expect(lines({ before: {}, after: { a: null } })).toEqual([])
  })
})

/** Every string value under a sensitive mark in a plan's resource changes, from either side. */
function sensitiveStrings(value: unknown, mark: unknown, out: string[] = []): string[] {
  if (mark === true) {
    const collect = (v: unknown): void => {
      if (typeof v === 'string' && v.length >= 4) out.push(v)
      else if (v && typeof v === 'object') Object.values(v as Record<string, unknown>).forEach(collect)
    }
    collect(value)
  } else if (mark && typeof mark === 'object' && value && typeof value === 'object') {
    for (const [k, m] of Object.entries(mark as Record<string, unknown>)) sensitiveStrings((value as Record<string, unknown>)[k], m, out)
  }
  return out
}

describeWithFixtures('attribute diffs of real plans', () => {
  const files = [...fixtureFiles('plan-json').map(f => ['plan-json', f]), ...fixtureFiles('redacted').map(f => ['redacted', f])]
  test.each(files)('%s/%s: every update and replacement is diffed, and no sensitive value reaches the report', async (dir, file) => {
    const doc = JSON.parse(fixture(dir, file)) as { resource_changes?: Array<{ change: Record<string, unknown> }> }
    const summary = await readPlanSummary(join(FIXTURES, dir, file))
    for (const change of summary.changes) {
      if (change.action === 'update' || change.action === 'replace') expect(change.diff).toBeDefined()
    }
    const secrets = (doc.resource_changes ?? []).flatMap(rc => [
      ...sensitiveStrings(rc.change.before, rc.change.before_sensitive),
      ...sensitiveStrings(rc.change.after, rc.change.after_sensitive)
    ])
    const md = renderReport(
      {
        outcome: 'planned',
        action: 'x',
        run: { id: 'run-1', url: 'https://example.test/run', status: 'planned', createdAt: '', isDestroy: false, planOnly: false },
        workspace: { organization: 'o', name: 'w', url: 'https://example.test/ws' },
        plan: summary
      },
      'full'
    )
    // A sensitive value that is also part of an address (a for_each key, say) is shown there, as Terraform does.
    const addresses = summary.changes.map(c => c.address).join('\n')
    for (const secret of secrets) if (!addresses.includes(secret)) expect(md).not.toContain(JSON.stringify(secret).slice(1, -1))
  })

  test('the real plans hold sensitive values to guard (the check above is not empty)', () => {
    const count = fixtureFiles('plan-json')
      .map(f => JSON.parse(fixture('plan-json', f)) as { resource_changes?: Array<{ change: Record<string, unknown> }> })
      .flatMap(doc => doc.resource_changes ?? [])
      .flatMap(rc => [
        ...sensitiveStrings(rc.change.before, rc.change.before_sensitive),
        ...sensitiveStrings(rc.change.after, rc.change.after_sensitive)
      ])
    expect(count.length).toBeGreaterThan(3)
  })
})
