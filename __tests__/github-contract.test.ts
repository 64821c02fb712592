/**
 * The GitHub side held to what GitHub publishes (issue 27). Every exchange of every test with the GitHub simulator
 * is already checked against GitHub's REST description (support/github-contract-setup.ts); here: the checker
 * itself fails on a field of the wrong type and on an undeclared parameter, and real event payloads
 * (@octokit/webhooks-examples) drive the bundled action as GITHUB_EVENT_PATH, each giving what the README promises.
 * The `issue_comment` payloads (created and edited; on a pull request and on an issue) drive the comment commands
 * in dist-commands.test.ts.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { GitHubSimulator } from '../sim/github-simulator.js'
import { commentView } from '../sim/github/views.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import { readBinding } from '../src/run/binding.js'
import { DIST_MAIN, NODE_VERSION, startStep } from './support/bundle.js'
import { GitHubContract } from './support/github-contract.js'
import { TOKEN } from './support/harness.js'
import { startSimulators, stopSimulators } from './support/simulators.js'
import { tempDir } from './support/temp.js'
import { makeTree } from './support/tree.js'

const contract = GitHubContract.load()

describe("the contract checker, against GitHub's REST description", () => {
  const comment = (id: unknown) => {
    const now = new Date().toISOString()
    const view = commentView({
      id: 1,
      body: 'plan',
      repo: 'acme/infra',
      issue: 7,
      login: 'github-actions[bot]',
      created_at: now,
      updated_at: now
    })
    return JSON.stringify({ ...view, id })
  }

  test('an answer with a field of the wrong type fails, naming the operation and the field', () => {
    const problems = contract.check({
      method: 'POST',
      url: '/repos/acme/infra/issues/7/comments',
      requestBody: JSON.stringify({ body: 'plan' }),
      status: 201,
      responseBody: comment('1000')
    })
    expect(problems).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): answer 201 /id must be integer'
    ])
    expect(
      contract.check({
        method: 'POST',
        url: '/repos/acme/infra/issues/7/comments',
        requestBody: '{"body":"plan"}',
        status: 201,
        responseBody: comment(1000)
      })
    ).toEqual([])
  })

  test('a request with an undeclared query parameter, a parameter of the wrong type, or an invalid body fails', () => {
    const answer = { status: 200, responseBody: '[]' }
    expect(
      contract.check({ method: 'GET', url: '/repos/acme/infra/issues/7/comments?per_page=100&sort=created', requestBody: '', ...answer })
    ).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/list-comments): query parameter `sort` is not declared'])
    expect(contract.check({ method: 'GET', url: '/repos/acme/infra/issues/7/comments?per_page=many', requestBody: '', ...answer })).toEqual(
      [
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/list-comments): query parameter `per_page` is "many", not an integer'
      ]
    )
    expect(
      contract.check({
        method: 'POST',
        url: '/repos/acme/infra/issues/7/comments',
        requestBody: '{"text":"plan"}',
        status: 201,
        responseBody: comment(1)
      })
    ).toEqual([
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): request body (root) must have required property 'body'"
    ])
    expect(contract.check({ method: 'GET', url: '/repos/acme/infra/plans', requestBody: '', ...answer })).toEqual([
      "GET /repos/acme/infra/plans: no such operation in GitHub's REST API description"
    ])
  })
})

interface Example {
  action?: string
  ref?: string
  created?: boolean
  deleted?: boolean
  after?: string
  repository: { full_name: string }
  pull_request?: { number: number; head: { sha: string } }
}

const examples = (name: string): Example[] => {
  const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json')
  const index = JSON.parse(readFileSync(file, 'utf8')) as Array<{ name: string; examples: Example[] }>
  return index.find(e => e.name === name)!.examples
}

describe(`real event payloads drive the bundled action, on Node ${NODE_VERSION}`, () => {
  let tfc: TfcSimulator
  let gh: GitHubSimulator
  beforeEach(async () => {
    ;({ tfc, gh } = await startSimulators())
    const ws = tfc.addWorkspace({ name: 'production' })
    tfc.addConfigurationVersion(ws)
  })
  afterEach(() => stopSimulators(tfc, gh))

  const run = (event: string, payload: Example, inputs: Record<string, string> = {}) => {
    const path = join(tempDir(), 'event.json')
    writeFileSync(path, JSON.stringify(payload))
    return startStep(
      DIST_MAIN,
      {
        token: TOKEN,
        hostname: tfc.url,
        organization: 'acme',
        workspace: 'production',
        'poll-interval': '0.05s',
        'github-token': 'gh-token',
        directory: '.',
        ...inputs
      },
      {
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: path,
        GITHUB_REPOSITORY: payload.repository.full_name,
        GITHUB_SHA: payload.after && !/^0+$/.test(payload.after) ? payload.after : 'c'.repeat(40),
        GITHUB_API_URL: gh.url,
        GITHUB_WORKSPACE: makeTree({ 'main.tf': 'resource "terraform_data" "a" {}\n' })
      }
    ).done
  }

  const pullRequests = examples('pull_request').filter(e =>
    ['opened', 'synchronize', 'reopened', 'ready_for_review'].includes(e.action ?? '')
  )
  test.each(pullRequests.map(e => [e.action!, e] as const).filter((row, i, all) => all.findIndex(r => r[0] === row[0]) === i))(
    'pull_request %s: the saved plan records that pull request and its head, and the comment goes on it',
    async (_action, payload) => {
      const step = await run('pull_request', payload, { 'save-plan': 'true' })
      expect(step.code).toBe(0)
      const pr = payload.pull_request!
      const [comment] = gh.commentsOn(payload.repository.full_name, pr.number)
      expect(comment.body).toContain(`commit [${pr.head.sha.slice(0, 7)}]`)
      const saved = tfc.runs.get(step.outputs['run-id'])!
      expect(readBinding(saved.message)).toEqual({ repository: payload.repository.full_name, pullRequest: pr.number, headSha: pr.head.sha })
    }
  )

  const pushes = examples('push')
  test.each([
    ['a branch created', pushes.find(e => e.created && e.ref?.startsWith('refs/heads/'))!],
    ['a tag', pushes.find(e => e.created && e.ref?.startsWith('refs/tags/'))!]
  ])('push, %s: the plan names the commit pushed, and there is no comment', async (_what, payload) => {
    const step = await run('push', payload, { 'plan-only': 'true' })
    expect(step.code).toBe(0)
    expect(step.summary).toContain(`commit [${payload.after!.slice(0, 7)}]`)
    expect(gh.comments).toHaveLength(0)
  })

  test('push, a deletion: nothing is planned or applied, even with apply, and the step says why', async () => {
    const payload = pushes.find(e => e.deleted)!
    const step = await run('push', payload, { apply: 'true' })
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(0)
    expect(tfc.requests.filter(r => r.method === 'POST')).toHaveLength(0)
    expect(step.stdout).toContain(
      `The push deletes ${payload.ref}: it names no commit, so there is nothing to plan or apply. Nothing was done.`
    )
  })

  test('workflow_dispatch: a plan, and no comment (no pull request)', async () => {
    const payload = examples('workflow_dispatch')[0]
    const step = await run('workflow_dispatch', payload, { 'plan-only': 'true' })
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(1)
    expect(gh.requests).toHaveLength(0)
  })

  test('GraphQL, which the description does not cover, is listed: one viewer query where a comment carries our marker', async () => {
    const payload = pullRequests[0]
    await run('pull_request', payload, { 'plan-only': 'true' })
    expect(gh.graphqlQueries).toEqual([])
    await run('pull_request', payload, { 'plan-only': 'true' })
    expect(gh.graphqlQueries).toEqual(['query { viewer { login } }'])
  })
})
