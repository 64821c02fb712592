/**
 * The end-to-end job's HCP Terraform simulator (`npm run e2e:servers`): three workspaces the workflow's steps use,
 * on 127.0.0.1. It writes what it saw (runs and the requests for their actions) to a state file as it goes, for the
 * checks. `--background` starts it detached and hands its address to the job's later steps through GITHUB_ENV;
 * scripts/e2e/replay.ts calls `startServers` in-process instead.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
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
  tfc.addConfigurationVersion(tfc.addWorkspace({ name: 'e2e-plan', workingDirectory: 'infra' }))
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
    writeFileSync(stateFile, JSON.stringify({ runs, actions }))
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
  if (process.argv.includes('--background')) {
    // Detached, so it outlives this step and serves the job's later ones (the runner ends it with the job).
    const child = spawn(process.execPath, [process.argv[1]], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      env: { ...process.env, TFE_E2E_READY: ready }
    })
    child.unref()
    for (let i = 0; i < 100 && !existsSync(ready); i++) await new Promise(r => setTimeout(r, 100))
    if (!existsSync(ready)) throw new Error('the simulator did not start within 10 s')
    const env = JSON.parse(readFileSync(ready, 'utf8')) as Record<string, string>
    const lines = Object.entries(env).map(([name, value]) => `${name}=${value}`)
    if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `${lines.join('\n')}\n`)
    console.log(`HCP Terraform simulator at ${env.TFE_E2E_HOSTNAME}; state in ${env.TFE_E2E_STATE}`)
    return
  }
  const servers = await startServers(join(dir, 'tfe-e2e-state.json'))
  writeFileSync(process.env.TFE_E2E_READY ?? ready, JSON.stringify(servers.env))
  // Serves until the job (or whoever started it) ends it.
  process.on('SIGTERM', () => void servers.stop().then(() => process.exit(0)))
}

if (process.argv[1]?.includes('e2e-servers')) await main()
