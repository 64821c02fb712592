import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { COMMENT_LIMIT } from '../src/report/comment.js'
import { readState } from '../src/report/comment-marker.js'
import { GitHubSimulator } from '../sim/github-simulator.js'
import { TfcSimulator, type SimWorkspace } from '../sim/tfc-simulator.js'
import { TEST_CLOCK, runAction, until } from './support/harness.js'
import { tempDir } from './support/temp.js'
import { generatedPlan } from './support/plans.js'

const REPO = 'acme/infra'
let tfc: TfcSimulator
let gh: GitHubSimulator
let ws: SimWorkspace

beforeEach(async () => {
  tfc = await new TfcSimulator({ clock: TEST_CLOCK }).start()
  gh = await new GitHubSimulator({
    'gh-token': { login: 'github-actions[bot]', app: true },
    'fork-token': { login: 'github-actions[bot]', app: true, readOnly: true },
    'pat-alice': { login: 'alice' }
  }).start()
  ws = tfc.addWorkspace({ name: 'production' })
  tfc.addConfigurationVersion(ws)
})
afterEach(async () => {
  await tfc.stop()
  await gh.stop()
})

function prEnv(number = 42, headSha = 'a'.repeat(40)): NodeJS.ProcessEnv {
  const dir = tempDir('event-')
  const path = join(dir, 'event.json')
  writeFileSync(path, JSON.stringify({ number, pull_request: { number, head: { sha: headSha } } }))
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
}

const plan = (inputs: Record<string, string> = {}, env = prEnv()) =>
  runAction(tfc.url, { workspace: 'production', 'github-token': 'gh-token', ...inputs }, { env })

describe('the sticky comment', () => {
  test('is created once and updated in place over three runs', async () => {
    const first = await plan()
    expect(first.io.failed).toBeUndefined()
    expect(gh.commentsOn(REPO, 42)).toHaveLength(1)
    expect(first.io.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    for (let i = 0; i < 2; i++) await plan({}, prEnv(42, String(i).repeat(40)))
    const comments = gh.commentsOn(REPO, 42)
    expect(comments).toHaveLength(1)
    const runs = tfc.runsOf(ws).sort((a, b) => a.createdAt - b.createdAt)
    expect(readState(comments[0].body)?.run).toBe(runs[2].id)
    expect(comments[0].body).toContain(runs[2].id)
    expect(gh.requests.filter(r => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1)
    // The commit link is the pull request's head, not the merge commit in GITHUB_SHA.
    expect(comments[0].body).toContain(`/commit/${'1'.repeat(40)}`)
  })

  test('a second workspace, or a comment-key, gets its own comment', async () => {
    const other = tfc.addWorkspace({ name: 'staging' })
    tfc.addConfigurationVersion(other)
    await plan()
    await runAction(tfc.url, { workspace: 'staging', 'github-token': 'gh-token' }, { env: prEnv() })
    await plan({ 'comment-key': 'targeted' })
    expect(gh.commentsOn(REPO, 42)).toHaveLength(3)
  })

  test("an older run never overwrites a newer run's result", async () => {
    // The older run is created first but finishes last (a slow plan for an earlier push). Speculative plans, as pull
    // requests use: they bypass the workspace queue, so the newer one does not wait for the older.
    ws.script = { planMs: Infinity }
    const older = plan({ 'plan-only': 'true' }, prEnv(42, '1'.repeat(40)))
    const olderRun = await until(() => tfc.runsOf(ws).find(r => tfc.statusOf(r) === 'planning'), 'the older run is planning')
    ws.script = {}
    await plan({ 'plan-only': 'true' }, prEnv(42, '2'.repeat(40)))
    const newerRun = readState(gh.commentsOn(REPO, 42)[0].body)!.run
    tfc.finishPlanning(olderRun)
    const { io } = await older
    const [comment] = gh.commentsOn(REPO, 42)
    expect(readState(comment.body)?.run).toBe(newerRun)
    expect(readState(comment.body)?.sha).toBe('2'.repeat(40))
    expect(io.lines.join('\n')).toMatch(/already shows a newer run/)
  })

  test('a marker whose run was "created" in the future does not stop later plan steps from updating the comment', async () => {
    await plan()
    const [ours] = gh.commentsOn(REPO, 42)
    const state = readState(ours.body)!
    // Any job with GITHUB_TOKEN and pull-requests: write can edit the comment as github-actions[bot].
    ours.body = ours.body.replace(
      /state=[A-Za-z0-9_-]+/,
      `state=${Buffer.from(JSON.stringify({ ...state, run: 'run-forged', created: '2099-01-01T00:00:00.000Z' })).toString('base64url')}`
    )
    const { io } = await plan({}, prEnv(42, '3'.repeat(40)))
    expect(io.lines.join('\n')).not.toMatch(/already shows a newer run/)
    const [comment] = gh.commentsOn(REPO, 42)
    expect(readState(comment.body)).toMatchObject({ run: io.outputs['run-id'], sha: '3'.repeat(40) })
  })

  test('is found past the first page among more than 100 comments', async () => {
    await plan()
    for (let i = 0; i < 150; i++) gh.addComment(REPO, 42, 'bob', `comment ${i}`)
    // Move ours to the end of the thread so it sits on page 2.
    const ours = gh.comments.splice(
      gh.comments.findIndex(c => c.user.login === 'github-actions[bot]'),
      1
    )[0]
    gh.comments.push(ours)
    await plan()
    expect(gh.commentsOn(REPO, 42).filter(c => c.user.login === 'github-actions[bot]')).toHaveLength(1)
    expect(gh.requests.some(r => r.method === 'GET' && /page=2/.test(r.path))).toBe(true)
  })

  test("another user's comment carrying the same marker is left alone", async () => {
    await plan()
    const [ours] = gh.commentsOn(REPO, 42)
    const copy = gh.addComment(REPO, 42, 'mallory', ours.body)
    const copied = copy.body
    gh.comments.splice(gh.comments.indexOf(copy), 1)
    gh.comments.unshift(copy)
    await plan()
    expect(copy.body).toBe(copied)
    expect(ours.body).not.toBe(copied)
    expect(gh.commentsOn(REPO, 42).find(c => c.user.login === 'mallory')!.updated_at).toBe(copy.created_at)
    expect(gh.requests.filter(r => r.method === 'PATCH' && r.path.includes('/comments/')).every(r => r.path.endsWith(`/${ours.id}`))).toBe(
      true
    )
  })

  test('a personal token finds its own comments by its login', async () => {
    await plan({ 'github-token': 'pat-alice' })
    await plan({ 'github-token': 'pat-alice' })
    expect(gh.commentsOn(REPO, 42).filter(c => c.user.login === 'alice')).toHaveLength(1)
  })

  test('a read-only token (fork pull request) is a warning, never a failed step', async () => {
    const { io } = await plan({ 'github-token': 'fork-token' })
    expect(io.failed).toBeUndefined()
    expect(io.warnings.join('\n')).toMatch(/GitHub answered 403.*pull-requests: write/)
    expect(io.summary).toContain('Planned, then discarded')
    expect(gh.commentsOn(REPO, 42)).toHaveLength(0)
  })

  test('no changes: no new comment, but an existing one says so', async () => {
    ws.script = { plan: 'no-changes' }
    await plan()
    expect(gh.commentsOn(REPO, 42)).toHaveLength(0)
    ws.script = {}
    await plan()
    ws.script = { plan: 'no-changes' }
    await plan()
    const comments = gh.commentsOn(REPO, 42)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('No changes')
  })

  test('comment: auto does nothing on a push; comment: false sends nothing to GitHub (checks: auto adds none for one workspace)', async () => {
    await plan({}, { ...prEnv(), GITHUB_EVENT_NAME: 'push' })
    expect(gh.requests).toHaveLength(0)
    await plan({ comment: 'false' })
    expect(gh.requests).toHaveLength(0)
    expect(gh.comments).toHaveLength(0)
  })

  test('checks: true adds the check run of one workspace on a pull request, beside the comment', async () => {
    await plan({ checks: 'true' })
    expect(gh.requests.filter(r => r.path.includes('/check-runs')).map(r => r.method)).toEqual(['POST', 'PATCH'])
    expect(gh.comments).toHaveLength(1)
  })

  test('a 50,000-resource plan never exceeds 65,536 characters', async () => {
    ws.script = { counts: { additions: 50_000, changes: 0, destructions: 0 }, planJson: generatedPlan(50_000) }
    // Reading and rendering 50,000 resources is real work: an hour on the test clock (six real minutes) is room, not a bound.
    const { io } = await plan({ timeout: '1h' })
    expect(io.failed).toBeUndefined()
    const [comment] = gh.commentsOn(REPO, 42)
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment.body).toMatch(/Only the first addresses of each kind|left out to fit|too large to show/)
    expect(comment.body).toMatch(/… and \d+ more/)
    // The summary has more room and keeps more.
    expect(io.summary.length).toBeGreaterThan(comment.body.length)
  }, 60_000)
})

describe('hostile plan content renders inert through a GFM renderer', () => {
  const hostile = [
    'null_resource.a["</details><img src=x onerror=alert(1)>"]',
    'null_resource.b["@octocat please approve"]',
    'null_resource.c["fixes #1 and acme/infra#2"]',
    'null_resource.d["``` closing fence"]',
    'null_resource.e["pipe | in | cell"]',
    'null_resource.f["line\nbreak\n# Heading"]',
    'null_resource.g["<script>alert(1)</script>"]',
    'null_resource.h["[link](javascript:alert(1))"]'
  ]

  test('addresses with markup, mentions, references, fences, pipes and newlines', async () => {
    const planJson = JSON.stringify({
      format_version: '1.2',
      resource_changes: hostile.map((address, i) => ({ address, change: { actions: i % 2 ? ['delete'] : ['create'] } })),
      output_changes: { '<b>out</b>': { actions: ['create'], after_sensitive: true } }
    })
    ws.script = { counts: { additions: 4, changes: 0, destructions: 4 }, planJson }
    await plan()
    const [comment] = gh.commentsOn(REPO, 42)
    const html = micromark(comment.body, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    // The only HTML elements are the ones the renderer itself writes.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map(m => m[1]))
    for (const tag of tags)
      expect([
        'details',
        'summary',
        'p',
        'ul',
        'li',
        'code',
        'strong',
        'a',
        'h3',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'blockquote',
        'em',
        'br'
      ]).toContain(tag)
    expect(html).not.toMatch(/<img|<script|<h1|<h2/)
    expect(html).not.toMatch(/href="javascript/)
    // Every hostile address sits whole inside one <code> element (newlines shown as ␤).
    const codes = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map(m => m[1])
    for (const address of hostile) {
      const escaped = address.replace(/\n/g, '␤').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      expect(codes.some(c => c.includes(escaped))).toBe(true)
    }
    // Mentions and references only ever appear inside code, where GitHub does not link them.
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '')
    expect(outsideCode).not.toMatch(/@octocat|#1\b|acme\/infra#2/)
    // <details> opens and closes in balance: nothing from the plan closed one early.
    expect((html.match(/<details/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length)
  })
})
