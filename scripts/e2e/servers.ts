/**
 * The end-to-end job's HCP Terraform simulator (`npm run e2e:servers`): three workspaces the workflow's steps use,
 * on 127.0.0.1. It writes what it saw (runs and the requests for their actions) to a state file as it goes, for the
 * checks. `--background` starts it detached and hands its address to the job's later steps through GITHUB_ENV, as
 * both the GitHub job and its replay (scripts/e2e/replay.ts) run it.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TfcSimulator } from '../../sim/tfc-simulator.js'

export const E2E_TOKEN = 'e2e-team-token'

export interface E2eServers {
  env: { TFE_E2E_HOSTNAME: string; TFE_E2E_TOKEN: string; TFE_E2E_STATE: string }
  stop(): Promise<void>
}

export async function startServers(stateFile: string): Promise<E2eServers> {
  const tfc = await new TfcSimulator({ tokens: { [E2E_TOKEN]: 'admin' } }).start()
  // No configuration version of its own: the plan step has only what it uploads to plan.
  tfc.addWorkspace({ name: 'e2e-plan', workingDirectory: 'infra' })
  tfc.addConfigurationVersion(
    tfc.addWorkspace({ name: 'e2e-apply', script: { stateOutputs: [{ name: 'endpoint', value: 'https://app.example.test' }] } })
  )
  const post = tfc.addWorkspace({ name: 'e2e-post', script: { planMs: Infinity } })
  tfc.addConfigurationVersion(post)
  // The main step's three tries to stop the run fail; the post step's try goes through.
  tfc.faults = {
    script: [{ match: (method, path) => method === 'POST' && path.endsWith('/actions/cancel'), answer: 'server-error', times: 3 }]
  }
  const save = (): void => {
    const runs = [...tfc.runs.values()].map(run => ({
      workspace: [...tfc.workspaces.values()].find(w => w.id === run.workspaceId)?.name,
      id: run.id,
      status: tfc.statusOf(run),
      actions: run.actionsLog
    }))
    const actions = tfc.requests
      .filter(r => r.method === 'POST' && r.path.includes('/actions/'))
      .map(r => ({ path: r.path, status: r.status }))
    // What each upload held, as HCP Terraform's unpacker saw it: the check asserts it on every OS.
    const uploads = [...tfc.cvs.values()]
      .filter(cv => cv.files)
      .map(cv => ({
        id: cv.id,
        workspace: [...tfc.workspaces.values()].find(w => w.id === cv.workspaceId)?.name,
        files: [...cv.files!.entries()].map(([name, entry]) => ({ name, type: entry.type }))
      }))
    // Written whole, then renamed: a reader never parses a half-written file.
    writeFileSync(`${stateFile}.tmp`, JSON.stringify({ runs, actions, uploads }))
    renameSync(`${stateFile}.tmp`, stateFile)
  }
  const timer = setInterval(save, 200)
  save()
  return {
    env: { TFE_E2E_HOSTNAME: tfc.url, TFE_E2E_TOKEN: E2E_TOKEN, TFE_E2E_STATE: stateFile },
    stop: async () => {
      clearInterval(timer)
      save()
      await tfc.stop()
    }
  }
}

async function main(): Promise<void> {
  const dir = process.env.RUNNER_TEMP || tmpdir()
  const ready = join(dir, 'tfe-e2e-env.json')
  const log = join(dir, 'tfe-e2e-servers.log')
  if (process.argv.includes('--background')) {
    // A ready file from an earlier job on this runner must not be mistaken for this one's.
    rmSync(ready, { force: true })
    // Detached, so it outlives this step and serves the job's later ones (the runner ends it with the job); its own
    // output goes to a log the checks print when they fail.
    const out = openSync(log, 'a')
    const child = spawn(process.execPath, [process.argv[1]], {
      detached: true,
      stdio: ['ignore', out, out],
      windowsHide: true,
      env: { ...process.env, TFE_E2E_READY: ready }
    })
    child.unref()
    for (let i = 0; i < 100 && !existsSync(ready); i++) await new Promise(r => setTimeout(r, 100))
    if (!existsSync(ready)) {
      console.log(readFileSync(log, 'utf8'))
      throw new Error('the simulator did not start within 10 s')
    }
    const env: Record<string, string> = {
      ...(JSON.parse(readFileSync(ready, 'utf8')) as Record<string, string>),
      TFE_E2E_LOG: log,
      TFE_E2E_PID: String(child.pid)
    }
    const lines = Object.entries(env).map(([name, value]) => `${name}=${value}`)
    if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `${lines.join('\n')}\n`)
    console.log(`HCP Terraform simulator at ${env.TFE_E2E_HOSTNAME}; state in ${env.TFE_E2E_STATE}; its log in ${log}`)
    return
  }
  const servers = await startServers(join(dir, 'tfe-e2e-state.json'))
  const target = process.env.TFE_E2E_READY ?? ready
  // Written whole, then renamed: the starter never reads a half-written file.
  writeFileSync(`${target}.tmp`, JSON.stringify(servers.env))
  renameSync(`${target}.tmp`, target)
  console.log(`serving at ${servers.env.TFE_E2E_HOSTNAME}`)
  // Serves until the job (or whoever started it) ends it.
  const stop = (): void => void servers.stop().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

if (process.argv[1]?.includes('e2e-servers')) await main()
