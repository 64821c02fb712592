import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

let defaults: Record<string, string> | undefined

/**
 * action.yml's input defaults (read from the repository root, where tests, the demo and the replay run), as the
 * runner applies them. `${{ github.token }}` gives '' here: a test that wants a GitHub token names one, so no default
 * ever points the step at api.github.com.
 */
export function actionDefaults(githubToken = ''): Record<string, string> {
  defaults ??= Object.fromEntries(
    Object.entries((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: unknown }> }).inputs).flatMap(
      ([name, input]) => (input.default === undefined ? [] : [[name, String(input.default as string)]])
    )
  )
  return Object.fromEntries(
    Object.entries(defaults).map(([name, value]) => [name, value.replace(/\$\{\{\s*github\.token\s*\}\}/, githubToken)])
  )
}

/** Parses the runner's `name<<delimiter` file format (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseRunnerFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const body: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) body.push(lines[i])
    values[m[1]] = body.join('\n')
  }
  return values
}

export interface StepRun {
  child: ChildProcess
  done: Promise<StepResult>
}

export interface StepResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

/**
 * Runs a step of the bundled action as the GitHub runner does: inputs as INPUT_* variables, results in files under
 * `dir` (RUNNER_TEMP too), which the caller removes. `node` is the binary to run it with: this one by default.
 */
export function startStep(
  script: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-step-')),
  node = process.execPath,
  nodeArgs: string[] = []
): StepRun {
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_RUN_NUMBER: '7',
    ...files,
    ...extraEnv
  }
  // As the runner does: every input action.yml gives a default gets it, unless the step names it.
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(node, [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const done = new Promise<StepResult>(resolve =>
    child.on('close', code =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        state: parseRunnerFile(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      })
    )
  )
  return { child, done }
}

/** The post step gets the main step's saved state as STATE_* variables. */
export function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
}
