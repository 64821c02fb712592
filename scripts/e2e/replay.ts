/**
 * `npm run e2e`: replays the end-to-end job of .github/workflows/ci.yml here, step by step, as the runner would,
 * once for each event the workflow runs on (`push` and `pull_request`, each with a payload): each `run:` step runs
 * the job's own command (the simulator started in the background, its address handed on through GITHUB_ENV), each
 * `uses: ./` step runs the bundle with the INPUT_* the runner builds from its `with:` and action.yml's defaults
 * (`${{ github.token }}` included; `env.*`, `steps.*.outputs.*` and `steps.*.outcome` resolved), and at the end the
 * post steps in reverse order. What the GitHub job runs is so tested on every change (.ci/run runs this).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { actionDefaults, startStep, stateEnv, type StepResult } from '../../sim/step-runner.js'

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
/** What `${{ github.token }}` gives the step: the simulator does not read it (every step says `comment: false`). */
const GITHUB_TOKEN = 'e2e-replay-github-token'

let failed = 0
for (const event of ['push', 'pull_request'] as const) {
  console.log(`\n══ the e2e job on ${event} ══`)
  failed += await replay(event)
}
console.log(failed ? `end-to-end replay: ${failed} steps failed` : 'end-to-end replay: every step passed')
process.exit(failed ? 1 : 0)

/** The payload the runner would hand the job for `event`. */
function payloadOf(event: 'push' | 'pull_request'): unknown {
  const sha = '0123456789abcdef0123456789abcdef01234567'
  return event === 'push'
    ? {
        ref: 'refs/heads/main',
        before: 'f'.repeat(40),
        after: sha,
        created: false,
        deleted: false,
        repository: { full_name: 'acme/tfe-run-action' }
      }
    : { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha } }, repository: { full_name: 'acme/tfe-run-action' } }
}

async function replay(event: 'push' | 'pull_request'): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'tfe-e2e-'))
  const githubEnv = join(dir, 'github-env')
  const eventPath = join(dir, 'event.json')
  writeFileSync(githubEnv, '')
  writeFileSync(eventPath, JSON.stringify(payloadOf(event)))
  const env: Record<string, string> = {
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/tfe-run-action',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ENV: githubEnv
  }
  const results = new Map<string, { outputs: Record<string, string>; outcome: 'success' | 'failure' }>()
  const posts: Array<{ label: string; run: () => Promise<number> }> = []
  let failures = 0

  /** `${{ … }}` as the runner would evaluate the few forms the job uses. */
  const evaluate = (value: unknown): string =>
    String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const step = /^steps\.([\w-]+)\.(outputs\.([\w-]+)|outcome)$/.exec(expression)
      if (step) return step[3] ? (results.get(step[1])?.outputs[step[3]] ?? '') : (results.get(step[1])?.outcome ?? '')
      const name = /^env\.(\w+)$/.exec(expression)?.[1]
      if (name) return env[name] ?? ''
      if (expression === 'github.token') return GITHUB_TOKEN
      throw new Error(`the replay does not evaluate \${{ ${expression} }}`)
    })

  /** What earlier steps appended to GITHUB_ENV, as the runner hands it to the later ones. */
  const loadGithubEnv = (): void => {
    for (const line of readFileSync(githubEnv, 'utf8').split('\n')) {
      const at = line.indexOf('=')
      if (at > 0) env[line.slice(0, at)] = line.slice(at + 1)
    }
  }

  try {
    for (const step of steps) {
      const label = step.name ?? step.id ?? step.uses ?? step.run ?? '?'
      if (
        step.uses?.startsWith('actions/') ||
        step.uses?.startsWith('hashicorp/') ||
        step.run?.startsWith('npm install') ||
        step.run?.startsWith('npm ci')
      )
        continue
      console.log(`▶ ${label}`)
      if (step.uses === './.github/actions/e2e-post-check') {
        const action = join('.github', 'actions', 'e2e-post-check')
        if ((await command(process.execPath, [join(action, 'main.mjs')], env)) !== 0) failures++
        posts.push({ label: 'e2e post-step check', run: () => command(process.execPath, [join(action, 'post.mjs')], env) })
        continue
      }
      if (step.uses === './') {
        const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value)]))
        // action.yml's defaults, as the runner applies them to the inputs the step does not name.
        const inputs = { ...actionDefaults(GITHUB_TOKEN), ...given }
        const result = await startStep(DIST_MAIN, inputs, env, mkdtempSync(join(dir, 'step-'))).done
        show(result)
        const outcome = result.code === 0 ? 'success' : 'failure'
        if (step.id) results.set(step.id, { outputs: result.outputs, outcome })
        if (outcome === 'failure' && !step['continue-on-error']) failures++
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
      // A `run:` step: the job's own command, with its `env:`, through a shell as the runner runs it.
      if (!step.run) throw new Error(`the replay does not know how to run step "${label}"`)
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value)]))
      if ((await command('bash', ['-e', '-c', step.run], { ...env, ...stepEnv })) !== 0) failures++
      loadGithubEnv()
    }
    for (const post of posts.reverse()) {
      console.log(`▶ ${post.label}`)
      if ((await post.run()) !== 0) failures++
    }
  } finally {
    // The runner ends the job's background processes with the job; the replay ends its simulator itself.
    if (env.TFE_E2E_PID) {
      try {
        process.kill(Number(env.TFE_E2E_PID), 'SIGTERM')
      } catch {
        // already gone
      }
    }
    if (failures && env.TFE_E2E_LOG && existsSync(env.TFE_E2E_LOG))
      console.log(`The simulator's log:\n${readFileSync(env.TFE_E2E_LOG, 'utf8')}`)
    rmSync(dir, { recursive: true, force: true })
  }
  return failures
}

/** Runs a command of the job, its output shown, to its exit code. */
function command(file: string, args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: 'inherit' })
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
