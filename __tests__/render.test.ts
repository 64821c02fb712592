import { describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readPlanSummary } from '../src/plan/read.js'
import { MAX_LISTED_CHANGES, destroyCount, summarizePlan } from '../src/plan/summary.js'
import { code, codeBlock } from '../src/report/markdown.js'
import { COMMENT_LIMIT } from '../src/report/comment.js'
import { renderReport, renderWithinLimit, type ReportInput } from '../src/report/render.js'
import { FIXTURES, describeWithFixtures, fixtureFiles } from './support/fixtures.js'
import { generatedPlanObject } from './support/plans.js'

const RENDERED = fileURLToPath(new URL('./rendered/', import.meta.url))

function report(plan: ReportInput['plan'], extra: Partial<ReportInput> = {}): ReportInput {
  return {
    outcome: 'discarded',
    action: "Discarded: `apply` is false, and `discard` is true so the run does not hold the workspace's queue.",
    run: {
      id: 'run-CZcmD7eagjhyX0vN',
      url: 'https://app.terraform.io/app/acme/workspaces/production/runs/run-CZcmD7eagjhyX0vN',
      status: 'discarded',
      createdAt: '2026-11-23T10:00:00.000Z',
      isDestroy: false,
      planOnly: false
    },
    workspace: { organization: 'acme', name: 'production', url: 'https://app.terraform.io/app/acme/workspaces/production' },
    configurationVersion: { id: 'cv-n4XQPBa2QnecZJ4G', source: 'promoted from staging' },
    commit: {
      sha: '0123456789abcdef0123456789abcdef01234567',
      url: 'https://github.com/acme/infra/commit/0123456789abcdef0123456789abcdef01234567'
    },
    plan,
    ...extra
  }
}

describe('markdown safety primitives', () => {
  test('a code span is never closed by its content', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('a\nb')).toBe('`a␤b`')
  })
  test('a code block fence is longer than any backtick run inside', () => {
    expect(codeBlock('```\nx\n````')).toMatch(/^`````\n/)
  })
})

describe('every action kind, generated', () => {
  const plan = summarizePlan(generatedPlanObject(18))
  const md = renderReport(report(plan), 'full')

  test('counts replace on its own and list destroys first', () => {
    expect(plan.counts).toMatchObject({ add: 4, change: 4, destroy: 2, replace: 4, read: 2 })
    expect(md).toContain('**4** to add · **4** to change · **4** to replace · **2** to destroy')
    expect(md.indexOf('**Destroy (2)**')).toBeLessThan(md.indexOf('**Create (4)**'))
    expect(md.indexOf('[!WARNING]')).toBeLessThan(md.indexOf('<details'))
  })
  test('the warning lists destroyed and replaced addresses without expanding anything', () => {
    const warning = md.slice(md.indexOf('[!WARNING]'), md.indexOf('**What this step did'))
    expect(warning).toContain('destroys or replaces 6 resources')
    expect(warning.match(/`[^`]+`/g)).toHaveLength(6)
  })
  test('reasons and replace paths are shown', () => {
    expect(md).toContain('cannot be updated in place')
    expect(md).toContain('forced by `instance_type`, `root_block_device[0].volume_type`')
  })
  test('short plans are expanded, long ones collapsed', () => {
    expect(md).toContain('<details open><summary>Resource changes')
    expect(renderReport(report(summarizePlan(generatedPlanObject(200))), 'full')).toContain('<details><summary>Resource changes')
  })
  test.each([
    [300, 20],
    [60, 20],
    [40, 12]
  ])('the warning list of a %i-resource plan shows %i addresses, then says how many more', (resources, shown) => {
    const summary = summarizePlan(generatedPlanObject(resources))
    const destroys = destroyCount(summary.counts)
    const warning = renderReport(report(summary), 'counts')
      .split('\n')
      .find(line => line.includes('destroys or replaces'))!
    expect(warning).toContain(`destroys or replaces ${destroys} resources`)
    expect(warning.match(/`[^`]+`/g)).toHaveLength(shown)
    if (destroys > shown) expect(warning).toMatch(new RegExp(`, and ${destroys - shown} more$`))
    else expect(warning).not.toMatch(/more$/)
  })
  test('a plan past MAX_LISTED_CHANGES lists the first ones and counts every change, in totals that stay right', () => {
    const resources = MAX_LISTED_CHANGES + 2_000
    const summary = summarizePlan(generatedPlanObject(resources))
    const effective = summary.changes.length + summary.unlisted
    expect(summary.changes).toHaveLength(MAX_LISTED_CHANGES)
    expect(summary.unlisted).toBeGreaterThan(0)
    // Every generated kind but no-op has an effect: 8 of every 9 resources.
    expect(effective).toBe(resources - Math.floor(resources / 9))
    const totals = Object.values(summary.groupTotals).reduce((a, b) => a + b, 0)
    expect(totals).toBe(effective)
    const md = renderReport(report(summary), 'addresses', undefined, 5)
    expect(md).toContain(`Resource changes (${effective})`)
    expect(md).toContain(`**Create (${summary.groupTotals.create})**`)
    expect(md).toContain(`- … and ${summary.groupTotals.create! - 5} more`)
  })

  // 400 changes: 36 KB without any changed attributes, 138 KB with all of them; 200 changes: room for every
  // replacement's and some updates'.
  test.each([200, 400])('a plan of %i changes too large for every changed attribute fills the comment: replacements first', n => {
    const input = report(summarizePlan(generatedPlanObject(n)))
    const { markdown, detail } = renderWithinLimit(input, COMMENT_LIMIT)
    expect(detail).toBe('some-attributes')
    expect(markdown.length).toBeGreaterThan(COMMENT_LIMIT * 0.9)
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const section = (title: string): string => markdown.split(`**${title} (`)[1]?.split('\n**')[0] ?? ''
    const shown = (title: string): number => (section(title).match(/changed attributes?<\/summary>/g) ?? []).length
    const replacements = input.plan!.changes.filter(c => c.action === 'replace' && c.diff?.attributes.length).length
    // Replacements keep theirs first; updates get the room that is left, if any.
    expect(shown('Replace')).toBeGreaterThan(0)
    if (shown('Update in place') > 0) expect(shown('Replace')).toBe(replacements)
    else expect(shown('Replace')).toBeLessThanOrEqual(replacements)
    if (n === 200) expect(shown('Update in place')).toBeGreaterThan(0)
  })

  test('the destroy warning names outright destroys before replacements', () => {
    const change = (address: string, actions: string[]) => ({
      address,
      mode: 'managed',
      type: 't',
      name: 'n',
      change: { actions, before: {}, after: actions.includes('create') ? {} : null }
    })
    const plan = summarizePlan({
      resource_changes: [
        ...Array.from({ length: 30 }, (_, i) => change(`a_replaced.r${i}`, ['delete', 'create'])),
        ...Array.from({ length: 5 }, (_, i) => change(`z_destroyed.d${i}`, ['delete']))
      ]
    })
    const text = renderReport(report(plan), 'full')
    const warning = /\[!WARNING\]\n> \*\*This plan destroys or replaces 35 resources\*\*: (.*)/.exec(text)![1]
    expect(warning.split(', ').slice(0, 5)).toEqual([
      '`z_destroyed.d0`',
      '`z_destroyed.d1`',
      '`z_destroyed.d2`',
      '`z_destroyed.d3`',
      '`z_destroyed.d4`'
    ])
    expect(warning).toContain('`a_replaced.r0` (replace)')
  })

  test('sensitive outputs are marked and no output value is ever printed', () => {
    const withSecret = summarizePlan({ output_changes: { password: { actions: ['create'], after: 'hunter2', after_sensitive: true } } })
    const text = renderReport(report(withSecret), 'full')
    expect(text).toContain('`password`: create (sensitive)')
    expect(text).not.toContain('hunter2')
  })
  test('degrades step by step and says what was left out', () => {
    const input = report(summarizePlan(generatedPlanObject(2000)))
    const full = renderReport(input, 'full').length
    expect(renderWithinLimit(input, full + 10).detail).toBe('full')
    // Attribute changes go first (those of updates before those of replacements), then reasons and drift, and
    // only then addresses.
    const some = renderWithinLimit(input, full - 10)
    expect(some.detail).toBe('some-attributes')
    expect(some.markdown).toContain('Changed attributes of some updates were left out to fit')
    expect(some.markdown.length).toBeGreaterThan(full - 2000)
    const reasons = renderReport(input, 'reasons').length
    const noDiffs = renderWithinLimit(input, reasons + 200)
    expect(noDiffs.detail).toBe('reasons')
    expect(noDiffs.markdown).toContain('Changed attributes were left out to fit')
    expect(reasons).toBeLessThan(full)
    expect(renderWithinLimit(input, reasons - 10).detail).toBe('addresses')
    expect(renderWithinLimit(input, 4000).markdown).toMatch(/Only the first addresses|left out to fit/)
    expect(renderWithinLimit(input, 1500).detail).toMatch(/counts|link/)
    for (const limit of [1000, 4000, 20_000, 65_536]) expect(renderWithinLimit(input, limit).markdown.length).toBeLessThanOrEqual(limit)
  })

  test('every form, down to the link, keeps the counts and the destroy warning; diagnostics give way first', () => {
    const plan = summarizePlan(generatedPlanObject(2000))
    const path = `modules/${'x'.repeat(1200)}/main.tf`
    const noise = Array.from({ length: 60 }, (_, i) => ({
      severity: 'warning' as const,
      phase: 'plan' as const,
      summary: 'Check block assertion failed',
      detail: `Check ${i} failed.`,
      address: `module.noise.check.c${i}`,
      range: { filename: path, start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } }
    }))
    const input = report(plan, { diagnostics: noise })
    for (const limit of [1500, 4000, 20_000, 65_536]) {
      const { markdown } = renderWithinLimit(input, limit)
      expect(markdown.length).toBeLessThanOrEqual(limit)
      expect(markdown).toContain(`**${plan.counts.destroy}** to destroy`)
      expect(markdown).toContain(`**This plan destroys or replaces ${destroyCount(plan.counts)} resources**`)
      expect(markdown).not.toContain('x'.repeat(200))
    }
  })

  test('a destroyed address as long as a for_each key can be is cut in the warning, so the warning fits', () => {
    const key = 'k'.repeat(100_000)
    const long = summarizePlan({
      resource_changes: [
        { address: `a.b["${key}"]`, mode: 'managed', type: 'a', name: 'b', change: { actions: ['delete'], before: {}, after: null } }
      ]
    })
    const { markdown } = renderWithinLimit(report(long), 65_536)
    expect(markdown.length).toBeLessThanOrEqual(65_536)
    expect(markdown).toMatch(/This plan destroys or replaces 1 resource\*\*: `a\.b\["k+…k+"\]`/)
  })
})

describeWithFixtures('rendering every real plan', () => {
  test.each(fixtureFiles('plan-json'))('%s', async file => {
    const plan = await readPlanSummary(join(FIXTURES, 'plan-json', file))
    const md = renderReport(report(plan), 'full')
    for (const change of plan.changes) expect(md).toContain(code(change.address))
    expect(md.includes('[!WARNING]')).toBe(plan.counts.destroy + plan.counts.replace > 0)
    expect(renderWithinLimit(report(plan), 65_536).markdown.length).toBeLessThanOrEqual(65_536)
  })

  // Reviewed by hand: a replace with reason and paths, a move, an import, drift and outputs, a destroy. The reviewed
  // text lives in __tests__/rendered/ as Markdown (not a jest snapshot, which a clone without the fixtures would
  // report as obsolete and fail on); UPDATE_RENDERED=1 rewrites it, for a review of the diff.
  test.each([
    'tf-showjson-requires-replace.json',
    'borchero-move.json',
    'borchero-import.json',
    'tfcomp-issue-522.json',
    'tfsum-example.json'
  ])('%s renders as reviewed', async file => {
    const plan = await readPlanSummary(join(FIXTURES, 'plan-json', file))
    const markdown = renderReport(report(plan), 'full')
    const reviewed = join(RENDERED, file.replace(/\.json$/, '.md'))
    if (process.env.UPDATE_RENDERED) writeFileSync(reviewed, markdown)
    expect(markdown).toBe(readFileSync(reviewed, 'utf8'))
  })
})
