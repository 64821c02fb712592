/** action.yml and the README's input and output tables list the same names, with the same defaults. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, unknown>
}
const readme = readFileSync('README.md', 'utf8')

/** The rows of the table under a `## heading`: the first cell's names (a cell may name several) and the second cell. */
function table(heading: string): Array<{ names: string[]; second: string }> {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? ''
  return section
    .split('\n')
    .filter(line => /^\| `/.test(line))
    .map(line => {
      const cells = line.split(/(?<!\\)\|/).map(cell => cell.trim())
      return { names: [...cells[1].matchAll(/`([\w-]+)`/g)].map(m => m[1]), second: cells[2] }
    })
}

describe('action.yml and the README agree', () => {
  const inputs = table('Inputs')
  const outputs = table('Outputs')

  test('the same inputs', () => {
    expect(inputs.flatMap(row => row.names).sort()).toEqual(Object.keys(action.inputs).sort())
  })

  test('the same outputs', () => {
    expect(outputs.flatMap(row => row.names).sort()).toEqual(Object.keys(action.outputs).sort())
  })

  test.each(Object.entries(action.inputs).filter(([, input]) => input.default !== undefined))(
    'input %s: the same default',
    (name, input) => {
      const row = inputs.find(r => r.names.includes(name))!
      // The README writes a default as code (`true`, `10`); an expression default as it is.
      expect(row.second.replace(/`/g, '')).toBe(String(input.default))
    }
  )
})
