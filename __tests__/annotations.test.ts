import { describe, expect, test } from '@jest/globals'
import type { Diagnostic } from '../src/plan/diagnostics.js'
import { ANNOTATIONS_PER_LEVEL, annotationsOf, repoPathOf, type SourceLayout } from '../src/report/annotations.js'
import { diagnosticsSection } from '../src/report/checks-section.js'

const FILES = new Set(['infra/main.tf', 'infra/modules/vpc/main.tf', 'modules/shared/main.tf', 'infra/networking/main.tf'])
const layout = (root: string | undefined, workingDirectory = ''): SourceLayout => ({ root, workingDirectory, exists: p => FILES.has(p) })

function diagnostic(
  severity: Diagnostic['severity'],
  summary: string,
  filename?: string,
  line = 1,
  columns: [number, number] = [1, 5],
  endLine = line
): Diagnostic {
  return {
    severity,
    summary,
    detail: `${summary} detail`,
    phase: 'plan',
    range: filename ? { filename, start: { line, column: columns[0] }, end: { line: endLine, column: columns[1] } } : undefined
  }
}

describe('repository paths of diagnostics', () => {
  test.each([
    ['main.tf', 'infra', '', 'infra/main.tf'],
    ['modules/vpc/main.tf', 'infra', '', 'infra/modules/vpc/main.tf'],
    ['../modules/shared/main.tf', '', 'infra', 'modules/shared/main.tf'],
    ['main.tf', '', '/infra/networking', 'infra/networking/main.tf'],
    ['main.tf', '', '', undefined],
    ['.terraform/modules/s3/main.tf', 'infra', '', undefined],
    ['../../outside.tf', 'infra', '', undefined],
    ['/etc/passwd', 'infra', '', undefined],
    ['main.tf', undefined, '', undefined]
  ] as const)('%s with root %s and working directory %s -> %s', (filename, root, wd, expected) => {
    expect(repoPathOf(filename, layout(root, wd))).toBe(expected)
  })
})

describe('annotations', () => {
  test('errors first, then warnings; columns only on one line, the end column inclusive', () => {
    const out = annotationsOf(
      [diagnostic('warning', 'W', 'main.tf', 3, [2, 9]), diagnostic('error', 'E', 'main.tf', 1, [1, 2], 4)],
      layout('infra')
    )
    expect(out).toEqual([
      { level: 'error', title: 'Terraform plan: E', message: 'E detail', file: 'infra/main.tf', startLine: 1, endLine: 4 },
      {
        level: 'warning',
        title: 'Terraform plan: W',
        message: 'W detail',
        file: 'infra/main.tf',
        startLine: 3,
        endLine: 3,
        startColumn: 2,
        endColumn: 8
      }
    ])
  })

  test(`at most ${ANNOTATIONS_PER_LEVEL} of each level, a repeated (file, line, summary) once`, () => {
    const errors = Array.from({ length: 14 }, (_, i) => diagnostic('error', `E${i}`, 'main.tf', i + 1))
    const warnings = [
      diagnostic('warning', 'W', 'main.tf', 1),
      diagnostic('warning', 'W', 'main.tf', 1),
      diagnostic('warning', 'W', 'main.tf', 2)
    ]
    const out = annotationsOf([...warnings, ...errors], layout('infra'))
    expect(out.filter(a => a.level === 'error')).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(out.filter(a => a.level === 'warning').map(a => a.startLine)).toEqual([1, 2])
    expect(out[0].title).toBe('Terraform plan: E0')
  })

  test('a diagnostic without a file in the checkout is annotated without one, saying where it was', () => {
    const [out] = annotationsOf([diagnostic('error', 'E', '.terraform/modules/s3/main.tf', 7)], layout('infra'))
    expect(out).toEqual({ level: 'error', title: 'Terraform plan: E', message: 'E detail\n(.terraform/modules/s3/main.tf line 7)' })
  })
})

describe('the report lists the first diagnostics kept', () => {
  test('errors first, each with its file and line, at most 20, and a count of the rest (those past what a log keeps too)', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...diagnostic('warning', `W${i}`, 'main.tf', i + 1), where: 'infra/main.tf' }))
    const text = diagnosticsSection([...many, { ...diagnostic('error', 'E', 'main.tf', 9), where: 'infra/main.tf' }], 7)!
    const lines = text.split('\n').filter(line => line.startsWith('- '))
    expect(lines).toHaveLength(21)
    expect(lines[0]).toBe('- ❌ **Error** (plan): E — `infra/main.tf` line 9 — E detail')
    expect(lines[20]).toBe('- … and 18 more in the log (see the run page)')
    expect(text).toMatch(/^\*\*Terraform reported 1 error and 30 warnings \(and 7 more\):\*\*/)
  })
})
