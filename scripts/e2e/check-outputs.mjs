#!/usr/bin/env node
/**
 * The end-to-end job's check of what the steps output (`steps.<id>.outputs.*`, passed in as environment) and of what
 * the plan step uploaded (the simulator's state file): on every OS, the archive must hold the files under infra/,
 * with forward slashes only, no state, and the workspace's working directory.
 */
import { readFileSync } from 'node:fs'

const env = process.env
const failures = []
const expect = (what, actual, wanted) => {
  const ok = wanted instanceof RegExp ? wanted.test(actual ?? '') : typeof wanted === 'function' ? wanted(actual) : actual === wanted
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${JSON.stringify(actual)}`)
  if (!ok) failures.push(what)
}
expect('plan: run-status', env.PLAN_STATUS, 'planned_and_finished')
expect('plan: resource-additions', env.PLAN_ADDITIONS, '1')
expect('apply: run-status', env.APPLY_STATUS, 'applied')
expect('apply: applied', env.APPLIED, 'true')
expect('apply: outputs', env.APPLY_OUTPUTS, '{"endpoint":"https://app.example.test"}')
expect('leftover: the step failed (its stop failed)', env.LEFTOVER_OUTCOME, 'failure')
expect('leftover: run-id', env.LEFTOVER_RUN, /^run-/)

// What the plan step uploaded: the configuration version it names, as HCP Terraform unpacked it.
const state = JSON.parse(readFileSync(env.TFE_E2E_STATE, 'utf8'))
const upload = state.uploads.find(u => u.id === env.PLAN_CV)
expect('plan: configuration-version-id is an upload into e2e-plan', upload?.workspace, 'e2e-plan')
const names = (upload?.files ?? []).map(f => f.name)
expect('upload: the configuration files under infra/', names, list =>
  ['infra/main.tf', 'infra/modules/network/main.tf'].every(n => list.includes(n))
)
expect('upload: forward slashes only', names, list => list.length > 0 && list.every(n => !n.includes('\\')))
expect('upload: no state (.terraformignore)', names, list => !list.some(n => n.endsWith('.tfstate')))
expect('upload: the working directory infra', upload?.files, files => files?.some(f => f.name === 'infra' && f.type === 'directory'))

if (failures.length) {
  console.log(`::error::${failures.length} end-to-end checks failed: ${failures.join('; ')}`)
  if (env.TFE_E2E_LOG) console.log(`The simulator's log:\n${readFileSync(env.TFE_E2E_LOG, 'utf8')}`)
  process.exit(1)
}
