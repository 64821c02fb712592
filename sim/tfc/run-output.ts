/**
 * What a run's plan and apply produce, as HCP Terraform serves them: its logs (JSON lines after the worker's
 * preamble for a workspace with structured run output, Terraform's coloured text for the others), its JSON plan
 * (json-output) and its redacted JSON plan (json-output-redacted). By default these are real: what the Terraform
 * CLI wrote for a case of scripts/cli-artefacts (sim/tfc/artefacts.ts). A script that sets counts, a plan or logs
 * of its own gets those instead.
 */
import { countsPlan } from '../plan-generator.js'
import { artefact, type Artefact } from './artefacts.js'
import type { SimRun } from './model.js'
import { redactedPlanOf } from './redacted-plan.js'

/** The Terraform version the artefacts were made with: what runs and workspaces say they run. */
export function terraformVersion(): string {
  return artefact('default').terraformVersion
}

/**
 * The artefact a run's plan is, unless its script says otherwise: the script's own `artefact`; else, when it
 * scripts no counts and no plan of its own, one matching its outcome.
 */
export function artefactOf(run: SimRun): Artefact | undefined {
  const s = run.script
  if (s.artefact) return artefact(s.artefact)
  if (s.counts || s.planJson !== undefined || s.planJsonFile) return undefined
  return artefact(s.plan === 'errored' ? 'error-module' : s.plan === 'no-changes' ? 'no-changes' : 'default')
}

/** Whether the plan errors: scripted, or the artefact's plan did. */
export function planErrors(run: SimRun): boolean {
  return run.setupError !== undefined || run.script.plan === 'errored' || (artefactOf(run)?.errored ?? false)
}

/**
 * The lines an HCP Terraform worker writes before Terraform's own output in every log. The Terraform CLI skips the
 * first three lines of an apply log for this reason (internal/cloud/backend_apply.go).
 */
function preamble(): string {
  return `Terraform v${terraformVersion()}\non linux_amd64\nInitializing plugins and modules...\n`
}

function message(type: string, text: string, fields: Record<string, unknown>, level = 'info'): string {
  return JSON.stringify({
    '@level': level,
    '@message': text,
    '@module': 'terraform.ui',
    '@timestamp': new Date(0).toISOString(),
    ...fields,
    type
  })
}

type Counts = { additions: number; changes: number; destructions: number; imports: number }

/** The whole plan log of a finished plan (before STX/ETX framing). */
export function planLog(run: SimRun, counts: Counts, structured: boolean): string {
  // The worker fails before Terraform starts: its own line, in text whatever the workspace's output setting.
  if (run.setupError !== undefined) return `Setup failed: ${run.setupError}\n`
  if (run.script.planLog !== undefined) return run.script.planLog
  const real = artefactOf(run)
  if (real) return structured ? preamble() + real.planJsonLines : real.planText
  const summary = `Plan: ${counts.additions} to add, ${counts.changes} to change, ${counts.destructions} to destroy.`
  if (structured) {
    // Scripted counts, no real plan: Terraform's own message types, with these counts.
    const version = message('version', `Terraform ${terraformVersion()}`, { terraform: terraformVersion(), ui: '1.2' })
    const change =
      run.script.plan === 'errored'
        ? message(
            'diagnostic',
            'Error: Unsupported argument',
            {
              diagnostic: { severity: 'error', summary: 'Unsupported argument', detail: 'An argument named "nope" is not expected here.' }
            },
            'error'
          )
        : message('change_summary', summary, {
            changes: {
              add: counts.additions,
              change: counts.changes,
              import: counts.imports,
              remove: counts.destructions,
              operation: 'plan'
            }
          })
    return `${preamble()}${version}\n${change}\n`
  }
  return run.script.plan === 'errored'
    ? `Terraform v${terraformVersion()}\n\x1b[31m│\x1b[0m \x1b[1m\x1b[31mError: \x1b[0m\x1b[1mUnsupported argument\x1b[0m\n│ An argument named "nope" is not expected here.\n`
    : `Terraform v${terraformVersion()}\n${summary}\n`
}

/** The whole apply log of a finished apply (before STX/ETX framing). */
export function applyLog(run: SimRun, counts: Counts, structured: boolean): string {
  if (run.script.applyLog !== undefined) return run.script.applyLog
  const failed = run.script.apply === 'errored'
  const real = artefactOf(run)
  if (structured) {
    if (real?.applyJsonLines && !failed) return preamble() + real.applyJsonLines
    const version = message('version', `Terraform ${terraformVersion()}`, { terraform: terraformVersion(), ui: '1.2' })
    const end = failed
      ? message(
          'diagnostic',
          'Error: creating resource: permission denied',
          { diagnostic: { severity: 'error', summary: 'creating resource: permission denied', detail: '' } },
          'error'
        )
      : message(
          'change_summary',
          `Apply complete! Resources: ${counts.additions} added, ${counts.changes} changed, ${counts.destructions} destroyed.`,
          {
            changes: {
              add: counts.additions,
              change: counts.changes,
              import: counts.imports,
              remove: counts.destructions,
              operation: 'apply'
            }
          }
        )
    return `${preamble()}${version}\n${end}\n`
  }
  return failed
    ? `${preamble()}Error: creating resource: permission denied\n`
    : `${preamble()}Apply complete! Resources: ${counts.additions} added, ${counts.changes} changed, ${counts.destructions} destroyed.\n`
}

/**
 * The JSON plan a plan endpoint serves: `{ body }` or, for a plan too large to hold (a benchmark's), `{ file }`,
 * served as it is by both endpoints. An errored plan's redacted JSON is `{}`, as the CLI's test data shows.
 */
export function jsonPlan(run: SimRun, counts: Counts, redacted: boolean): { body: string; file?: string } {
  const s = run.script
  if (redacted && s.redactedJson) return { body: s.redactedJson }
  if (s.planJsonFile) return { body: '', file: s.planJsonFile }
  const real = artefactOf(run)
  if (planErrors(run) && !s.planJson) return { body: '{}' }
  const show = s.planJson ?? real?.show ?? countsPlan(counts)
  return { body: redacted ? redactedPlanOf(show) : show }
}
