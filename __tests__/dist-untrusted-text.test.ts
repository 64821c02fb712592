/**
 * Text a pull request or an API controls never reaches the runner as a workflow command (issue 25, item 3): plan
 * and apply logs, diagnostics and their annotations, structured log messages, changed file names, and a run ID read
 * from a comment. The inputs are the real Terraform CLI's output for configurations written as an attacker would
 * (scripts/cli-artefacts/cases/hostile*), and the step's stdout is read as the runner reads it.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubSimulator } from '../sim/github-simulator.js'
import { TfcSimulator } from '../sim/tfc-simulator.js'
import { commentKey } from '../src/report/comment-marker.js'
import { DIST_MAIN, NODE_VERSION, errorLine, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { forgedCommands, runnerCommands } from './support/runner-commands.js'
import { startSimulators, stopSimulators } from './support/simulators.js'
import { tempDir } from './support/temp.js'

const REPO = 'acme/infra'
/** The titles the attacker's annotations carry: none may be acted on. */
const FORGED = ['Security review', 'Deploy']

let tfc: TfcSimulator
let gh: GitHubSimulator
beforeEach(async () => ({ tfc, gh } = await startSimulators()))
afterEach(() => stopSimulators(tfc, gh))

const base = () => ({ token: TOKEN, hostname: tfc.url, organization: 'acme', 'poll-interval': '0.05s', 'github-token': 'gh-token' })

describe(`untrusted text in the job log, through the bundle on Node ${NODE_VERSION}`, () => {
  test('a text plan log with show-logs: a check block message and a multi-line output are printed, not acted on', async () => {
    const ws = tfc.addWorkspace({ name: 'production', structuredRunOutput: false, script: { artefact: 'hostile' } })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), workspace: 'production', 'plan-only': 'true' }).done
    expect(step.code).toBe(0)
    // The attacker's lines are in the log as Terraform wrote them (after its colour codes)...
    expect(step.stdout).toMatch(/::warning title=Security review::Approved by security$/m)
    expect(step.stdout).toMatch(/^\s*::error title=Deploy::Deployment approved$/m)
    // ...and the runner acts on none of them, while the step's own commands still work after them.
    expect(forgedCommands(step.stdout, FORGED)).toEqual([])
    expect(runnerCommands(step.stdout).some(c => c.name === 'endgroup')).toBe(true)
  })

  test('a text apply log with show-logs: an output printed from column 0 is not acted on', async () => {
    const ws = tfc.addWorkspace({
      name: 'production',
      structuredRunOutput: false,
      script: {
        artefact: 'hostile',
        applyLog:
          'Apply complete! Resources: 2 added, 0 changed, 0 destroyed.\n\nOutputs:\n\nnote = <<EOT\nfirst line\n::error title=Deploy::Deployment approved\n##[set-output name=approved]true\nEOT\n'
      }
    })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), workspace: 'production', apply: 'true' }).done
    expect(step.code).toBe(0)
    expect(step.stdout).toMatch(/^::error title=Deploy::Deployment approved$/m)
    expect(forgedCommands(step.stdout, FORGED)).toEqual([])
    expect(step.outputs.approved).toBeUndefined()
  })

  test("a structured log's @message: a for_each key shaped as a legacy command is not acted on", async () => {
    const ws = tfc.addWorkspace({ name: 'production', structuredRunOutput: true, script: { artefact: 'hostile' } })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), workspace: 'production', 'plan-only': 'true' }).done
    expect(step.code).toBe(0)
    expect(step.stdout).toContain('terraform_data.app["##[warning title=Security review]Approved"]')
    expect(forgedCommands(step.stdout, FORGED)).toEqual([])
  })

  test("show-logs off: an errored plan's diagnostics are printed, not acted on, and the annotation made from them is neutralised", async () => {
    const ws = tfc.addWorkspace({ name: 'production', structuredRunOutput: false, script: { artefact: 'hostile-error', plan: 'errored' } })
    tfc.addConfigurationVersion(ws)
    const step = await startStep(DIST_MAIN, { ...base(), workspace: 'production', 'plan-only': 'true', 'show-logs': 'false' }).done
    expect(step.code).toBe(1)
    expect(step.stdout).toMatch(/::set-output name=approved::true$/m)
    expect(forgedCommands(step.stdout, FORGED)).toEqual([])
    // The step's own annotation of the diagnostic is still acted on, its text inert.
    const own = runnerCommands(step.stdout).filter(c => c.name === 'error' && /Invalid value for variable/.test(c.properties.title ?? ''))
    expect(own).toHaveLength(1)
    expect(own[0].data).not.toMatch(/##\[|::/)
    expect(errorLine(step.stdout)).toMatch(/errored during planning/)
  })

  test('changed file names in the changed-only log lines (a newline, a legacy command) are not acted on', async () => {
    for (const name of ['a', 'b']) tfc.addConfigurationVersion(tfc.addWorkspace({ name, workingDirectory: name }))
    const files = ['a/x\n::warning title=Security review::Approved.tf', 'b/##[warning title=Security review]b.tf']
    gh.pullFiles.set(`${REPO}#7`, files)
    const event = join(tempDir(), 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) }, changed_files: 2 } }))
    const step = await startStep(
      DIST_MAIN,
      { ...base(), workspaces: 'a\nb', 'plan-only': 'true', comment: 'false' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    ).done
    expect(step.code).toBe(0)
    expect(tfc.runs.size).toBe(2)
    // The newline is shown escaped: the file name cannot start a line of its own.
    expect(step.stdout).toContain('a: runs ("a/x\\n::warning title=Security review::Approved.tf" is under a)')
    expect(forgedCommands(step.stdout, FORGED)).toEqual([])
  })

  test("a run ID read from a plan comment's marker in the merge job is checked against its shape, never printed", async () => {
    const ws = tfc.addWorkspace({ name: 'production' })
    tfc.addConfigurationVersion(ws)
    const forged = 'run-x ##[warning title=Security review]Approved\n::set-output name=approved::true'
    const key = commentKey(new URL(tfc.url).host, 'acme', 'production', '')
    const state = Buffer.from(
      JSON.stringify({ run: forged, sha: 'a'.repeat(40), created: new Date().toISOString(), status: 'planned_and_saved' })
    ).toString('base64url')
    gh.addComment(REPO, 7, 'github-actions[bot]', `<!-- tfe-run-action:v1 key=${key} state=${state} -->\n### Plan saved`)
    gh.addPullRequest({ repo: REPO, number: 7, headSha: 'a'.repeat(40), mergeCommitSha: 'b'.repeat(40), mergedAt: '2026-11-30T06:00:00Z' })
    const step = await startStep(
      DIST_MAIN,
      { ...base(), workspace: 'production', run: 'reviewed', apply: 'true' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'b'.repeat(40), GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    ).done
    expect(step.code).toBe(1)
    expect(step.stdout).not.toContain('Security review')
    expect(forgedCommands(step.stdout, FORGED)).toEqual([])
    expect(tfc.runs.size).toBe(0)
  })
})
