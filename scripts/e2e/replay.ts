/**
 * `npm run e2e`: replays the end-to-end job of .github/workflows/ci.yml here, step by step, as the runner would:
 * the simulator, then each `uses: ./` step as the bundle with the INPUT_* the runner builds from its `with:`
 * (expressions `env.*`, `steps.*.outputs.*` and `steps.*.outcome` resolved), each `run:` of a repository script
 * with its `env:`, and at the end the post steps in reverse order. What the GitHub job runs is so tested on every
 * change (.ci/run runs this).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { startStep, stateEnv, type StepResult } from '../../sim/step-runner.js'
import { startServers, type E2eServers } from './servers.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  'continue-on-error'?: boolean
}

// The bundle's paths come in as arguments (see package.json): named here, ncc would copy the files in as assets.
const [DIST_MAIN, DIST_POST] = process.argv.slice(2).map(path => resolve(path))
const workflow = parse(readFileSync(join('.github', 'workflows', 'ci.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> }
const steps = workflow.jobs.e2e.steps
const dir = mkdtempSync(join(tmpdir(), 'tfe-e2e-'))
const env: Record<string, string> = { RUNNER_TEMP: dir, GITHUB_WORKSPACE: process.cwd(), GITHUB_EVENT_NAME: 'push' }
const results = new Map<string, { outputs: Record<string, string>; outcome: 'success' | 'failure' }>()
const posts: Array<{ label: string; run: () => Promise<number> }> = []
let failed = 0

/** `${{ … }}` as the runner would evaluate the few forms the job uses. */
function evaluate(value: unknown): string {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const step = /^steps\.([\w-]+)\.(outputs\.([\w-]+)|outcome)$/.exec(expression)
    if (step) return step[3] ? (results.get(step[1])?.outputs[step[3]] ?? '') : (results.get(step[1])?.outcome ?? '')
    const name = /^env\.(\w+)$/.exec(expression)?.[1]
    if (name) return env[name] ?? ''
    throw new Error(`the replay does not evaluate \${{ ${expression} }}`)
  })
}

/**
 * Runs a workflow's `node` script. Not spawnSync: the simulator lives in this process, and a blocked event loop
 * would stop it answering and writing its state file while the script reads that file.
 */
function node(script: string, extraEnv: Record<string, string> = {}): Promise<number> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, ...extraEnv }, stdio: 'inherit' })
  return new Promise(resolve => {
    child.on('error', () => resolve(1))
    child.on('close', code => resolve(code ?? 1))
  })
}

function show(result: StepResult): void {
  const lines = result.stdout
    .split('\n')
    .filter(line => /^::(error|warning)::/.test(line) || /^(Created|Applied|Discarded|Canceled)/.test(line))
  console.log(`  exit ${result.code}; ${lines.slice(0, 6).join(' | ')}`)
  if (result.code !== 0) console.log(result.stderr.trim().split('\n').slice(-8).join('\n'))
}

let servers: E2eServers | undefined
try {
  for (const step of steps) {
    const label = step.name ?? step.id ?? step.uses ?? step.run ?? '?'
    if (step.uses?.startsWith('actions/') || step.run?.startsWith('npm install')) continue
    console.log(`▶ ${label}`)
    if (step.run?.startsWith('npm run e2e:servers')) {
      // The same simulator, in this process.
      servers = await startServers(join(dir, 'state.json'))
      Object.assign(env, servers.env)
      continue
    }
    if (step.uses === './.github/actions/e2e-post-check') {
      const action = join('.github', 'actions', 'e2e-post-check')
      if ((await node(join(action, 'main.mjs'))) !== 0) failed++
      posts.push({ label: 'e2e post-step check', run: () => node(join(action, 'post.mjs')) })
      continue
    }
    if (step.uses === './') {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value)]))
      const result = await startStep(DIST_MAIN, inputs, env, mkdtempSync(join(dir, 'step-'))).done
      show(result)
      const outcome = result.code === 0 ? 'success' : 'failure'
      if (step.id) results.set(step.id, { outputs: result.outputs, outcome })
      if (outcome === 'failure' && !step['continue-on-error']) failed++
      posts.push({
        label: `post of ${label}`,
        run: async () => {
          const post = await startStep(DIST_POST, inputs, { ...env, ...stateEnv(result.state) }, mkdtempSync(join(dir, 'post-'))).done
          show(post)
          return post.code ?? 1
        }
      })
      continue
    }
    const script = /^node (scripts\/[\w/.-]+\.mjs)$/.exec(step.run ?? '')?.[1]
    if (!script) throw new Error(`the replay does not know how to run step "${label}"`)
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value)]))
    if ((await node(script, stepEnv)) !== 0) failed++
  }
  for (const post of posts.reverse()) {
    console.log(`▶ ${post.label}`)
    if ((await post.run()) !== 0) failed++
  }
} finally {
  await servers?.stop()
  rmSync(dir, { recursive: true, force: true })
}
console.log(failed ? `end-to-end replay: ${failed} steps failed` : 'end-to-end replay: every step passed')
process.exit(failed ? 1 : 0)
