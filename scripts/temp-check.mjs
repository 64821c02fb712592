#!/usr/bin/env node
/**
 * The test suite must remove what it makes in the system's temporary folder (credentials first).
 *   node scripts/temp-check.mjs snapshot <file>   records what the folder holds now
 *   node scripts/temp-check.mjs compare <file>    fails, naming them, when entries appeared since
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'

const [command, file] = process.argv.slice(2)
const now = readdirSync(tmpdir()).sort()
if (command === 'snapshot') {
  writeFileSync(file, JSON.stringify(now))
  console.log(`${tmpdir()} holds ${now.length} entries before the suite`)
} else if (command === 'compare') {
  const before = new Set(JSON.parse(readFileSync(file, 'utf8')))
  const left = now.filter(name => !before.has(name))
  if (left.length) {
    console.log(`::error::The test suite left ${left.length} entries in ${tmpdir()}: ${left.slice(0, 20).join(', ')}`)
    process.exit(1)
  }
  console.log(`${tmpdir()}: nothing left behind by the suite`)
} else {
  console.error('usage: temp-check.mjs snapshot|compare <file>')
  process.exit(2)
}
