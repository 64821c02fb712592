/** The simulator's routes for run tasks, policy evaluations, Sentinel checks and run comments (addendum §3). */
import type { ServerResponse } from 'node:http'
import {
  policyCheckDoc,
  policyCheckId,
  policyCheckOutput,
  policySetOutcomeDocs,
  policyEvaluationId,
  taskStageDocs,
  taskStageId,
  hasPostPlanStage,
  hasSentinelCheck
} from './checks.js'
import type { SimRun, TokenRole } from './model.js'
import type { RunMachine } from './run-machine.js'
import type { Sender } from './responder.js'

function commentOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { comment?: unknown; data?: { attributes?: { body?: unknown } } }
    const text = parsed.comment ?? parsed.data?.attributes?.body
    return typeof text === 'string' ? text : ''
  } catch {
    return ''
  }
}

export class CheckRoutes {
  constructor(
    private readonly machine: RunMachine,
    private readonly http: Sender
  ) {}

  private find(id: (run: SimRun) => string, value: string): SimRun | undefined {
    return [...this.machine.runs.values()].find(run => id(run) === value)
  }

  /** Answers a checks route, or undefined when the path is not one. */
  route(method: string, path: string, url: URL, body: string, role: TokenRole, res: ServerResponse): number | undefined {
    const { http, machine } = this
    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/api\/v2\/runs\/([^/]+)\/task-stages$/.exec(path))) {
      // The list carries the stages; side-loading is asked of the show endpoint (§9), so none is done here.
      const run = machine.runs.get(m[1])
      if (!run) return http.error(res, 404, 'not found')
      const data = hasPostPlanStage(run) ? [taskStageDocs(run, machine.advance(run), role).data] : []
      return http.send(res, 200, { data, meta: { pagination: { 'current-page': 1, 'next-page': null } } })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/task-stages\/([^/]+)$/.exec(path))) {
      const run = this.find(taskStageId, m[1])
      if (!run || !hasPostPlanStage(run)) return http.error(res, 404, 'not found')
      const docs = taskStageDocs(run, machine.advance(run), role)
      const include = run.script.checks?.ignoreInclude ? [] : (url.searchParams.get('include') ?? '').split(',')
      const included = docs.included.filter(
        doc =>
          (doc.type === 'task-results' && include.includes('task_results')) ||
          (doc.type === 'policy-evaluations' && include.includes('policy_evaluations'))
      )
      return http.send(res, 200, { data: docs.data, included })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/(task-results|policy-evaluations)\/([^/]+)$/.exec(path))) {
      const [type, id] = [m[1], m[2]]
      for (const run of machine.runs.values()) {
        if (!hasPostPlanStage(run)) continue
        const doc = taskStageDocs(run, machine.advance(run), role).included.find(d => d.type === type && d.id === id)
        if (doc) return http.send(res, 200, { data: doc })
      }
      return http.error(res, 404, 'not found')
    }
    if (method === 'GET' && (m = /^\/api\/v2\/task-stages\/([^/]+)\/policy-evaluations$/.exec(path))) {
      const run = this.find(taskStageId, m[1])
      if (!run || !hasPostPlanStage(run)) return http.error(res, 404, 'not found')
      const data = taskStageDocs(run, machine.advance(run), role).included.filter(d => d.type === 'policy-evaluations')
      return http.send(res, 200, { data, meta: { pagination: { 'current-page': 1, 'next-page': null } } })
    }
    if (method === 'POST' && (m = /^\/api\/v2\/task-stages\/([^/]+)\/actions\/override$/.exec(path))) {
      const run = this.find(taskStageId, m[1])
      if (!run || !hasPostPlanStage(run)) return http.error(res, 404, 'not found')
      if (!(run.script.checks?.canOverride ?? role === 'admin')) return http.error(res, 403, 'forbidden')
      if (machine.override(run, 'post_plan', commentOf(body)) === 'conflict')
        return http.error(res, 409, 'conflict', 'Task stage is not in an overridable state or has no overridable failures')
      return http.send(res, 200, { data: taskStageDocs(run, machine.advance(run), role).data })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/policy-evaluations\/([^/]+)\/policy-set-outcomes$/.exec(path))) {
      const run = this.find(policyEvaluationId, m[1])
      if (!run) return http.error(res, 404, 'not found')
      // Unpaginated here: the scripts hold few sets; the client's paging is exercised by next-page being null.
      return http.send(res, 200, { data: policySetOutcomeDocs(run), meta: { pagination: { 'current-page': 1, 'next-page': null } } })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/runs\/([^/]+)\/policy-checks$/.exec(path))) {
      const run = machine.runs.get(m[1])
      if (!run) return http.error(res, 404, 'not found')
      return http.send(res, 200, { data: hasSentinelCheck(run) ? [policyCheckDoc(run, machine.advance(run), role)] : [] })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/policy-checks\/([^/]+)$/.exec(path))) {
      const run = this.find(policyCheckId, m[1])
      if (!run || !hasSentinelCheck(run)) return http.error(res, 404, 'not found')
      return http.send(res, 200, { data: policyCheckDoc(run, machine.advance(run), role) })
    }
    if (method === 'GET' && (m = /^\/api\/v2\/policy-checks\/([^/]+)\/output$/.exec(path))) {
      const run = this.find(policyCheckId, m[1])
      if (!run || !hasSentinelCheck(run)) return http.error(res, 404, 'not found')
      const output = policyCheckOutput(run, machine.advance(run))
      if (output === undefined) return http.send(res, 204)
      return http.send(res, 200, output, { 'Content-Type': 'application/octet-stream' })
    }
    if (method === 'POST' && (m = /^\/api\/v2\/policy-checks\/([^/]+)\/actions\/override$/.exec(path))) {
      const run = this.find(policyCheckId, m[1])
      if (!run || !hasSentinelCheck(run)) return http.error(res, 404, 'not found')
      if (!(run.script.checks?.canOverride ?? role === 'admin')) return http.error(res, 403, 'forbidden')
      if (machine.override(run, 'sentinel', commentOf(body)) === 'conflict')
        return http.error(res, 409, 'conflict', 'Policy check is not overridable')
      return http.send(res, 200, { data: policyCheckDoc(run, machine.advance(run), role) })
    }
    if (method === 'POST' && (m = /^\/api\/v2\/runs\/([^/]+)\/comments$/.exec(path))) {
      const run = machine.runs.get(m[1])
      if (!run) return http.error(res, 404, 'not found')
      const text = commentOf(body)
      if (!text) return http.error(res, 422, 'invalid attribute', "Body can't be blank")
      run.comments.push(text)
      return http.send(res, 201, { data: { id: `wsc-${run.comments.length}`, type: 'comments', attributes: { body: text } } })
    }
    return undefined
  }
}
