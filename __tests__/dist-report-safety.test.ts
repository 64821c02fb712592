/**
 * What a reviewer must see is never lost, through the bundle (issue 25, items 4, 5 and 7): the counts and the
 * destroy warning in every form of the comment, however much noise the plan adds; every leaf of a sensitive output
 * masked; a run task's message shown as text, not markdown. Inputs from the real Terraform CLI where it makes them.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, writeFileSync } from 'node:fs'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { join } from 'node:path'
import type { GitHubSimulator } from '../sim/github-simulator.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import { DIST_MAIN, NODE_VERSION, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { startSimulators, stopSimulators } from './support/simulators.js'
import { tempDir } from './support/temp.js'

const REPO = 'acme/infra'
let tfc: TfcSimulator
let gh: GitHubSimulator
beforeEach(async () => ({ tfc, gh } = await startSimulators()))
afterEach(() => stopSimulators(tfc, gh))

const base = () => ({
  token: TOKEN,
  hostname: tfc.url,
  organization: 'acme',
  workspace: 'production',
  'poll-interval': '0.05s',
  'github-token': 'gh-token'
})

function pullRequest(): Record<string, string> {
  const event = join(tempDir(), 'event.json')
  writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }))
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
}

describe(`the comment under noise, through the bundle on Node ${NODE_VERSION}`, () => {
  test('60 failing check blocks at a 1,200-character path do not push out the counts or the destroy warning', async () => {
    const ws = tfc.addWorkspace({ name: 'production', structuredRunOutput: true, script: { artefact: 'noisy-destroy' } })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), 'plan-only': 'true' }, pullRequest()).done
    expect(step.code).toBe(0)
    const [comment] = gh.commentsOn(REPO, 7)
    expect(comment.body.length).toBeLessThanOrEqual(65_536)
    for (const text of [comment.body, step.summary]) {
      expect(text).toMatch(/\*\*This plan destroys or replaces 1 resource\*\*: `terraform_data\.database`/)
      expect(text).toContain('**0** to add · **0** to change · **0** to replace · **1** to destroy')
    }
    // The diagnostics give way: capped, their file names shortened, and said so.
    expect(comment.body).toContain('Terraform reported 0 errors and 50 warnings (and 10 more)')
    expect(comment.body).toContain('- … and 40 more in the log (see the run page)')
    expect(comment.body).not.toContain('x'.repeat(198))
  })
})

describe(`a plan that only forgets resources, through the bundle on Node ${NODE_VERSION}`, () => {
  test('counts and names what leaves Terraform\'s management, and applies it: it is a change, not "No changes"', async () => {
    const ws = tfc.addWorkspace({ name: 'production', structuredRunOutput: true, script: { artefact: 'forget' } })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), apply: 'true', comment: 'false' }).done
    expect(step.code).toBe(0)
    expect(step.outputs).toMatchObject({ 'run-status': 'applied', applied: 'true', 'has-changes': 'true' })
    expect(step.summary).toMatch(/^### ✅ Applied: acme\/production$/m)
    expect(step.summary).toContain('**0** to add · **0** to change · **0** to replace · **0** to destroy · **1** to forget')
    expect(step.summary).toContain('**Forget (removed from state, not destroyed) (1)**')
    expect(step.summary).not.toContain('No changes')
  })

  test('a server that ends such a run without an apply does not make the report read "No changes"', async () => {
    // The counts HCP Terraform's Plans API gives a forget-only plan: all zero.
    const ws = tfc.addWorkspace({
      name: 'production',
      script: { artefact: 'forget', counts: { additions: 0, changes: 0, destructions: 0 } }
    })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), apply: 'true', comment: 'false' }).done
    expect(step.outputs['run-status']).toBe('planned_and_finished')
    expect(step.summary).toMatch(/^### ⚠️ Finished without an apply, though the plan lists changes: acme\/production$/m)
    expect(step.summary).not.toMatch(/^### ✅ No changes/m)
  })
})

describe(`an API that answers with hostile IDs, through the bundle on Node ${NODE_VERSION}`, () => {
  test("a plan ID shaped as a path writes nothing outside the step's folder of RUNNER_TEMP", async () => {
    const ws = tfc.addWorkspace({ name: 'production' })
    tfc.addConfigurationVersion(ws)
    const escape = `escape-${Math.random().toString(36).slice(2)}`
    tfc.faults = {
      tamper: (_path, body) => body.replace(/"id":"plan-[A-Za-z0-9]+","type":"plans"/g, `"id":"../../${escape}/package","type":"plans"`)
    }
    const dir = tempDir('runner-')
    const step = await startStep(DIST_MAIN, { ...base(), 'plan-only': 'true', comment: 'false' }, { RUNNER_TEMP: join(dir, 'a', 'b') }).done
    expect(existsSync(join(dir, escape))).toBe(false)
    expect(existsSync(join(dir, 'a', escape))).toBe(false)
    expect(step.stdout).toContain(`HCP Terraform answered with an ID that is not one ("../../${escape}/package")`)
  })
})

describe(`a run task's message in the failure, through the bundle on Node ${NODE_VERSION}`, () => {
  test('renders as text: no live link or image under "Why the step failed"', async () => {
    const message = 'Blocked. [Fix it here](https://evil.example/login) ![x](https://evil.example/pixel.png) $\\\\sqrt{x}$'
    const ws = tfc.addWorkspace({
      name: 'production',
      script: { checks: { tasks: [{ name: 'scan', status: 'failed', enforcement: 'mandatory', message }] } }
    })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), 'plan-only': 'true', comment: 'false' }).done
    expect(step.code).toBe(1)
    const why = step.summary.split('\n').find(line => line.startsWith('**Why the step failed:**'))!
    expect(why).toContain('run task "scan" (mandatory) failed: Blocked.')
    const html = micromark(why, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    expect(html).not.toMatch(/<a |<img /)
    expect(why).not.toMatch(/(?<!\\)\$/)
  })
})
