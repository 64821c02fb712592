#!/usr/bin/env node
/**
 * Regenerates sim/artefacts/ with the real Terraform CLI: for each case in ./cases, the configuration in `before/`
 * (if any) is applied to local state, then the one in `after/` is planned against it, as HCP Terraform's worker
 * would. Only the built-in `terraform_data` resource and local modules are used, so no network is needed.
 *
 *   node scripts/cli-artefacts/generate.mjs            (every case)
 *   node scripts/cli-artefacts/generate.mjs replace    (one case)
 *
 * Per case it writes what HCP Terraform serves for such a run:
 *   show.json      `terraform show -json` of the saved plan: what json-output serves
 *   plan.jsonl     `terraform plan -json`: the plan log of a structured-output workspace
 *   plan.txt       `terraform plan -no-color`, and plan-color.txt with colour: the plan log of the others
 *   apply.jsonl    `terraform apply -json` of the saved plan: the apply log (after HCP Terraform's preamble)
 *   meta.json      the Terraform version, whether the plan errored, and its counts (its change_summary)
 * and once, for all: schemas.json, `terraform providers schema -json`. The simulator builds the redacted JSON plan
 * (json-output-redacted) from show.json and schemas.json as the service does (sim/tfc/redacted-plan.ts).
 * The files are committed, so the test suite does not need the CLI. A case with an `args` file adds its words to
 * `plan` (`-destroy`); one with a `prepare.mjs` has its default export called with the working directory after
 * `after/` is copied in (for trees that cannot be committed as they are, such as a 1,200-character path).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const casesDir = join(here, 'cases')
const outDir = resolve(here, '../../sim/artefacts')
const work = mkdtempSync(join(tmpdir(), 'tfe-artefacts-'))
const cliConfig = join(work, 'empty.tfrc')
writeFileSync(cliConfig, '')
const env = { PATH: process.env.PATH, HOME: work, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: cliConfig }

function tf(dir, args, { allowFail = false } = {}) {
  const result = spawnSync('terraform', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.status !== 0 && !allowFail) throw new Error(`terraform ${args.join(' ')} in ${dir}: ${result.stderr || result.stdout}`)
  return result
}

async function generate(name) {
  const source = join(casesDir, name)
  const dir = join(work, name)
  const out = join(outDir, name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const extra = existsSync(join(source, 'args')) ? readFileSync(join(source, 'args'), 'utf8').trim().split(/\s+/) : []
  if (existsSync(join(source, 'before'))) {
    cpSync(join(source, 'before'), dir, { recursive: true })
    tf(dir, ['init', '-input=false', '-no-color'])
    tf(dir, ['apply', '-input=false', '-auto-approve', '-no-color'])
    for (const entry of readdirSync(dir)) if (entry.endsWith('.tf') || entry === 'modules') rmSync(join(dir, entry), { recursive: true })
  }
  cpSync(join(source, 'after'), dir, { recursive: true })
  if (existsSync(join(source, 'prepare.mjs'))) (await import(join(source, 'prepare.mjs'))).default(dir)
  tf(dir, ['init', '-input=false', '-no-color'])
  const planArgs = ['plan', '-input=false', '-lock=false', ...extra]
  const json = tf(dir, [...planArgs, '-json', '-out=plan.bin'], { allowFail: true })
  writeFileSync(join(out, 'plan.jsonl'), json.stdout)
  const text = tf(dir, [...planArgs, '-no-color'], { allowFail: true })
  writeFileSync(join(out, 'plan.txt'), text.stdout + text.stderr)
  const color = tf(dir, planArgs, { allowFail: true })
  writeFileSync(join(out, 'plan-color.txt'), color.stdout + color.stderr)
  const summary = json.stdout
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line))
    .find(message => message.type === 'change_summary')
  const version = JSON.parse(tf(dir, ['version', '-json']).stdout).terraform_version
  const errored = json.status !== 0
  writeFileSync(join(out, 'meta.json'), `${JSON.stringify({ terraform: version, errored, changes: summary?.changes ?? null }, null, 2)}\n`)
  if (errored) return
  writeFileSync(join(out, 'show.json'), tf(dir, ['show', '-json', 'plan.bin']).stdout)
  writeFileSync(join(outDir, 'schemas.json'), tf(dir, ['providers', 'schema', '-json']).stdout)
  writeFileSync(join(out, 'apply.jsonl'), tf(dir, ['apply', '-input=false', '-json', 'plan.bin']).stdout)
}

try {
  execFileSync('terraform', ['version'], { env, stdio: 'ignore' })
} catch {
  console.error('terraform is not on PATH: nothing regenerated (the committed artefacts stay as they are).')
  process.exit(1)
}
const cases = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(casesDir).sort()
for (const name of cases) {
  await generate(name)
  console.log(`sim/artefacts/${name}`)
}
rmSync(work, { recursive: true, force: true })
