/**
 * `npm run bench [-- start plans step pack poll]`: measures on this machine, every process with PATH only in its
 * environment and in turns with its baseline: (start) the bundle's start-up to its first API request, and the post
 * step, beside `node -e 0`; (plans) reading and rendering generated plans of 1k-100k resource changes beside a bare
 * JSON.parse of the same file, and a 586 MB plan no string can hold, each in its own process; (step) the whole
 * bundled step on a pull request with its comment: plan noticed -> exit, its requests (BENCH_REQUESTS=1 lists them),
 * and peak RSS with 140 MB and 586 MB plans;
 * (pack) packing a directory beside `tar -czf`; (poll) polling cost and notice delay for 10 s, 2 min and 20 min
 * plans on a virtual clock shared with the simulator. Prints one table of every budget and writes bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { run } from '../src/main.js'
import { readPlanSummary } from '../src/plan/read.js'
import { COMMENT_LIMIT } from '../src/report/comment.js'
import { renderWithinLimit, type ReportInput } from '../src/report/render.js'
import { SUMMARY_LIMIT } from '../src/flows/one-workspace.js'
import { generatedPlan, writeGeneratedPlan, writeRedactedPlanWithSchemas } from '../sim/plan-generator.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import { redactedPlanOf } from '../sim/tfc/redacted-plan.js'
import { GitHubSimulator } from '../sim/github-simulator.js'
import { startStep } from '../sim/step-runner.js'
import type { ActionIO } from '../src/runtime.js'
import { writeArchive } from '../src/upload/archive.js'
import { collectEntries } from '../src/upload/collect.js'
import { parseTerraformIgnore } from '../src/upload/terraformignore.js'

const SELF = resolve(process.argv[1])
/**
 * The requests of one workspace's step with its comment before the comment-command flows landed: this bench's `step`
 * section run in a worktree of f4920d5 (its dist/ and action.yml) on 2026-12-07. The count must not grow.
 */
const REQUESTS_BEFORE = { tfc: 8, github: 3 }
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// ---- child modes: each measurement of memory runs in a fresh process ---------------------------------------------

async function child(mode: string, file: string, out?: string): Promise<void> {
  const started = performance.now()
  if (mode === 'generate') {
    writeGeneratedPlan(out!, Number(file))
    return
  }
  if (mode === 'pack') {
    const { entries } = await collectEntries(file, parseTerraformIgnore(undefined))
    await writeArchive(entries, out!)
  } else if (mode === 'scan') {
    // The floor for reading a file: every byte passed through once, looking for one character (as any reader must
    // look at each byte to find where strings and containers end).
    let quotes = 0
    for await (const chunk of createReadStream(file)) {
      const bytes = chunk as Buffer
      for (let at = bytes.indexOf(0x22); at !== -1; at = bytes.indexOf(0x22, at + 1)) quotes++
    }
    if (!quotes) throw new Error('no strings')
  } else if (mode === 'parse') {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { resource_changes: unknown[] }
    if (!doc.resource_changes.length) throw new Error('empty')
  } else {
    const plan = await readPlanSummary(file)
    const report: ReportInput = {
      outcome: 'planned',
      action: 'Left for confirmation.',
      run: {
        id: 'run-bench',
        url: 'https://app.terraform.io/app/acme/workspaces/w/runs/run-bench',
        status: 'planned',
        createdAt: new Date().toISOString(),
        isDestroy: false,
        planOnly: false
      },
      workspace: { organization: 'acme', name: 'w', url: 'https://app.terraform.io/app/acme/workspaces/w' },
      plan
    }
    const rendering = performance.now()
    const comment = renderWithinLimit(report, COMMENT_LIMIT)
    const summary = renderWithinLimit(report, SUMMARY_LIMIT)
    if (process.env.BENCH_SPLIT)
      process.stderr.write(
        `read ${(rendering - started).toFixed(0)} ms, render ${(performance.now() - rendering).toFixed(0)} ms (${comment.detail}, ${summary.detail})\n`
      )
    if (!comment.markdown || !summary.markdown) throw new Error('nothing rendered')
  }
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

function measureChild(mode: string, file: string): { ms: number; maxRssMb: number } {
  const result = spawnSync(process.execPath, ['--max-old-space-size=6144', SELF, '--child', mode, file], {
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (result.status !== 0) throw new Error(`${mode} ${file} failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as { ms: number; maxRssMb: number }
}

// ---- 1. cold start -----------------------------------------------------------------------------------------------

/**
 * Start-up, turn about, every command in the same environment (PATH only: no NODE_EXTRA_CA_CERTS, which this
 * machine sets and a runner does not, and which costs every Node start about 35 ms): `node -e 0`; the main step
 * from spawn to its first API request; the post step with nothing to clean up, spawn to exit.
 */
async function coldStart(runs: number): Promise<Record<string, number>> {
  const env = { PATH: process.env.PATH }
  const bare: number[] = []
  const toFirst: number[] = []
  const post: number[] = []
  const sim = await new TfcSimulator({ tokens: { 'bench-token': 'admin' } }).start()
  try {
    for (let i = 0; i < runs; i++) {
      let t = performance.now()
      spawnSync(process.execPath, ['-e', '0'], { env })
      bare.push(performance.now() - t)

      const before = sim.requests.length
      t = performance.now()
      const child = spawn(process.execPath, [resolve('dist/index.js')], {
        env: { ...env, INPUT_TOKEN: 'bench-token', INPUT_HOSTNAME: sim.url, INPUT_ORGANIZATION: 'acme', INPUT_WORKSPACE: 'missing' },
        stdio: 'ignore'
      })
      while (sim.requests.length === before) await new Promise(r => setTimeout(r, 1))
      toFirst.push(performance.now() - t)
      child.kill('SIGKILL')
      await new Promise(r => child.on('close', r))

      t = performance.now()
      spawnSync(process.execPath, [resolve('dist/post/index.js')], { env })
      post.push(performance.now() - t)
    }
  } finally {
    await sim.stop()
  }
  const nodeMs = median(bare)
  const actionMs = median(toFirst)
  const postMs = median(post)
  return {
    runs,
    nodeMs,
    actionMs,
    ratio: actionMs / nodeMs,
    postMs,
    postRatio: postMs / nodeMs,
    bundleBytes: statSync('dist/index.js').size
  }
}

// ---- 2. plan reading and rendering -------------------------------------------------------------------------------

function planReading(sizes: number[], runs: number): Array<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-'))
  const rows: Array<Record<string, number>> = []
  for (const size of sizes) {
    const file = join(dir, `plan-${size}.json`)
    writeGeneratedPlan(file, size)
    const fileMb = statSync(file).size / 1024 / 1024
    const parse = Array.from({ length: runs }, () => measureChild('parse', file))
    const ours = Array.from({ length: runs }, () => measureChild('render', file))
    const row = {
      resources: size,
      fileMb,
      parseMs: median(parse.map(p => p.ms)),
      parseRssMb: median(parse.map(p => p.maxRssMb)),
      oursMs: median(ours.map(p => p.ms)),
      oursRssMb: median(ours.map(p => p.maxRssMb))
    }
    rows.push({ ...row, timeRatio: row.oursMs / row.parseMs, rssPerFileSize: row.oursRssMb / fileMb })
    process.stderr.write(`  plan ${size}: done\n`)
  }
  return rows
}

// ---- 3. the whole step -----------------------------------------------------------------------------------------

/** Preloaded into the step: writes its peak RSS where BENCH_RSS_FILE says, as it exits. */
const RSS_HOOK = `process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS / 1024)))`

/**
 * The bundled main step on a pull request, planning a plan of `resources` changes (or the plan in `planFile`) and
 * commenting: from the read that first sees the plan settled to the process's exit, and the step's peak RSS.
 */
async function wholeStep(
  resources: number,
  planFile?: string
): Promise<{ noticedToExitMs: number; maxRssMb: number; tfcRequests: number; githubRequests: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-step-'))
  const tfc = await new TfcSimulator({ tokens: { 'bench-token': 'admin' } }).start()
  const gh = await new GitHubSimulator({ 'gh-token': { login: 'github-actions[bot]', app: true } }).start()
  try {
    const hook = join(dir, 'rss.cjs')
    writeFileSync(hook, RSS_HOOK)
    const event = join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'c'.repeat(40) } } }))
    // The redacted plan made before the step starts: deriving it is the simulator's work, not the action's.
    const plan = planFile ? undefined : generatedPlan(resources)
    const ws = tfc.addWorkspace({
      name: 'w',
      script: {
        ...(plan ? { planJson: plan, redactedJson: redactedPlanOf(plan) } : { planJsonFile: planFile }),
        counts: { additions: resources, changes: 0, destructions: 0 },
        planMs: 500,
        stepMs: 20
      }
    })
    tfc.addConfigurationVersion(ws)
    const step = startStep(
      resolve('dist/index.js'),
      { token: 'bench-token', hostname: tfc.url, organization: 'acme', workspace: 'w', 'plan-only': 'true', 'github-token': 'gh-token' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: gh.url,
        BENCH_RSS_FILE: join(dir, 'rss')
      },
      dir,
      process.execPath,
      // BENCH_PROFILE=dir: a CPU profile of each step, to see where its time goes.
      ['--require', hook, ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])]
    )
    let exitedAt = 0
    step.child.on('exit', () => (exitedAt = Date.now()))
    const result = await step.done
    if (result.code !== 0 || !gh.commentsOn('acme/infra', 7).length) throw new Error(`the step failed: ${result.stdout}`)
    const run = tfc.runsOf(ws)[0]
    const settledAt = run.reached.get('planned_and_finished')!
    const noticed = tfc.requests.find(r => r.method === 'GET' && r.path === `/api/v2/runs/${run.id}` && r.at >= settledAt)!
    if (process.env.BENCH_REQUESTS) for (const r of [...tfc.requests, ...gh.requests]) process.stderr.write(`  ${r.method} ${r.path}\n`)
    if (process.env.BENCH_PROFILE) {
      const after = [...tfc.requests, ...gh.requests].filter(r => r.at >= noticed.at).sort((a, b) => a.at - b.at)
      for (const r of after) process.stderr.write(`  +${r.at - noticed.at} ms ${r.method} ${r.path}\n`)
      process.stderr.write(`  +${exitedAt - noticed.at} ms exit\n`)
    }
    return {
      noticedToExitMs: exitedAt - noticed.at,
      maxRssMb: Number(readFileSync(join(dir, 'rss'), 'utf8')),
      // Every request the step sent, to see the count does not grow as flows are added (uploads included).
      tfcRequests: tfc.requests.length,
      githubRequests: gh.requests.length
    }
  } finally {
    await tfc.stop()
    await gh.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

// ---- 3b. many workspaces in one step ----------------------------------------------------------------------------

/**
 * The bundled step with `workspaces: w*` over `count` workspaces, each planning `resources` changes for `planMs`
 * (all touched, `parallel` = count): its wall time from spawn to exit against the slowest single run's (its own
 * creation to its plan's end, in the same run), its peak RSS, the 429 answers and the retries they drew, and the
 * requests it made against one workspace's step alone.
 */
async function manyWorkspaces(count: number, resources: number, planMs: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-many-'))
  const plan = generatedPlan(resources)
  const redacted = redactedPlanOf(plan)
  const script = {
    planJson: plan,
    redactedJson: redacted,
    counts: { additions: resources, changes: 0, destructions: 0 },
    planMs,
    stepMs: 20
  }
  const measure = async (
    workspaces: number
  ): Promise<{ wallMs: number; slowestMs: number; rssMb: number; requests: number; limited: number }> => {
    // HCP Terraform's own limit, 30 requests a second: what a 429 would cost is counted, not hidden.
    const tfc = await new TfcSimulator({ tokens: { 'bench-token': 'admin' } }).start()
    try {
      for (let i = 0; i < workspaces; i++) tfc.addConfigurationVersion(tfc.addWorkspace({ name: `w${String(i).padStart(2, '0')}`, script }))
      let window: number[] = []
      tfc.faults = {
        rateLimitWhen: (_method, path) => {
          if (!path.startsWith('/api/')) return false
          const now = Date.now()
          window = window.filter(at => now - at < 1000)
          window.push(now)
          return window.length > 30
        }
      }
      const hook = join(dir, `rss-${workspaces}.cjs`)
      writeFileSync(hook, RSS_HOOK)
      const started = Date.now()
      const step = startStep(
        resolve('dist/index.js'),
        {
          token: 'bench-token',
          hostname: tfc.url,
          organization: 'acme',
          workspaces: 'w*',
          'plan-only': 'true',
          parallel: String(workspaces),
          comment: 'false'
        },
        { GITHUB_EVENT_NAME: 'workflow_dispatch', BENCH_RSS_FILE: join(dir, `rss-${workspaces}`) },
        mkdtempSync(join(dir, 'step-')),
        process.execPath,
        ['--require', hook]
      )
      const result = await step.done
      const wallMs = Date.now() - started
      if (result.code !== 0) throw new Error(`the step failed: ${result.stdout.slice(-2000)}`)
      const runs = [...tfc.runs.values()]
      const slowestMs = Math.max(...runs.map(r => r.reached.get('planned_and_finished')! - r.createdAt))
      return {
        wallMs,
        slowestMs,
        rssMb: Number(readFileSync(join(dir, `rss-${workspaces}`), 'utf8')),
        requests: tfc.requests.filter(r => r.origin === 'api').length,
        limited: tfc.requests.filter(r => r.status === 429).length
      }
    } finally {
      await tfc.stop()
    }
  }
  try {
    const one = await measure(1)
    const all = await measure(count)
    return {
      workspaces: count,
      resources,
      planMs,
      wallMs: all.wallMs,
      slowestRunMs: all.slowestMs,
      wallRatio: all.wallMs / all.slowestMs,
      peakRssMb: all.rssMb,
      answered429: all.limited,
      requests: all.requests,
      singleRequests: one.requests,
      requestRatio: all.requests / one.requests
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// ---- 4. polling on a virtual clock -------------------------------------------------------------------------------

function quietIO(inputs: Record<string, string>): ActionIO {
  return {
    getInput: name => inputs[name] ?? '',
    env: { RUNNER_TEMP: tmpdir() },
    setSecret: () => undefined,
    setOutput: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    group: (_name, fn) => fn(),
    appendSummary: () => Promise.resolve(),
    annotate: () => undefined,
    setFailed: message => {
      throw new Error(message)
    }
  }
}

async function polling(planSeconds: number): Promise<Record<string, number>> {
  let now = Date.now()
  const clock = {
    now: () => now,
    sleep: (ms: number) => {
      now += ms
      return Promise.resolve()
    },
    // Time moves only by sleeping here: a request in flight takes none, so the step's deadline never cuts one off.
    alarm: (_ms: number, signal: AbortSignal) =>
      new Promise<void>(resolve => signal.addEventListener('abort', () => resolve(), { once: true }))
  }
  const sim = await new TfcSimulator({ tokens: { 'bench-token': 'admin' }, clock }).start()
  try {
    const ws = sim.addWorkspace({ name: 'w', script: { planMs: planSeconds * 1000, stepMs: 1000 } })
    sim.addConfigurationVersion(ws)
    await run(quietIO({ token: 'bench-token', hostname: sim.url, organization: 'acme', workspace: 'w' }), { clock })
    const [simRun] = sim.runsOf(ws)
    // `planned` is the resting, confirmable status here: the moment the plan finished.
    const settledAt = simRun.reached.get('planned')!
    const reads = sim.requests.filter(r => r.method === 'GET' && r.path === `/api/v2/runs/${simRun.id}`)
    const noticed = reads.find(r => r.at >= settledAt)!
    return {
      planSeconds,
      runReads: reads.filter(r => r.at <= noticed.at).length,
      noticeDelayMs: noticed.at - settledAt,
      totalRequests: sim.requests.length
    }
  } finally {
    await sim.stop()
  }
}

// ---- packing a directory for upload -------------------------------------------------------------------------------

/** A tree of `files` files of `bytes` each, in 100 folders, with text that compresses about as source code does. */
function generateTree(dir: string, files: number, bytes: number): void {
  let seed = 42
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return `w${(seed % 5000).toString(36)}`
  }
  for (let i = 0; i < files; i++) {
    const folder = join(dir, `module-${i % 100}`)
    if (i < 100) mkdirSync(folder, { recursive: true })
    const parts: string[] = []
    let length = 0
    while (length < bytes) {
      const line = `resource "${word()}" "${word()}" { name = "${word()}-${word()}" tags = { team = "${word()}" } }\n`
      parts.push(line)
      length += line.length
    }
    writeFileSync(join(folder, `file-${i}.tf`), parts.join('').slice(0, bytes))
  }
}

/**
 * Packs the same tree with the action's packer (its own process, as in the step) and with `GZIP=-1 tar -czf`, turn
 * about, in the same environment; then a tree four times larger, to show that memory does not grow with it.
 */
function packing(runs: number): Record<string, number> {
  const root = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-pack-'))
  try {
    const small = join(root, 'small')
    const large = join(root, 'large')
    generateTree(small, 5_000, 10 * 1024)
    generateTree(large, 20_000, 10 * 1024)
    const ours: number[] = []
    const tar: number[] = []
    const rss: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      rss.push(measurePack(small, join(root, 'ours.tar.gz')))
      ours.push(performance.now() - started)
      const tarStarted = performance.now()
      const result = spawnSync('tar', ['-czf', join(root, 'tar.tgz'), '-C', small, '.'], {
        env: { ...process.env, GZIP: '-1' },
        encoding: 'utf8'
      })
      if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`)
      tar.push(performance.now() - tarStarted)
    }
    const largeRss = measurePack(large, join(root, 'ours-large.tar.gz'))
    return {
      files: 5_000,
      treeMb: (5_000 * 10 * 1024) / 2 ** 20,
      oursMs: median(ours),
      tarMs: median(tar),
      ratio: median(ours.map((ms, i) => ms / tar[i])),
      archiveMb: statSync(join(root, 'ours.tar.gz')).size / 2 ** 20,
      tarArchiveMb: statSync(join(root, 'tar.tgz')).size / 2 ** 20,
      rssMb: median(rss),
      largeTreeMb: (20_000 * 10 * 1024) / 2 ** 20,
      largeRssMb: largeRss
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function measurePack(dir: string, out: string): number {
  const result = spawnSync(process.execPath, [SELF, '--child', 'pack', dir, out], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (result.status !== 0) throw new Error(`pack ${dir} failed: ${result.stderr}`)
  return (JSON.parse(result.stdout) as { maxRssMb: number }).maxRssMb
}

// ---- main --------------------------------------------------------------------------------------------------------

type Figures = Record<string, number>

/** bench/results.json: each section's figures, kept from the last run that measured it. */
interface Results {
  machine?: { node: string; cpus: string; memoryGb: number }
  coldStart?: Figures
  planReading?: Figures[]
  largePlan?: Figures
  schemas?: Figures
  many?: Figures
  wholeStep?: {
    noticedToExitMs: Figures
    peakRssMb: { planMb140: number; planMbLarge: number; largeFileMb: number }
    requests?: { tfc: number; github: number }
  }
  packing?: Figures
  polling?: Figures[]
}

interface Budget {
  figure: string
  baseline: string
  measured: string
  budget: string
  met: boolean
}

const SECTIONS = ['start', 'plans', 'schemas', 'step', 'many', 'pack', 'poll'] as const
type Section = (typeof SECTIONS)[number]

/** `npm run bench` measures everything; `npm run bench -- plans step` only those sections (results.json keeps the rest). */
async function main(): Promise<void> {
  const t0 = performance.now()
  const asked = process.argv.slice(2).filter((a): a is Section => (SECTIONS as readonly string[]).includes(a))
  const want = (section: Section): boolean => !asked.length || asked.includes(section)
  const previous = ((): Results => {
    try {
      return JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results
    } catch {
      return {}
    }
  })()
  const results: Results = { ...previous }
  if (want('start')) {
    process.stderr.write('start-up...\n')
    results.coldStart = await coldStart(15)
  }
  if (want('plans')) {
    process.stderr.write('plan reading...\n')
    results.planReading = planReading([1_000, 10_000, 50_000, 100_000], 3)
    results.largePlan = largePlan(430_000)
  }
  if (want('schemas')) {
    process.stderr.write('a redacted plan with a 50 MB provider_schemas block...\n')
    results.schemas = largeSchemas(50, 5)
  }
  if (want('step')) {
    process.stderr.write('whole step...\n')
    const small = [await wholeStep(10), await wholeStep(10), await wholeStep(10)]
    const large = [await wholeStep(10_000), await wholeStep(10_000), await wholeStep(10_000)]
    const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-'))
    try {
      const files = { 140: join(dir, 'plan-100k.json'), 600: join(dir, 'plan-430k.json') }
      writeGeneratedPlan(files[140], 100_000)
      writeGeneratedPlan(files[600], 430_000)
      results.wholeStep = {
        noticedToExitMs: { 10: median(small.map(r => r.noticedToExitMs)), 10000: median(large.map(r => r.noticedToExitMs)) },
        requests: { tfc: small[0].tfcRequests, github: small[0].githubRequests },
        peakRssMb: {
          planMb140: (await wholeStep(100_000, files[140])).maxRssMb,
          planMbLarge: (await wholeStep(430_000, files[600])).maxRssMb,
          largeFileMb: statSync(files[600]).size / 1024 / 1024
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  if (want('many')) {
    process.stderr.write('50 workspaces in one step...\n')
    results.many = await manyWorkspaces(50, 10_000, 10_000)
  }
  if (want('pack')) {
    process.stderr.write('packing...\n')
    results.packing = packing(5)
  }
  if (want('poll')) {
    process.stderr.write('polling...\n')
    const polls = []
    for (const seconds of [10, 120, 1200]) polls.push(await polling(seconds))
    results.polling = polls
  }
  results.machine = {
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30)
  }
  const table = render(results)
  console.log(table)
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/results.json', `${JSON.stringify({ ...results, table, seconds: (performance.now() - t0) / 1000 }, null, 2)}\n`)
  console.log(`\nwrote bench/results.json in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

/** Every budget in one table, each figure beside its baseline from the same run, then the details. */
function render(r: Results): string {
  const machine = r.machine ?? { cpus: '?', memoryGb: 0, node: '?' }
  const cold = r.coldStart
  const plans = r.planReading ?? []
  const big = plans.find(p => p.resources === 100_000)
  const step = r.wholeStep
  const pack = r.packing
  const polls = r.polling ?? []
  const twenty = polls.find(p => p.planSeconds === 1200)
  const budgets: Budget[] = []
  if (cold) {
    budgets.push({
      figure: 'start to first API request',
      baseline: `\`node -e 0\` ${cold.nodeMs.toFixed(0)} ms`,
      measured: `${cold.actionMs.toFixed(0)} ms = ${cold.ratio.toFixed(2)}x`,
      budget: '≤ 2.0x',
      met: cold.ratio <= 2.0
    })
    budgets.push({
      figure: 'post step with nothing to clean up, spawn to exit',
      baseline: `\`node -e 0\` ${cold.nodeMs.toFixed(0)} ms`,
      measured: `${cold.postMs.toFixed(0)} ms = ${cold.postRatio.toFixed(2)}x`,
      budget: '≤ 1.5x',
      met: cold.postRatio <= 1.5
    })
  }
  const schemas = r.schemas
  if (schemas) {
    budgets.push({
      figure: `redacted plan with a ${(schemas.fileMb - 1).toFixed(0)} MB provider_schemas block: what the block adds to read and render`,
      baseline: `scanning the file's bytes ${schemas.scanMs.toFixed(0)} ms`,
      measured: `${(schemas.oursMs - schemas.withoutSchemasMs).toFixed(0)} ms = ${schemas.timeRatio.toFixed(2)}x`,
      budget: '≤ 1.5x',
      met: schemas.timeRatio <= 1.5
    })
    budgets.push({
      figure: `the same, peak RSS: with the block, and with one 4x as large (${schemas.moreFileMb.toFixed(0)} MB file)`,
      baseline: `without the block ${schemas.withoutSchemasRssMb.toFixed(0)} MB`,
      measured: `${schemas.oursRssMb.toFixed(0)} / ${schemas.moreRssMb.toFixed(0)} MB: +${schemas.rssGrowthMb.toFixed(1)} MB for 4x the block`,
      budget: '≤ +5 MB (constant memory)',
      met: schemas.rssGrowthMb <= 5
    })
  }
  const many = r.many
  if (many) {
    budgets.push({
      figure: `${many.workspaces} workspaces, plans of ${many.resources / 1000}k resources and ${many.planMs / 1000} s: step wall time`,
      baseline: `slowest single run ${(many.slowestRunMs / 1000).toFixed(1)} s`,
      measured: `${(many.wallMs / 1000).toFixed(1)} s = ${many.wallRatio.toFixed(2)}x`,
      budget: '≤ 1.3x',
      met: many.wallRatio <= 1.3
    })
    budgets.push({
      figure: 'the same: peak RSS; 429s (the simulator limits to 30 requests a second)',
      baseline: '—',
      measured: `${many.peakRssMb.toFixed(0)} MB; ${many.answered429} answered 429`,
      budget: '≤ 200 MB; no 429 retried in a loop',
      met: many.peakRssMb <= 200
    })
    budgets.push({
      figure: 'the same: API requests',
      baseline: `one workspace's step ${many.singleRequests}`,
      measured: `${many.requests} = ${many.requestRatio.toFixed(1)}x`,
      budget: `≤ ${many.workspaces}x`,
      met: many.requestRatio <= many.workspaces
    })
  }
  if (big)
    budgets.push({
      figure: `100k-resource plan (${big.fileMb.toFixed(0)} MB): read and render`,
      baseline: `\`JSON.parse\` of the file ${big.parseMs.toFixed(0)} ms`,
      measured: `${big.oursMs.toFixed(0)} ms = ${big.timeRatio.toFixed(2)}x`,
      budget: '≤ 0.8x',
      met: big.timeRatio <= 0.8
    })
  if (step) {
    const { planMb140, planMbLarge, largeFileMb } = step.peakRssMb
    budgets.push({
      figure: `peak RSS of the whole step, 140 MB plan / ${largeFileMb.toFixed(0)} MB plan`,
      baseline: '—',
      measured: `${planMb140.toFixed(0)} / ${planMbLarge.toFixed(0)} MB`,
      budget: '≤ 150 MB each',
      met: planMb140 <= 150 && planMbLarge <= 150
    })
    budgets.push({
      figure: 'plan noticed -> step exits, with comment, 10 / 10k resources',
      baseline: '—',
      measured: `${step.noticedToExitMs[10].toFixed(0)} / ${step.noticedToExitMs[10000].toFixed(0)} ms`,
      budget: '≤ 60 / 250 ms',
      met: step.noticedToExitMs[10] <= 60 && step.noticedToExitMs[10000] <= 250
    })
    if (step.requests)
      budgets.push({
        figure: "requests of one workspace's step with its comment: HCP Terraform + GitHub",
        baseline: `before the comment commands (f4920d5, this bench on that commit) ${REQUESTS_BEFORE.tfc} + ${REQUESTS_BEFORE.github}`,
        measured: `${step.requests.tfc} + ${step.requests.github}`,
        budget: 'no more',
        met: step.requests.tfc <= REQUESTS_BEFORE.tfc && step.requests.github <= REQUESTS_BEFORE.github
      })
  }
  if (polls.length) {
    budgets.push({
      figure: 'plan ended -> noticed, plans of 10 s / 2 min / 20 min',
      baseline: '—',
      measured: polls.map(p => `${(p.noticeDelayMs / 1000).toFixed(2)}`).join(' / ') + ' s',
      budget: '≤ 1.5 s each',
      met: polls.every(p => p.noticeDelayMs <= 1500)
    })
    if (twenty)
      budgets.push({
        figure: 'run reads (GET /runs/:id) for a 20-minute plan',
        baseline: '—',
        measured: String(twenty.runReads),
        budget: '≤ 150',
        met: twenty.runReads <= 150
      })
  }
  if (pack)
    budgets.push({
      figure: `packing ${pack.files} files, ${pack.treeMb.toFixed(0)} MB`,
      baseline: `\`GZIP=-1 tar -czf\` ${pack.tarMs.toFixed(0)} ms`,
      measured: `${pack.oursMs.toFixed(0)} ms = ${pack.ratio.toFixed(2)}x`,
      budget: '≤ 1.5x',
      met: pack.ratio <= 1.5
    })
  const lines = [
    `Machine: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}. Every process runs with PATH only in its environment (no NODE_EXTRA_CA_CERTS), baselines and action alike, in turns.`,
    '',
    '| figure | baseline (same run) | measured | budget | met |',
    '|---|---|---|---|:-:|',
    ...budgets.map(b => `| ${b.figure} | ${b.baseline} | ${b.measured} | ${b.budget} | ${b.met ? 'yes' : '**no**'} |`)
  ]
  if (plans.length) {
    lines.push(
      '',
      '| resources | plan file MB | JSON.parse ms | read + render ms | ratio | JSON.parse peak RSS MB | read + render peak RSS MB |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...plans.map(
        p =>
          `| ${p.resources} | ${p.fileMb.toFixed(1)} | ${p.parseMs.toFixed(0)} | ${p.oursMs.toFixed(0)} | ${p.timeRatio.toFixed(2)} | ${p.parseRssMb.toFixed(0)} | ${p.oursRssMb.toFixed(0)} |`
      )
    )
    if (r.largePlan)
      lines.push(
        `| ${r.largePlan.resources} | ${r.largePlan.fileMb.toFixed(1)} | (longer than a string: JSON.parse cannot read it) | ${r.largePlan.oursMs.toFixed(0)} | — | — | ${r.largePlan.oursRssMb.toFixed(0)} |`
      )
  }
  if (pack)
    lines.push(
      '',
      `Packing peak RSS: ${pack.rssMb.toFixed(0)} MB for the ${pack.treeMb.toFixed(0)} MB tree, ${pack.largeRssMb.toFixed(0)} MB for a ${pack.largeTreeMb.toFixed(0)} MB tree.`
    )
  if (polls.length)
    lines.push(
      '',
      '| plan duration | run reads until noticed | notice delay |',
      '|---:|---:|---:|',
      ...polls.map(p => `| ${p.planSeconds} s | ${p.runReads} | ${(p.noticeDelayMs / 1000).toFixed(2)} s |`)
    )
  return lines.join('\n')
}

/**
 * json-output-redacted as the service sends it, with a provider_schemas block of `schemaMb` MB (a large provider's
 * whole schema) after 1,000 changes: read and rendered, against scanning the same bytes, turn about, in fresh
 * processes; the same plan without the block, for what the block adds; and with a block four times as large, for
 * whether memory grows with it (constant memory: it must not).
 */
function largeSchemas(schemaMb: number, runs: number): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-'))
  try {
    const files = { none: join(dir, 'none.json'), some: join(dir, 'some.json'), more: join(dir, 'more.json') }
    writeRedactedPlanWithSchemas(files.none, 1_000, 0)
    writeRedactedPlanWithSchemas(files.some, 1_000, schemaMb)
    writeRedactedPlanWithSchemas(files.more, 1_000, schemaMb * 4)
    const runsOf = { scan: [] as number[], none: [] as number[], some: [] as number[], more: [] as number[] }
    const rss = { none: [] as number[], some: [] as number[], more: [] as number[] }
    for (let i = 0; i < runs; i++) {
      runsOf.scan.push(measureChild('scan', files.some).ms)
      for (const kind of ['none', 'some', 'more'] as const) {
        const measured = measureChild('render', files[kind])
        runsOf[kind].push(measured.ms)
        rss[kind].push(measured.maxRssMb)
      }
    }
    const row = {
      fileMb: statSync(files.some).size / 1024 / 1024,
      moreFileMb: statSync(files.more).size / 1024 / 1024,
      scanMs: median(runsOf.scan),
      oursMs: median(runsOf.some),
      withoutSchemasMs: median(runsOf.none),
      withoutSchemasRssMb: median(rss.none),
      oursRssMb: median(rss.some),
      moreRssMb: median(rss.more)
    }
    return { ...row, timeRatio: (row.oursMs - row.withoutSchemasMs) / row.scanMs, rssGrowthMb: row.moreRssMb - row.oursRssMb }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A plan larger than any string (JSON.parse cannot read it at all): read and rendered in its own process. */
function largePlan(resources: number): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'tfe-run-action-bench-'))
  try {
    const file = join(dir, 'plan.json')
    writeGeneratedPlan(file, resources)
    const ours = measureChild('render', file)
    return { resources, fileMb: statSync(file).size / 1024 / 1024, oursMs: ours.ms, oursRssMb: ours.maxRssMb }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5])
else await main()
