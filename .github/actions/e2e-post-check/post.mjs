// After the action's post steps: the run its main step left (e2e-post) was canceled by its post step.
import { readFileSync } from 'node:fs'

// The simulator writes its state every 200 ms: look until the post step's cancel shows, for up to 10 s.
let state
let run
let cancels = []
for (let i = 0; i < 50; i++) {
  state = JSON.parse(readFileSync(process.env.TFE_E2E_STATE, 'utf8'))
  run = state.runs.find(r => r.workspace === 'e2e-post')
  cancels = state.actions.filter(a => run && a.path === `/api/v2/runs/${run.id}/actions/cancel`)
  if (cancels.at(-1)?.status === 202) break
  await new Promise(resolve => setTimeout(resolve, 200))
}
const failures = []
if (!run) failures.push('no run on e2e-post')
else {
  if (cancels.length !== 4 || cancels.at(-1).status !== 202)
    failures.push(`cancels ${JSON.stringify(cancels)}: expected 3 refused (main step), then 1 accepted (post step)`)
  if (!['canceled', 'planning'].includes(run.status) || !run.actions.includes('cancel'))
    failures.push(`run ${run.id} is ${run.status}, actions ${run.actions}`)
  for (const other of state.runs.filter(r => r.workspace !== 'e2e-post'))
    if (other.actions.includes('cancel')) failures.push(`run ${other.id} of ${other.workspace} was canceled`)
}
if (failures.length) {
  console.log(`::error::the post step did not do its work: ${failures.join('; ')}`)
  if (process.env.TFE_E2E_LOG) console.log(`The simulator's log:\n${readFileSync(process.env.TFE_E2E_LOG, 'utf8')}`)
  process.exit(1)
}
console.log(`ok: the post step canceled ${run.id} after the main step could not (cancels: ${cancels.map(c => c.status).join(', ')})`)
