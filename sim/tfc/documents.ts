/** The JSON:API documents the simulator answers with, shaped as ../shared/tfc-api.md and its samples show them. */
import { hasPostPlanStage, hasSentinelCheck, policyCheckId, taskStageId } from './checks.js'
import { iso, type SimConfigurationVersion, type SimRun, type SimWorkspace, type TokenRole } from './model.js'
import type { RunMachine } from './run-machine.js'
import { terraformVersion } from './run-output.js'

export function runDoc(machine: RunMachine, run: SimRun): Record<string, unknown> {
  const status = machine.advance(run)
  const timestamps: Record<string, string> = {}
  for (const [name, at] of run.reached) timestamps[`${name.replace(/_/g, '-')}-at`] = iso(at)
  return {
    id: run.id,
    type: 'runs',
    attributes: {
      status,
      'status-timestamps': timestamps,
      actions: machine.actionsOf(run, status),
      permissions: {
        'can-apply': true,
        'can-cancel': true,
        'can-comment': true,
        'can-discard': true,
        'can-force-execute': true,
        'can-force-cancel': true,
        'can-override-policy-check': true
      },
      message: run.message,
      source: run.source ?? 'tfe-api',
      'trigger-reason': run.source === 'tfe-run-trigger' ? 'run-trigger' : 'manual',
      ...(run.hideTriggeringSourceName ? {} : { 'triggering-source-name': run.triggeringSourceName ?? null }),
      'is-destroy': run.isDestroy,
      refresh: run.refresh,
      'refresh-only': run.refreshOnly,
      'plan-only': run.planOnly,
      'save-plan': run.savePlan,
      'auto-apply': run.autoApply,
      'allow-empty-apply': false,
      'has-changes': run.reached.has('planned') && machine.hasChanges(run),
      'target-addrs': run.targetAddrs,
      'replace-addrs': run.replaceAddrs,
      variables: run.variables,
      'terraform-version': terraformVersion(),
      'created-at': iso(run.createdAt, true),
      'canceled-at': run.reached.has('canceled') ? iso(run.reached.get('canceled')!) : null,
      ...(run.cancelRequestedAt !== undefined
        ? { 'force-cancel-available-at': iso(run.cancelRequestedAt + run.script.forceCancelCoolOffMs) }
        : {})
    },
    relationships: {
      workspace: { data: { id: run.workspaceId, type: 'workspaces' } },
      'configuration-version': {
        data: { id: run.cvId, type: 'configuration-versions' },
        links: { related: `/api/v2/runs/${run.id}/configuration-version` }
      },
      plan: { data: { id: run.planId, type: 'plans' }, links: { related: `/api/v2/runs/${run.id}/plan` } },
      apply: { data: { id: run.applyId, type: 'applies' }, links: { related: `/api/v2/runs/${run.id}/apply` } },
      'cost-estimate': run.script.costEstimation ? { data: { id: `ce-${run.id.slice(4)}`, type: 'cost-estimates' } } : { data: null },
      'run-events': { data: [], links: { related: `/api/v2/runs/${run.id}/run-events` } },
      'task-stages': {
        data: hasPostPlanStage(run) ? [{ id: taskStageId(run), type: 'task-stages' }] : [],
        links: { related: `/api/v2/runs/${run.id}/task-stages` }
      },
      'policy-checks': {
        data: hasSentinelCheck(run) ? [{ id: policyCheckId(run), type: 'policy-checks' }] : [],
        links: { related: `/api/v2/runs/${run.id}/policy-checks` }
      },
      comments: { data: [], links: { related: `/api/v2/runs/${run.id}/comments` } }
    },
    links: { self: `/api/v2/runs/${run.id}` }
  }
}

/** The run's cost estimate (§7): finished once the run reached `cost_estimated`, with the scripted figures. */
export function costEstimateDoc(machine: RunMachine, run: SimRun): Record<string, unknown> {
  machine.advance(run)
  const skipped = run.script.cost === 'skipped'
  const done = run.reached.has('cost_estimated') || (skipped && run.reached.has('planned'))
  const figures =
    run.script.cost && run.script.cost !== 'skipped'
      ? run.script.cost
      : { proposed: '25.488', prior: '28.688', delta: '-3.2', matched: 3, total: 4 }
  const status = !done ? 'queued' : skipped ? 'skipped_due_to_targeting' : 'finished'
  const finished = status === 'finished'
  return {
    id: `ce-${run.id.slice(4)}`,
    type: 'cost-estimates',
    attributes: {
      status,
      'error-message': null,
      'resources-count': finished ? figures.total : 0,
      'matched-resources-count': finished ? figures.matched : 0,
      'unmatched-resources-count': finished ? figures.total - figures.matched : 0,
      ...(finished
        ? { 'prior-monthly-cost': figures.prior, 'proposed-monthly-cost': figures.proposed, 'delta-monthly-cost': figures.delta }
        : {}),
      'status-timestamps': {}
    },
    links: { self: `/api/v2/cost-estimates/ce-${run.id.slice(4)}` }
  }
}

export function planDoc(machine: RunMachine, run: SimRun, logUrl: string, structuredRunOutput: boolean): Record<string, unknown> {
  const status = machine.planStatus(run, machine.advance(run))
  const finished = status === 'finished'
  const c = machine.counts(run)
  return {
    id: run.planId,
    type: 'plans',
    attributes: {
      status,
      'has-changes': finished && machine.hasChanges(run),
      'resource-additions': finished ? c.additions : null,
      'resource-changes': finished ? c.changes : null,
      'resource-destructions': finished ? c.destructions : null,
      'resource-imports': finished ? c.imports : null,
      'generated-configuration': false,
      'structured-run-output-enabled': structuredRunOutput,
      'execution-details': { mode: 'remote' },
      'status-timestamps': {},
      'log-read-url': logUrl,
      actions: { 'is-exportable': finished },
      permissions: { 'can-export': true }
    },
    relationships: { 'state-versions': { data: [] }, exports: { data: [] } },
    links: {
      self: `/api/v2/plans/${run.planId}`,
      'json-output': `/api/v2/plans/${run.planId}/json-output`,
      'json-output-redacted': `/api/v2/plans/${run.planId}/json-output-redacted`,
      'json-schema': `/api/v2/plans/${run.planId}/json-schema`
    }
  }
}

export function applyDoc(machine: RunMachine, run: SimRun, logUrl: string): Record<string, unknown> {
  const status = machine.applyStatus(run, machine.advance(run))
  const stateVersion = machine.stateVersionOf.get(run.id)
  const finished = status === 'finished'
  const c = machine.counts(run)
  return {
    id: run.applyId,
    type: 'applies',
    attributes: {
      status,
      'resource-additions': finished ? c.additions : null,
      'resource-changes': finished ? c.changes : null,
      'resource-destructions': finished ? c.destructions : null,
      'resource-imports': finished ? c.imports : null,
      'status-timestamps': {},
      'log-read-url': logUrl,
      'execution-details': { mode: 'remote' }
    },
    relationships: { 'state-versions': { data: stateVersion ? [{ id: stateVersion, type: 'state-versions' }] : [] } },
    links: { self: `/api/v2/applies/${run.applyId}` }
  }
}

/** The workspace permissions a role has (tfc-api.md §2.2): what the action checks before it creates a run. */
export function permissionsOf(role: TokenRole): Record<string, boolean> {
  const plans = role === 'planner' || role === 'writer' || role === 'admin'
  const applies = role === 'writer' || role === 'admin'
  return {
    'can-read-run': role !== 'organization',
    'can-queue-run': plans,
    'can-queue-apply': applies,
    'can-queue-destroy': role === 'admin',
    'can-lock': applies,
    'can-unlock': applies,
    'can-force-unlock': role === 'admin',
    'can-update': role === 'admin'
  }
}

export function workspaceDoc(ws: SimWorkspace, role: TokenRole = 'admin'): Record<string, unknown> {
  return {
    id: ws.id,
    type: 'workspaces',
    attributes: {
      name: ws.name,
      'auto-apply': ws.autoApply ?? false,
      locked: ws.locked ?? false,
      'locked-reason': ws.locked ? (ws.lockedReason ?? null) : null,
      'execution-mode': ws.executionMode ?? 'remote',
      'working-directory': ws.workingDirectory === undefined ? null : ws.workingDirectory,
      'terraform-version': terraformVersion(),
      'structured-run-output-enabled': ws.structuredRunOutput ?? true,
      'speculative-enabled': true,
      'tag-names': ws.tags ?? [],
      'file-triggers-enabled': ws.fileTriggersEnabled ?? true,
      'trigger-prefixes': ws.triggerPrefixes ?? [],
      'trigger-patterns': ws.triggerPatterns ?? [],
      ...(ws.hidePermissions ? {} : { permissions: permissionsOf(role) }),
      actions: { 'is-destroyable': true }
    },
    relationships: {
      organization: { data: { id: ws.organization, type: 'organizations' } },
      project: { data: ws.projectId ? { id: ws.projectId, type: 'projects' } : null },
      'current-run': ws.currentRunId
        ? { data: { id: ws.currentRunId, type: 'runs' }, links: { related: `/api/v2/runs/${ws.currentRunId}` } }
        : { data: null },
      'locked-by': ws.locked && ws.lockedBy ? { data: { id: ws.lockedBy.id, type: ws.lockedBy.type } } : { data: null },
      'current-configuration-version': ws.latestCvId ? { data: { id: ws.latestCvId, type: 'configuration-versions' } } : { data: null }
    },
    links: {
      self: `/api/v2/organizations/${ws.organization}/workspaces/${ws.name}`,
      'self-html': `/app/${ws.organization}/workspaces/${ws.name}`
    }
  }
}

/** A user or team named by `locked-by`, as `include=locked_by` side-loads it. */
export function lockerDoc(locker: { type: string; id: string; name: string }): Record<string, unknown> {
  return { id: locker.id, type: locker.type, attributes: locker.type === 'users' ? { username: locker.name } : { name: locker.name } }
}

export function cvDoc(cv: SimConfigurationVersion): Record<string, unknown> {
  return {
    id: cv.id,
    type: 'configuration-versions',
    attributes: {
      status: cv.status,
      source: cv.source ?? 'tfe-api',
      speculative: cv.speculative ?? false,
      provisional: cv.provisional ?? false,
      'auto-queue-runs': cv.autoQueueRuns ?? false,
      error: cv.errorMessage ? 'unprocessable' : null,
      'error-message': cv.errorMessage ?? null,
      'status-timestamps': {}
    },
    relationships: {
      'ingress-attributes': { data: null, links: { related: `/api/v2/configuration-versions/${cv.id}/ingress-attributes` } }
    },
    links: { self: `/api/v2/configuration-versions/${cv.id}`, download: `/api/v2/configuration-versions/${cv.id}/download` }
  }
}
