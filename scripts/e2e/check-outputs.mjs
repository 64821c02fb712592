#!/usr/bin/env node
/** The end-to-end job's check of what the steps output (`steps.<id>.outputs.*`, passed in as environment). */
const env = process.env
const failures = []
const expect = (what, actual, wanted) => {
  const ok = wanted instanceof RegExp ? wanted.test(actual ?? '') : actual === wanted
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${JSON.stringify(actual)}`)
  if (!ok) failures.push(what)
}
expect('plan: run-status', env.PLAN_STATUS, 'planned_and_finished')
expect('plan: configuration-version-id (the upload)', env.PLAN_CV, /^cv-/)
expect('plan: resource-additions', env.PLAN_ADDITIONS, '1')
expect('apply: run-status', env.APPLY_STATUS, 'applied')
expect('apply: applied', env.APPLIED, 'true')
expect('apply: outputs', env.APPLY_OUTPUTS, '{"endpoint":"https://app.example.test"}')
expect('leftover: the step failed (its stop failed)', env.LEFTOVER_OUTCOME, 'failure')
expect('leftover: run-id', env.LEFTOVER_RUN, /^run-/)
if (failures.length) {
  console.log(`::error::${failures.length} end-to-end checks failed: ${failures.join('; ')}`)
  process.exit(1)
}
