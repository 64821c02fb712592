/**
 * The contract test: the real Terraform CLI's `cloud {}` backend, an independent client of the same API, runs
 * against the simulator over TLS. What the CLI asks for and how it reads the answers holds the simulator to the
 * shapes HCP Terraform really sends. Skipped, with a notice, where no `terraform` is on PATH.
 */
import { expect, test } from '@jest/globals'
import type { SimWorkspace } from '../sim/tfc-simulator.js'
import { cliSimulator, type CliProject, terraformVersion, type CliResult, describeWithCli as cliDescribe } from './support/terraform-cli.js'

const VERSION = terraformVersion()
const describeWithCli = cliDescribe(VERSION, 'the Terraform CLI contract test')

const TOKEN = 'cli-contract-token'
const MAIN_TF = 'resource "terraform_data" "example" {\n  input = "hello"\n}\n'

const served = cliSimulator(TOKEN, VERSION !== undefined)

/** A workspace of its own and an initialised project pointing at it: cases run concurrently without sharing. */
async function project(
  name: string,
  setup: Partial<SimWorkspace> = {},
  files: Record<string, string> = { 'main.tf': MAIN_TF }
): Promise<CliProject> {
  served.sim.addWorkspace({ name, ...setup })
  const cli = served.project(name, files)
  const init = await cli.run(['init', '-input=false', '-no-color'])
  expect(init.code).toBe(0)
  expect(init.stdout).toContain('HCP Terraform has been successfully initialized!')
  return cli
}

/** 4xx answers that are part of the contract: a workspace with no state yet has no current state version. */
function unexpected4xx(): string[] {
  return served.sim.requests
    .filter(r => r.status >= 400 && r.status < 500)
    .filter(r => !(r.status === 404 && /\/workspaces\/[^/]+\/current-state-version$/.test(r.path)))
    .map(r => `${r.method} ${r.path}${r.query} answered ${r.status}`)
}

const shown = (result: CliResult): string => `exit ${result.code}\n${result.stdout}\n${result.stderr}`

describeWithCli(`the Terraform CLI ${VERSION ?? ''} against the simulator`, () => {
  test('init, a remote plan, apply -auto-approve, an interactive apply, an errored plan, a saved plan, a cancel and every check', async () => {
    const cases = await Promise.allSettled([
      // A speculative remote plan: the plan rendered from json-output-redacted.
      (async () => {
        const cli = await project('cli-plan')
        const plan = await cli.run(['plan', '-input=false', '-no-color'])
        expect({ code: plan.code, text: shown(plan) }).toMatchObject({ code: 0 })
        expect(plan.stdout).toContain('# terraform_data.example will be created')
        expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.')
      })(),
      // apply -auto-approve: the run is created with auto-apply, and the apply log's end is shown.
      (async () => {
        const cli = await project('cli-auto-approve')
        const apply = await cli.run(['apply', '-input=false', '-auto-approve', '-no-color'])
        expect({ code: apply.code, text: shown(apply) }).toMatchObject({ code: 0 })
        expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.')
      })(),
      // An interactive apply answered "yes": the CLI confirms with actions/apply.
      (async () => {
        const cli = await project('cli-interactive')
        const apply = await cli.run(['apply', '-no-color'], { answer: { when: /Enter a value:/, text: 'yes\n' } })
        expect({ code: apply.code, text: shown(apply) }).toMatchObject({ code: 0 })
        expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.')
        const [run] = served.sim.runsOf([...served.sim.workspaces.values()].find(w => w.name === 'cli-interactive')!)
        expect(run.actionsLog).toEqual(['apply'])
      })(),
      // A plan that errors: the diagnostic, from the structured log, with its range in the module file.
      (async () => {
        const cli = await project('cli-errored', { script: { artefact: 'error-module' } })
        const plan = await cli.run(['plan', '-input=false', '-no-color'])
        expect(plan.code).toBe(1)
        const all = plan.stdout + plan.stderr
        expect(all).toContain('Error: Resource precondition failed')
        expect(all).toContain('A pool needs at least one replica.')
      })(),
      // plan -out makes a saved plan; applying the file confirms that very run.
      (async () => {
        const cli = await project('cli-saved')
        const plan = await cli.run(['plan', '-input=false', '-no-color', '-out=saved.tfplan'])
        expect({ code: plan.code, text: shown(plan) }).toMatchObject({ code: 0 })
        const ws = [...served.sim.workspaces.values()].find(w => w.name === 'cli-saved')!
        const [saved] = served.sim.runsOf(ws)
        expect(saved.savePlan).toBe(true)
        const apply = await cli.run(['apply', '-input=false', '-no-color', 'saved.tfplan'])
        expect({ code: apply.code, text: shown(apply) }).toMatchObject({ code: 0 })
        expect(apply.stdout).toContain('Apply complete!')
        expect(saved.actionsLog).toEqual(['apply'])
      })(),
      // Ctrl-C while the run waits for a locked workspace: the CLI cancels it.
      (async () => {
        const cli = await project('cli-cancel', { locked: true, lockedBy: { type: 'users', id: 'user-1', name: 'alice' } })
        // The CLI asks before it cancels a remote run; "yes" sends actions/cancel.
        const apply = await cli.run(['apply', '-no-color'], {
          interruptWhen: /Waiting for the plan to start/,
          answer: { when: /cancel the remote operation\?[\s\S]*Enter a value:/, text: 'yes\n' }
        })
        const ws = [...served.sim.workspaces.values()].find(w => w.name === 'cli-cancel')!
        const [run] = served.sim.runsOf(ws)
        expect({ code: apply.code, actions: run.actionsLog, text: shown(apply) }).toMatchObject({ code: 0, actions: ['cancel'] })
      })(),
      // Cost estimate, a run task, an OPA policy set and a Sentinel check, as the CLI shows them.
      (async () => {
        const cli = await project('cli-checks', {
          script: {
            costEstimation: true,
            checks: {
              tasks: [{ name: 'wiz', status: 'passed', enforcement: 'mandatory', message: 'No issues found' }],
              policySets: [
                { name: 'opa-baseline', kind: 'opa', outcomes: [{ policy_name: 'tags', status: 'passed', enforcement_level: 'mandatory' }] }
              ],
              sentinelOutput:
                'Sentinel Result: true\n\n1 policies evaluated.\n\n## Policy 1: require-tags.sentinel (soft-mandatory)\n\nResult: true\n'
            }
          }
        })
        const plan = await cli.run(['plan', '-input=false', '-no-color'])
        expect({ code: plan.code, text: shown(plan) }).toMatchObject({ code: 0 })
        expect(plan.stdout).toMatch(/Cost Estimation/)
        expect(plan.stdout).toMatch(/wiz ⸺ +Passed/)
        expect(plan.stdout).toMatch(/OPA Policy Evaluation[\s\S]*Policy set 1: opa-baseline/)
        expect(plan.stdout).toMatch(/Sentinel Result: true/)
        expect(plan.stdout).toMatch(/\$25\.488\/mo -\$3\.2/)
      })()
    ])
    // Every case runs to its end (a failed one must not leave CLI processes behind); the first failure is reported.
    const failed = cases.find(result => result.status === 'rejected')
    if (failed) throw failed.reason
    expect(cases).toHaveLength(7)
    const surprises = unexpected4xx()
    // The first request the simulator could not answer names what a newer CLI asks for.
    expect(surprises[0]).toBeUndefined()
  }, 240_000)
})
