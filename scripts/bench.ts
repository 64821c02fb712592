/**
 * `npm run bench`: measures on this machine, as medians of several runs, (1) cold start of the bundle to its first
 * API request beside `node -e 0`, (2) reading and rendering generated plans of 1k-100k resource changes beside a
 * bare JSON.parse of the same file (time and peak RSS, each in its own process), (3) polling cost and notice delay
 * for 10 s, 2 min and 20 min plans with the default poll-interval, on a virtual clock shared with the simulator.
 * Prints a table and writes bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { run } from '../src/main.js'
import { readPlanSummary } from '../src/plan/read.js'
import { COMMENT_LIMIT } from '../src/report/comment.js'
import { renderWithinLimit, type ReportInput } from '../src/report/render.js'
import { SUMMARY_LIMIT } from '../src/main.js'
import { generatedPlan } from '../sim/plan-generator.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import type { ActionIO } from '../src/runtime.js'
import { writeArchive } from '../src/upload/archive.js'
import { collectEntries } from '../src/upload/collect.js'
import { parseTerraformIgnore } from '../src/upload/terraformignore.js'

const SELF = resolve(process.argv[1])
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// ---- child modes: each measurement of memory runs in a fresh process ---------------------------------------------

async function child(mode: string, file: string, out?: string): Promise<void> {
  const started = performance.now()
  if (mode === 'generate') {
    writeFileSync(out!, generatedPlan(Number(file)))
    return
  }
  if (mode === 'pack') {
    const { entries } = await collectEntries(file, parseTerraformIgnore(undefined))
    await writeArchive(entries, out!)
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
    const comment = renderWithinLimit(report, COMMENT_LIMIT)
    const summary = renderWithinLimit(report, SUMMARY_LIMIT)
    if (!comment.markdown || !summary.markdown) throw new Error('nothing rendered')
  }
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

function measureChild(mode: string, file: string): { ms: number; maxRssMb: number } {
  const result = spawnSync(process.execPath, ['--max-old-space-size=6144', SELF, '--child', mode, file], {
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
    writeFileSync(file, generatedPlan(size))
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

// ---- 3. polling on a virtual clock -------------------------------------------------------------------------------

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

async function main(): Promise<void> {
  const t0 = performance.now()
  process.stderr.write('cold start...\n')
  const cold = await coldStart(9)
  process.stderr.write('plan reading...\n')
  const plans = planReading([1_000, 10_000, 50_000, 100_000], 3)
  process.stderr.write('packing...\n')
  const pack = packing(5)
  process.stderr.write('polling...\n')
  const polls = []
  for (const seconds of [10, 120, 1200]) polls.push(await polling(seconds))

  const machine = {
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30)
  }
  const lines = [
    `Machine: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}`,
    '',
    '| start-up (median of 9, turn about, same environment: PATH only) | ms | ratio to `node -e 0` |',
    '|---|---:|---:|',
    `| \`node -e 0\` (spawn to exit) | ${cold.nodeMs.toFixed(0)} | 1 |`,
    `| main step, spawn to first API request (budget ≤ 2.0) | ${cold.actionMs.toFixed(0)} | ${cold.ratio.toFixed(2)} |`,
    `| post step with nothing to clean up, spawn to exit (budget ≤ 1.5) | ${cold.postMs.toFixed(0)} | ${cold.postRatio.toFixed(2)} |`,
    '',
    '| resources | plan file MB | JSON.parse ms | read + render ms | time ratio (≤ 3) | JSON.parse peak RSS MB | read + render peak RSS MB | RSS / file size (≤ 4) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...plans.map(
      p =>
        `| ${p.resources} | ${p.fileMb.toFixed(1)} | ${p.parseMs.toFixed(0)} | ${p.oursMs.toFixed(0)} | ${p.timeRatio.toFixed(2)} | ${p.parseRssMb.toFixed(0)} | ${p.oursRssMb.toFixed(0)} | ${p.rssPerFileSize.toFixed(2)} |`
    ),
    '',
    `| packing ${pack.files} files, ${pack.treeMb.toFixed(0)} MB (median of 5, turn about) | ms | archive MB |`,
    '|---|---:|---:|',
    `| \`GZIP=-1 tar -czf\` | ${pack.tarMs.toFixed(0)} | ${pack.tarArchiveMb.toFixed(1)} |`,
    `| the action's packer (own process) | ${pack.oursMs.toFixed(0)} | ${pack.archiveMb.toFixed(1)} |`,
    `| ratio (budget ≤ 1.5) | ${pack.ratio.toFixed(2)} | |`,
    `| peak RSS, ${pack.treeMb.toFixed(0)} MB tree / ${pack.largeTreeMb.toFixed(0)} MB tree | ${pack.rssMb.toFixed(0)} / ${pack.largeRssMb.toFixed(0)} MB | |`,
    '',
    '| plan duration | run reads until noticed (≤ 150 for 20 min) | notice delay (≤ 2.5 s for 10 s) |',
    '|---:|---:|---:|',
    ...polls.map(p => `| ${p.planSeconds} s | ${p.runReads} | ${(p.noticeDelayMs / 1000).toFixed(2)} s |`)
  ]
  const table = lines.join('\n')
  console.log(table)
  mkdirSync('bench', { recursive: true })
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ machine, coldStart: cold, planReading: plans, packing: pack, polling: polls, table, seconds: (performance.now() - t0) / 1000 }, null, 2)}\n`
  )
  console.log(`\nwrote bench/results.json in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5])
else await main()
