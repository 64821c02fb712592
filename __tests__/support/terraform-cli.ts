/**
 * The real Terraform CLI as a client of the simulator: its `cloud {}` backend pointed at `localhost:PORT` over TLS,
 * with a throw-away CLI configuration holding the token. Tests that need the CLI skip with a notice without it.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe } from '@jest/globals'
import { TfcSimulator } from '../../sim/tfc-simulator.js'
import { tempDir } from './temp.js'
import { selfSignedCertificate } from './tls.js'

/** The CLI's version, or undefined when no `terraform` is on PATH (or it does not answer). */
export function terraformVersion(): string | undefined {
  try {
    const out = execFileSync('terraform', ['version', '-json'], { encoding: 'utf8', timeout: 20_000, env: cliBaseEnv() })
    return (JSON.parse(out) as { terraform_version?: string }).terraform_version
  } catch {
    return undefined
  }
}

/**
 * `describe` where the CLI runs, `describe.skip` (with a notice) on a contributor's machine without it. On GitHub
 * Actions the CLI is installed by the job: there the tests run, and fail without it, rather than skip in silence.
 */
export function describeWithCli(version: string | undefined, what: string): typeof describe | typeof describe.skip {
  if (version || process.env.GITHUB_ACTIONS === 'true') return describe
  console.warn(`Skipping ${what}: no \`terraform\` on PATH.`)
  return describe.skip
}

/** No network but loopback: no version checks, no telemetry, no prompts unless a test answers them. */
function cliBaseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' }
  return env
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** A configuration directory whose `cloud {}` block points at the simulator's `host` (localhost:PORT). */
export class CliProject {
  readonly dir: string
  readonly env: NodeJS.ProcessEnv

  constructor(host: string, token: string, caFile: string, workspace: string, files: Record<string, string>) {
    this.dir = tempDir('cli-')
    // The credentials go in a folder of their own, removed with the test file: not in the project (the slug
    // cross-check compares what is uploaded from it), not loose in the system's temp folder.
    const config = join(tempDir('cli-config-'), `${workspace}.tfrc`)
    writeFileSync(config, `credentials "${host}" {\n  token = "${token}"\n}\n`)
    const cloud = `terraform {\n  cloud {\n    hostname     = "${host}"\n    organization = "acme"\n    workspaces {\n      name = "${workspace}"\n    }\n  }\n}\n`
    writeFileSync(join(this.dir, 'cloud.tf'), cloud)
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(this.dir, name, '..'), { recursive: true })
      writeFileSync(join(this.dir, name), content)
    }
    this.env = { ...cliBaseEnv(), TF_CLI_CONFIG_FILE: config, SSL_CERT_FILE: caFile }
  }

  /**
   * Runs `terraform args…` here. `answer` is written to stdin when the output first matches `when` (an
   * interactive "yes"); `interruptWhen` sends SIGINT once the output matches it.
   */
  run(
    args: string[],
    options: { answer?: { when: RegExp; text: string }; interruptWhen?: RegExp; timeoutMs?: number } = {}
  ): Promise<CliResult> {
    return new Promise(resolve => {
      const child = spawn('terraform', args, { cwd: this.dir, env: this.env })
      let stdout = ''
      let stderr = ''
      let answered = false
      let interrupted = false
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
      const watch = (): void => {
        const all = stdout + stderr
        if (options.answer && !answered && options.answer.when.test(all)) {
          answered = true
          child.stdin.write(options.answer.text)
        }
        if (options.interruptWhen && !interrupted && options.interruptWhen.test(all)) {
          interrupted = true
          child.kill('SIGINT')
        }
      }
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8')
        watch()
      })
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
        watch()
      })
      if (!options.answer) child.stdin.end()
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        resolve({ code, signal, stdout, stderr })
      })
    })
  }
}

/**
 * A simulator behind TLS for the CLI, started before the file's tests and stopped after (only where `terraform`
 * runs): `host` is what a `cloud {}` block names, `localhost:PORT`.
 */
export function cliSimulator(
  token: string,
  enabled: boolean
): { readonly sim: TfcSimulator; project(workspace: string, files: Record<string, string>): CliProject } {
  let sim: TfcSimulator | undefined
  let host = ''
  let caFile = ''
  beforeAll(async () => {
    if (!enabled) return
    const tls = selfSignedCertificate()
    caFile = tls.caFile
    sim = await new TfcSimulator({ tls, tokens: { [token]: 'admin' } }).start()
    host = `localhost:${new URL(sim.url).port}`
  })
  afterAll(() => sim?.stop())
  return {
    get sim() {
      return sim!
    },
    project: (workspace, files) => new CliProject(host, token, caFile, workspace, files)
  }
}
