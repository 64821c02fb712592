/**
 * Several workspaces in one step, through the committed bundle: selection by list, glob, tags and project; only
 * what the change touches; runs side by side; one report, one comment, one `runs` output.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { GitHubSimulator } from '../sim/github-simulator.js'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { stateEnv } from '../sim/step-runner.js'
import { DIST_MAIN, DIST_POST, NODE_VERSION, errorLine, startStep } from './support/bundle.js'
import { TOKEN, until } from './support/harness.js'
import { startSimulators, stopSimulators } from './support/simulators.js'
import { tempDir } from './support/temp.js'
import { indexMarker, readIndex } from '../src/report/comment-marker.js'

const REPO = 'acme/infra'
let tfc: TfcSimulator
let gh: GitHubSimulator
beforeEach(async () => ({ tfc, gh } = await startSimulators()))
afterEach(() => stopSimulators(tfc, gh))

function workspace(name: string, extra: Partial<SimWorkspace> = {}): SimWorkspace {
  const ws = tfc.addWorkspace({ name, ...extra })
  tfc.addConfigurationVersion(ws)
  return ws
}

const base = () => ({ token: TOKEN, hostname: tfc.url, organization: 'acme', 'poll-interval': '0.1s', 'github-token': 'gh-token' })

function pullRequest(number: number, files: string[]): Record<string, string> {
  gh.pullFiles.set(`${REPO}#${number}`, files)
  const event = join(tempDir(), 'event.json')
  writeFileSync(event, JSON.stringify({ number, pull_request: { number, head: { sha: 'a'.repeat(40) }, changed_files: files.length } }))
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
}

const dispatch = (): Record<string, string> => ({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_API_URL: gh.url })

type Runs = Record<
  string,
  {
    id?: string
    status?: string
    skipped?: boolean
    reason?: string
    applied?: boolean
    failure?: string
    'plan-json'?: string
    'plan-json-format'?: string
  }
>
const runsOf = (outputs: Record<string, string>): Runs => JSON.parse(outputs.runs) as Runs
/** Markdown without its escapes, to match what a reader sees. */
const plain = (markdown: string): string => markdown.replace(/\\(?=[^\s\\])|\u2060/g, '')

describe(`selecting several workspaces, through the bundle on Node ${NODE_VERSION}`, () => {
  test('by list: names, a ws- ID and a glob; each planned, one row each, one runs output', async () => {
    const [a, b] = [workspace('app-a'), workspace('app-b')]
    const db = workspace('db')
    workspace('other')
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: `app-*\n${db.id}`, 'plan-only': 'true' }, dispatch()).done
    expect(step.code).toBe(0)
    const runs = runsOf(step.outputs)
    expect(Object.keys(runs).sort()).toEqual(['acme/app-a', 'acme/app-b', 'acme/db'])
    for (const ws of [a, b, db]) expect(runs[`acme/${ws.name}`]).toMatchObject({ id: tfc.runsOf(ws)[0].id, status: 'planned_and_finished' })
    // Each plan's JSON, as read, for later steps: a file per run.
    for (const ws of [a, b, db]) {
      const entry = runs[`acme/${ws.name}`]
      expect(entry['plan-json-format']).toBe('redacted')
      expect(JSON.parse(readFileSync(entry['plan-json']!, 'utf8'))).toHaveProperty('resource_changes')
    }
    expect(new Set(Object.values(runs).map(r => r['plan-json'])).size).toBe(3)
    expect(plain(step.summary)).toMatch(/### 📋 HCP Terraform: 3 of 3 workspaces \(app-\*, ws-/)
    for (const name of ['app-a', 'app-b', 'db'])
      expect(plain(step.summary)).toMatch(new RegExp(`\\| \\[acme/${name}\\]\\(.*\\) \\| 📋 Speculative plan \\| 1 \\| 0 \\| 0 \\| 0 \\|`))
    // Each workspace's log lines say which workspace they are about.
    expect(step.stdout).toMatch(/^\[app-a\] Created run run-/m)
    // More than one run: the single-workspace outputs are not set.
    expect(step.outputs['run-id']).toBeUndefined()
  })

  test('by tags (a flat tag and a key/value binding), minus excluded tags, within a project by name', async () => {
    const platform = tfc.addProject('platform')
    workspace('net-prod', { tags: ['network'], tagBindings: [{ key: 'env', value: 'prod' }], projectId: platform })
    workspace('net-stage', { tags: ['network'], tagBindings: [{ key: 'env', value: 'stage' }], projectId: platform })
    workspace('net-prod-legacy', { tags: ['network', 'legacy'], tagBindings: [{ key: 'env', value: 'prod' }], projectId: platform })
    workspace('net-prod-other', { tags: ['network'], tagBindings: [{ key: 'env', value: 'prod' }] })
    const step = await startStep(
      DIST_MAIN,
      { ...base(), 'workspace-tags': 'network\nenv=prod', 'exclude-tags': 'legacy', project: 'platform', 'plan-only': 'true' },
      dispatch()
    ).done
    expect(step.code).toBe(0)
    expect(Object.keys(runsOf(step.outputs))).toEqual(['acme/net-prod'])
    // One workspace ran: its single-workspace outputs are set too.
    expect(step.outputs['run-status']).toBe('planned_and_finished')
    const list = tfc.requests.find(r => r.path === '/api/v2/organizations/acme/workspaces')!
    expect(decodeURIComponent(list.query)).toContain('filter[tagged][0][key]=env')
  })

  test('a selection that matches nothing fails, naming the filter, and creates nothing', async () => {
    workspace('app-a', { tags: ['web'] })
    const step = await startStep(DIST_MAIN, { ...base(), 'workspace-tags': 'team=data' }, dispatch()).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toBe(
      'No workspace of organization acme matches tag team=data (that the token can read). Check `workspace-tags`, `exclude-tags` and `project`. Nothing was created.'
    )
    expect(tfc.runs.size).toBe(0)
    const glob = await startStep(DIST_MAIN, { ...base(), workspaces: 'db-*' }, dispatch()).done
    expect(errorLine(glob.stdout)).toMatch(/^Input `workspaces`: "db-\*" matches no workspace of organization acme/)
  })
})

describe(`only the workspaces a change touches, through the bundle on Node ${NODE_VERSION}`, () => {
  test("by each workspace's run triggers; the others listed as skipped, with why; one comment for all", async () => {
    workspace('network', { workingDirectory: 'infra/network' })
    workspace('compute', { workingDirectory: 'infra/compute', triggerPrefixes: ['modules'] })
    workspace('dns', { triggerPatterns: ['/infra/dns/**/*.tf'] })
    workspace('always', { workingDirectory: 'infra/always', fileTriggersEnabled: false })
    workspace('storage', { workingDirectory: 'infra/storage' })
    const env = pullRequest(7, ['infra/network/main.tf', 'modules/vm/main.tf', 'infra/dns/README.md', 'docs/x.md'])
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: '*', 'plan-only': 'true' }, env).done
    expect(step.code).toBe(0)
    const runs = runsOf(step.outputs)
    expect(runs['acme/network'].status).toBe('planned_and_finished')
    expect(runs['acme/compute'].status).toBe('planned_and_finished')
    expect(runs['acme/always'].status).toBe('planned_and_finished')
    expect(runs['acme/dns']).toEqual({ skipped: true, reason: 'no change matching /infra/dns/**/*.tf' })
    expect(runs['acme/storage']).toEqual({ skipped: true, reason: 'no change under infra/storage' })
    expect(tfc.runs.size).toBe(3)
    expect(step.summary).toMatch(/3 of 5 workspaces/)
    expect(plain(step.summary)).toContain('Ran the workspaces that the 4 files pull request #7 changes touch')
    expect(plain(step.summary)).toMatch(/- `acme\/storage`: no change under infra\/storage/)
    const comments = gh.commentsOn(REPO, 7)
    expect(comments).toHaveLength(1)
    expect(step.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comments[0].id}$`))
    // A second push to the pull request updates the same comment.
    const again = await startStep(DIST_MAIN, { ...base(), workspaces: '*', 'plan-only': 'true' }, pullRequest(7, ['infra/storage/main.tf']))
      .done
    expect(again.code).toBe(0)
    expect(gh.commentsOn(REPO, 7)).toHaveLength(1)
    // The storage change, and the workspace without file triggers, which every change runs.
    expect(gh.commentsOn(REPO, 7)[0].body).toMatch(/2 of 5 workspaces/)
  })

  test("a push of 300 files or more: GitHub's comparison lists 300 at most, so every selected workspace runs, and the report says why", async () => {
    workspace('a', { workingDirectory: 'a' })
    workspace('b', { workingDirectory: 'b' })
    const files = Array.from({ length: 350 }, (_, i) => (i < 349 ? `a/file${i}.tf` : 'b/main.tf'))
    gh.compares.set(`${REPO}:${'1'.repeat(40)}...${'2'.repeat(40)}`, files)
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ before: '1'.repeat(40), after: '2'.repeat(40) }))
    const step = await startStep(
      DIST_MAIN,
      { ...base(), workspaces: 'a\nb', 'plan-only': 'true' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    ).done
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(2)
    expect(plain(step.summary)).toContain(
      "Every selected workspace ran: the push changes 300 or more files, more than GitHub's comparison lists."
    )
  })

  test('with `directory`, working directories, prefixes and patterns are read in the uploaded directory, as the upload reads them', async () => {
    workspace('network', { workingDirectory: 'network' })
    workspace('app', { workingDirectory: 'app', triggerPrefixes: ['modules'] })
    workspace('dns', { workingDirectory: 'dns', triggerPatterns: ['/dns/*.tf'] })
    workspace('storage', { workingDirectory: 'storage' })
    const env = pullRequest(8, ['infra/network/main.tf', 'infra/modules/vm/main.tf', 'infra/dns/README.md', 'network/unrelated.tf'])
    const repo = tempDir('repo-')
    for (const dir of ['network', 'app', 'dns', 'storage']) {
      mkdirSync(join(repo, 'infra', dir), { recursive: true })
      writeFileSync(join(repo, 'infra', dir, 'main.tf'), '')
    }
    const step = await startStep(
      DIST_MAIN,
      { ...base(), workspaces: '*', 'plan-only': 'true', directory: 'infra', comment: 'false' },
      { ...env, GITHUB_WORKSPACE: repo }
    ).done
    expect(step.code).toBe(0)
    const runs = runsOf(step.outputs)
    expect(runs['acme/network'].status).toBe('planned_and_finished')
    expect(runs['acme/app'].status).toBe('planned_and_finished')
    // Patterns replace the working directory: a README under dns/ matches no pattern.
    expect(runs['acme/dns']).toEqual({ skipped: true, reason: 'no change matching /infra/dns/*.tf' })
    expect(runs['acme/storage']).toEqual({ skipped: true, reason: 'no change under infra/storage' })
    expect(step.stdout).toContain('network: runs (infra/network/main.tf is under infra/network)')
    expect(step.stdout).toContain('app: runs (infra/modules/vm/main.tf is under infra/modules)')
  })

  test('trigger patterns are used instead of the working directory: a change under it that matches no pattern runs nothing', async () => {
    workspace('dns', { workingDirectory: 'infra/dns', triggerPatterns: ['/infra/dns/**/*.tf'] })
    workspace('other', { workingDirectory: 'other' })
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: '*', 'plan-only': 'true' }, pullRequest(9, ['infra/dns/README.md']))
      .done
    expect(step.code).toBe(0)
    expect(runsOf(step.outputs)['acme/dns']).toEqual({ skipped: true, reason: 'no change matching /infra/dns/**/*.tf' })
    expect(tfc.runs.size).toBe(0)
  })

  test('with more than GitHub lists, every selected workspace runs, and the report says why', async () => {
    workspace('a', { workingDirectory: 'a' })
    workspace('b', { workingDirectory: 'b' })
    const env = pullRequest(9, ['a/main.tf'])
    writeFileSync(
      env.GITHUB_EVENT_PATH,
      JSON.stringify({ number: 9, pull_request: { number: 9, head: { sha: 'a'.repeat(40) }, changed_files: 3500 } })
    )
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'a\nb', 'plan-only': 'true' }, env).done
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(2)
    expect(plain(step.summary)).toContain('Every selected workspace ran: pull request #9 changes more than the 3000 files GitHub lists.')
  })
})

describe(`running several workspaces, through the bundle on Node ${NODE_VERSION}`, () => {
  test("one workspace's plan errors while the others apply; a destroy is guarded in one of them", async () => {
    const ok = workspace('ok')
    const broken = workspace('broken', { script: { plan: 'errored' } })
    const destroys = workspace('destroys', { script: { counts: { additions: 0, changes: 0, destructions: 2 } } })
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'ok\nbroken\ndestroys', apply: 'true' }, dispatch()).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(
      /^2 of 3 workspaces failed\. acme\/broken: The run errored during planning.* acme\/destroys: The plan destroys or replaces 2 resources/
    )
    expect(tfc.statusOf(tfc.runsOf(ok)[0])).toBe('applied')
    expect(tfc.statusOf(tfc.runsOf(broken)[0])).toBe('errored')
    expect(tfc.statusOf(tfc.runsOf(destroys)[0])).toBe('discarded')
    const runs = runsOf(step.outputs)
    // Each applied workspace's Terraform outputs are in its entry (this one has none).
    expect(runs['acme/ok']).toMatchObject({ applied: true, status: 'applied', outputs: {} })
    expect(runs['acme/destroys']).toMatchObject({ applied: false, status: 'discarded' })
    expect(plain(step.summary)).toMatch(/\*\*Failed:\*\* `acme\/broken`, `acme\/destroys`/)
    expect(step.summary).toMatch(/These plans destroy or replace 2 resources/)
  })

  test('`directory` is packed once and uploaded to each workspace; a working directory outside it fails alone', async () => {
    const checkout = tempDir('checkout-')
    for (const path of ['infra/network/main.tf', 'infra/app/main.tf', 'modules/shared/main.tf']) {
      mkdirSync(join(checkout, dirname(path)), { recursive: true })
      writeFileSync(join(checkout, path), `# ${path}\n`)
    }
    const network = workspace('network', { workingDirectory: 'infra/network' })
    const app = workspace('app', { workingDirectory: 'infra/app' })
    const ghost = workspace('ghost', { workingDirectory: 'infra/ghost' })
    const runnerTemp = tempDir('runner-temp-')
    const step = await startStep(
      DIST_MAIN,
      { ...base(), workspaces: '*', directory: '.', 'plan-only': 'true' },
      { ...dispatch(), GITHUB_WORKSPACE: checkout, RUNNER_TEMP: runnerTemp }
    ).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(
      /^1 of 3 workspaces failed\. acme\/ghost: Input `directory`: infra\/ghost does not exist \(the workspace's working directory is "infra\/ghost"\)/
    )
    // Packed once: one description of the archive, the other workspace uploads the same file.
    expect(step.stdout.match(/\] Packing \.: /g)).toHaveLength(1)
    expect(step.stdout.match(/\] Uploading \., packed once for the selected workspaces/g)).toHaveLength(1)
    const uploads = [network, app].map(w => [...tfc.cvs.values()].find(cv => cv.workspaceId === w.id && cv.archive)!)
    expect(uploads[0].id).not.toBe(uploads[1].id)
    expect(uploads[0].archive!.equals(uploads[1].archive!)).toBe(true)
    expect([...uploads[0].files!.keys()]).toEqual(
      expect.arrayContaining(['infra/network/main.tf', 'infra/app/main.tf', 'modules/shared/main.tf'])
    )
    for (const w of [network, app]) expect(tfc.statusOf(tfc.runsOf(w)[0])).toBe('planned_and_finished')
    // Nothing was created for the workspace whose code is not in the upload.
    expect([...tfc.cvs.values()].filter(cv => cv.workspaceId === ghost.id && cv.archive)).toEqual([])
    expect(tfc.runsOf(ghost)).toEqual([])
    // The shared archive is gone with the step.
    expect(readdirSync(join(runnerTemp, 'tfe-run-action')).filter(f => f.endsWith('.tar.gz'))).toEqual([])
  })

  test('at most `parallel` runs at once, all on one request budget', async () => {
    for (let i = 0; i < 6; i++) workspace(`w${i}`, { script: { planMs: 600 } })
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'w*', 'plan-only': 'true', parallel: '2' }, dispatch()).done
    expect(step.code).toBe(0)
    // Runs were created two at a time: never a third before one of the first two ended.
    const runs = [...tfc.runs.values()].sort((a, b) => a.createdAt - b.createdAt)
    const ends = runs.map(r => r.reached.get('planned_and_finished')!)
    for (let i = 2; i < runs.length; i++) {
      const earlierEnds = ends.slice(0, i).sort((a, b) => a - b)
      expect(runs[i].createdAt).toBeGreaterThanOrEqual(earlierEnds[i - 2])
    }
  })

  test('the request budget goes to creating runs first: triggers are read once every run exists, plans come with the poll', async () => {
    for (let i = 0; i < 6; i++) workspace(`w${i}`, { script: { planMs: 600 } })
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'w*', 'plan-only': 'true' }, dispatch()).done
    expect(step.code).toBe(0)
    const api = tfc.requests.filter(r => r.origin === 'api')
    const lastCreate = api.map(r => r.method === 'POST' && r.path === '/api/v2/runs').lastIndexOf(true)
    const firstTriggerRead = api.findIndex(r => r.path.endsWith('/run-triggers'))
    expect(api.filter(r => r.path.endsWith('/run-triggers'))).toHaveLength(6)
    expect(firstTriggerRead).toBeGreaterThan(lastCreate)
    // Each run is polled with its plan side-loaded: the plan is never read on its own.
    expect(api.filter(r => /^\/api\/v2\/plans\/[^/]+$/.test(r.path))).toEqual([])
    expect(api.filter(r => r.path.startsWith('/api/v2/runs/')).every(r => r.query === '?include=plan')).toBe(true)
  })

  test('the job cancelled with ten runs in flight: every run is stopped, and none is left for the post step', async () => {
    for (let i = 0; i < 10; i++) workspace(`w${i}`, { script: { planMs: Infinity } })
    const step = startStep(DIST_MAIN, { ...base(), workspaces: 'w*' }, dispatch())
    await until(
      () => tfc.runs.size === 10 && [...tfc.runs.values()].every(r => tfc.statusOf(r) === 'planning'),
      'ten runs planning',
      20_000
    )
    step.child.kill('SIGINT')
    const result = await step.done
    expect(result.code).toBe(1)
    for (const run of tfc.runs.values()) expect(run.actionsLog).toEqual(['cancel'])
    // The post step looks at whatever had not ended yet, and sends nothing more: each cancel was accepted.
    const post = await startStep(DIST_POST, { ...base() }, stateEnv(result.state)).done
    expect(post.code).toBe(0)
    for (const run of tfc.runs.values()) expect(run.actionsLog).toEqual(['cancel'])
  })

  test('the comment stays within 65,536 characters with 50 workspaces of large plans, the table whole', async () => {
    for (let i = 0; i < 50; i++)
      workspace(`svc-${String(i).padStart(2, '0')}`, { script: { counts: { additions: 100, changes: 10, destructions: 0 } } })
    const env = pullRequest(11, ['x.tf'])
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'svc-*', 'plan-only': 'true', parallel: '25' }, env).done
    expect(step.code).toBe(0)
    const [comment] = gh.commentsOn(REPO, 11)
    expect(comment.body.length).toBeLessThanOrEqual(65_536)
    for (let i = 0; i < 50; i++) expect(plain(comment.body)).toMatch(new RegExp(`\\| \\[acme/svc-${String(i).padStart(2, '0')}\\]`))
  }, 60_000)
})

describe(`run triggers between selected workspaces, through the bundle on Node ${NODE_VERSION}`, () => {
  test('applies go upstream first; the run HCP Terraform then queues downstream is named, never waited on', async () => {
    const network = workspace('network', { script: { applyMs: 1_500 } })
    const app = workspace('app', { triggeredBy: [network.id] })
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'app\nnetwork', apply: 'true' }, dispatch()).done
    expect(step.code).toBe(0)
    const [up] = tfc.runsOf(network)
    const ours = tfc.runsOf(app).find(r => r.message !== 'Triggered by a run in workspace network')!
    expect(tfc.statusOf(up)).toBe('applied')
    expect(tfc.statusOf(ours)).toBe('applied')
    // Both planned side by side; the downstream was confirmed only once the upstream had applied.
    expect(ours.createdAt).toBeLessThan(up.reached.get('applied')!)
    expect(ours.reached.get('confirmed')!).toBeGreaterThanOrEqual(up.reached.get('applied')!)
    const queued = tfc.runsOf(app).find(r => r !== ours)!
    expect(queued.triggeringSourceName).toBe('network')
    expect(runsOf(step.outputs)['acme/app']).toMatchObject({ applied: true, 'triggered-runs': [queued.id] })
    expect(step.stdout).toMatch(/\[app\] Its apply waits for acme\/network to apply first: it triggers runs here\./)
    const summary = plain(step.summary)
    expect(summary).toContain(
      '- `acme/app`, triggered by `acme/network`: applied only after it applies; its plan reads their current state, not what this change makes of it.'
    )
    expect(summary).toMatch(
      new RegExp(
        `HCP Terraform queued \\[${queued.id}\\]\\(.*\\) \\(\\w+\\) here after \`network\` applied; this step does not follow it\\.`
      )
    )
    // The step left the triggered run alone.
    expect(queued.actionsLog).toEqual([])
  })

  test('a server that marks a triggered run only by its source ("tfe-run-trigger"): the run is still named', async () => {
    const network = workspace('network')
    const app = workspace('app', { triggeredBy: [network.id], triggerSourceOnly: true })
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'app\nnetwork', apply: 'true' }, dispatch()).done
    expect(step.code).toBe(0)
    const queued = tfc.runsOf(app).find(r => r.source === 'tfe-run-trigger')!
    expect(queued).toBeDefined()
    expect(runsOf(step.outputs)['acme/app']).toMatchObject({ applied: true, 'triggered-runs': [queued.id] })
    expect(plain(step.summary)).toMatch(
      new RegExp(`HCP Terraform queued \\[${queued.id}\\]\\(.*\\) \\(\\w+\\) here after \`network\` applied`)
    )
  })

  test('with parallel below the linked workspaces: each downstream run is created before its upstream applies, nothing waits for timeout', async () => {
    const network = workspace('network', { script: { applyMs: 600 } })
    const app = workspace('app', { triggeredBy: [network.id] })
    const db = workspace('db', { triggeredBy: [app.id] })
    const other = workspace('other')
    const started = Date.now()
    const step = await startStep(
      DIST_MAIN,
      { ...base(), workspaces: 'db\napp\nnetwork\nother', apply: 'true', parallel: '1', timeout: '40s' },
      dispatch()
    ).done
    expect(step.code).toBe(0)
    expect(Date.now() - started).toBeLessThan(30_000)
    const ours = (w: SimWorkspace) => tfc.runsOf(w).find(r => !/^Triggered by/.test(r.message ?? ''))!
    for (const w of [network, app, db, other]) expect(tfc.statusOf(ours(w))).toBe('applied')
    // Each downstream's run existed before its upstream applied, so it was not queued behind the triggered run.
    expect(ours(app).createdAt).toBeLessThan(ours(network).reached.get('applied')!)
    expect(ours(db).createdAt).toBeLessThan(ours(app).reached.get('applied')!)
    expect(step.stdout).toMatch(/Workspaces linked by run triggers start together, beyond `parallel` \(1\): network → app → db\./)
  }, 60_000)

  test('an upstream whose apply fails holds its downstream back: discarded, reported, and the step names the upstream', async () => {
    const network = workspace('network', { script: { apply: 'errored' } })
    const app = workspace('app', { triggeredBy: [network.id] })
    const other = workspace('other')
    const step = await startStep(DIST_MAIN, { ...base(), workspaces: 'app\nnetwork\nother', apply: 'true' }, dispatch()).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(/^1 of 3 workspaces failed\. acme\/network: /)
    expect(tfc.statusOf(tfc.runsOf(network)[0])).toBe('errored')
    expect(tfc.runsOf(app)).toHaveLength(1)
    expect(tfc.statusOf(tfc.runsOf(app)[0])).toBe('discarded')
    expect(tfc.statusOf(tfc.runsOf(other)[0])).toBe('applied')
    const runs = runsOf(step.outputs)
    expect(runs['acme/app']).toMatchObject({ applied: false, discarded: true })
    expect(plain(step.summary)).toMatch(
      /⏸️ Not applied: acme\/network, whose applies trigger runs in this workspace, failed \(.*\) in this step\./
    )
  })
})

describe(`saved plans for several workspaces, applied as reviewed on merge, through the bundle on Node ${NODE_VERSION}`, () => {
  const MERGE = 'b'.repeat(40)
  const merge = (number: number) => {
    gh.addPullRequest({ repo: REPO, number, headSha: 'a'.repeat(40), mergeCommitSha: MERGE, mergedAt: '2026-12-01T06:00:00Z' })
    return { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: MERGE, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' }
  }

  test('the pull request saves a plan per touched workspace; the merge applies each reviewed run, upstream first, each checked', async () => {
    const network = workspace('network', { workingDirectory: 'infra/network', script: { applyMs: 800 } })
    const app = workspace('app', { workingDirectory: 'infra/app', triggeredBy: [network.id] })
    const db = workspace('db', { workingDirectory: 'infra/db' })
    workspace('other', { workingDirectory: 'infra/other' })
    // Another pull request's saved plan for db, which a forged index entry will name.
    const elsewhere = await startStep(DIST_MAIN, { ...base(), workspace: 'db', 'save-plan': 'true' }, pullRequest(22, ['infra/db/x.tf']))
      .done
    expect(elsewhere.code).toBe(0)
    const foreign = tfc.runsOf(db)[0]

    const files = ['infra/network/main.tf', 'infra/app/main.tf', 'infra/db/main.tf']
    const plan = await startStep(DIST_MAIN, { ...base(), workspaces: '*', 'save-plan': 'true' }, pullRequest(21, files)).done
    expect(plan.code).toBe(0)
    const saved = Object.fromEntries([network, app, db].map(w => [w.name, tfc.runsOf(w).find(r => r.savePlan && r !== foreign)!]))
    for (const run of Object.values(saved)) expect(tfc.statusOf(run)).toBe('planned_and_saved')
    expect(runsOf(plan.outputs)['acme/other']).toMatchObject({ skipped: true })
    const [comment] = gh.commentsOn(REPO, 21)
    const index = readIndex(comment.body)
    expect(
      Object.values(index)
        .map(s => s.run)
        .sort()
    ).toEqual(
      Object.values(saved)
        .map(r => r.id)
        .sort()
    )

    // The comment is only an index: db's entry is swapped for pull request #22's run.
    const dbKey = Object.keys(index).find(k => index[k].run === saved.db.id)!
    comment.body = comment.body.replace(indexMarker(index), indexMarker({ ...index, [dbKey]: { ...index[dbKey], run: foreign.id } }))

    const step = await startStep(DIST_MAIN, { ...base(), workspaces: '*', run: 'reviewed', apply: 'true' }, merge(21)).done
    expect(step.code).toBe(1)
    expect(errorLine(step.stdout)).toMatch(
      new RegExp(
        `^1 of 3 workspaces failed\\. acme/db: Run ${foreign.id}, which the plan comment on pull request #21 names, was planned for pull request #22, not #21`
      )
    )
    expect(tfc.statusOf(saved.network)).toBe('applied')
    expect(tfc.statusOf(saved.app)).toBe('applied')
    expect(saved.app.reached.get('confirmed')!).toBeGreaterThanOrEqual(saved.network.reached.get('applied')!)
    // Neither db run was applied: the forged one was refused, the reviewed one was not named.
    expect(tfc.statusOf(foreign)).toBe('planned_and_saved')
    expect(tfc.statusOf(saved.db)).toBe('planned_and_saved')
    const runs = runsOf(step.outputs)
    expect(runs['acme/network']).toMatchObject({ id: saved.network.id, applied: true })
    expect(runs['acme/app']).toMatchObject({ id: saved.app.id, applied: true })
    expect(runs['acme/other']).toEqual({ skipped: true, reason: 'no plan of it reviewed on pull request #21' })
    // The merged pull request's one comment now says what was applied.
    const comments = gh.commentsOn(REPO, 21)
    expect(comments).toHaveLength(1)
    expect(plain(comments[0].body)).toContain(
      "Applies the plans reviewed on pull request #21, each checked against HCP Terraform's record of its run."
    )
    expect(plain(comments[0].body)).toMatch(/\| \[acme\/network\]\(.*\) \| ✅ Applied/)
    expect(plain(comments[0].body)).toMatch(/\| \[acme\/app\]\(.*\) \| ✅ Applied/)

    // The job run again: what was applied is not applied twice (a success for those), and the forged entry is
    // refused again.
    const again = await startStep(DIST_MAIN, { ...base(), workspaces: '*', run: 'reviewed', apply: 'true' }, merge(21)).done
    expect(again.code).toBe(1)
    expect(errorLine(again.stdout)).toMatch(
      /^1 of 3 workspaces failed\. acme\/db: Run run-\w+, which the plan comment on pull request #21 names/
    )
    expect(again.stdout).toMatch(/is already applied: nothing to apply again\./)
    expect(saved.network.actionsLog).toEqual(['apply'])
    expect(saved.app.actionsLog).toEqual(['apply'])
  })
})
