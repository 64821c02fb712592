/**
 * The simulator's state-version routes (tfc-api-addendum.md §9): a state version is processed a moment after the
 * apply wrote it; its outputs list sensitive values as null (as current HCP Terraform does; `listsSensitiveOutputs`
 * plays an older Terraform Enterprise), and one output read by its ID has its value.
 */
import type { ServerResponse } from 'node:http'
import type { Clock } from '../../src/clock.js'
import { iso, type SimStateVersion, type SimWorkspace, type TokenRole } from './model.js'
import type { Archive } from './archive.js'
import type { RunMachine } from './run-machine.js'
import type { Pager } from './responder.js'

export class StateRoutes {
  constructor(
    private readonly machine: RunMachine,
    private readonly workspaces: Map<string, SimWorkspace>,
    private readonly clock: Clock,
    private readonly http: Pager,
    private readonly archive: Archive
  ) {}

  private versionDoc(version: SimStateVersion): Record<string, unknown> {
    return {
      id: version.id,
      type: 'state-versions',
      attributes: {
        'created-at': iso(version.createdAt),
        'resources-processed': this.clock.now() >= version.processedAt,
        serial: 1,
        status: 'finalized'
      },
      relationships: { outputs: { data: version.outputs.map(o => ({ id: o.id, type: 'state-version-outputs' })) } },
      links: { self: `/api/v2/state-versions/${version.id}` }
    }
  }

  private outputDoc(output: SimStateVersion['outputs'][number], withSensitive: boolean): Record<string, unknown> {
    const type = output.type ?? (typeof output.value === 'number' ? 'number' : typeof output.value === 'boolean' ? 'bool' : 'string')
    return {
      id: output.id,
      type: 'state-version-outputs',
      attributes: {
        name: output.name,
        sensitive: output.sensitive ?? false,
        type: typeof type === 'string' ? type : Array.isArray(type) ? String(type[0]) : 'object',
        'detailed-type': type,
        value: output.sensitive && !withSensitive ? null : output.value
      },
      links: { self: `/api/v2/state-version-outputs/${output.id}` }
    }
  }

  /** Answers a state route, or undefined when the path is not one. */
  route(method: string, path: string, url: URL, res: ServerResponse, role: TokenRole): number | undefined {
    if (method !== 'GET') return undefined
    let m: RegExpExecArray | null
    const hidden = (version: SimStateVersion | undefined): boolean =>
      !version || this.workspaces.get(version.workspaceId)?.hideOutputs === true
    // A state version itself needs "read state versions", which an outputs-only token lacks.
    const versionHidden = (version: SimStateVersion | undefined): boolean =>
      hidden(version) || this.workspaces.get(version!.workspaceId)?.outputsOnly === true
    const current = (workspaceId: string): SimStateVersion | undefined =>
      [...this.machine.stateVersions.values()].filter(v => v.workspaceId === workspaceId).sort((a, b) => b.createdAt - a.createdAt)[0]
    if ((m = /^\/api\/v2\/workspaces\/([^/]+)\/current-state-version$/.exec(path))) {
      const version = current(m[1])
      return !versionHidden(version)
        ? this.http.send(res, 200, { data: this.versionDoc(version!) })
        : this.http.error(res, 404, 'not found')
    }
    if ((m = /^\/api\/v2\/workspaces\/([^/]+)\/current-state-version-outputs$/.exec(path))) {
      // "read state outputs" is enough; 503 until HCP Terraform has processed the current state version.
      const version = current(m[1])
      if (hidden(version)) return this.http.error(res, 404, 'not found')
      if (this.clock.now() < version!.processedAt)
        return this.http.error(res, 503, 'Service Unavailable', 'The state version is still being processed')
      const lists = this.workspaces.get(version!.workspaceId)?.listsSensitiveOutputs === true
      return this.http.page(
        version!.outputs.map(o => this.outputDoc(o, lists)),
        url,
        res
      )
    }
    if ((m = /^\/api\/v2\/workspaces\/([^/]+)\/current-assessment-result$/.exec(path))) {
      const ws = this.workspaces.get(m[1])
      const result = ws?.assessment
      if (!ws || !result) return this.http.error(res, 404, 'not found')
      const id = `asmtres-${ws.id.slice(3)}`
      return this.http.send(res, 200, {
        data: {
          id,
          type: 'assessment-results',
          attributes: {
            drifted: result.drifted,
            succeeded: result.succeeded ?? true,
            'error-msg': null,
            'created-at': iso(this.clock.now() - (result.ageMs ?? 60_000)),
            'resources-drifted': result.drifted ? 1 : 0,
            'resources-undrifted': 1
          },
          links: { self: `/api/v2/assessment-results/${id}`, 'json-output': `/api/v2/assessment-results/${id}/json-output` }
        }
      })
    }
    if ((m = /^\/api\/v2\/assessment-results\/asmtres-([^/]+)\/json-output$/.exec(path))) {
      const ws = this.workspaces.get(`ws-${m[1]}`)
      if (!ws?.assessment) return this.http.error(res, 404, 'not found')
      // The assessment's JSON plan needs admin access to the workspace (assessment-results API).
      if (role !== 'admin') return this.http.error(res, 403, 'forbidden')
      return this.http.send(res, 307, undefined, { Location: this.archive.jsonUrl(ws.assessment.planJson ?? '{"resource_drift":[]}') })
    }
    if ((m = /^\/api\/v2\/state-versions\/([^/]+)$/.exec(path))) {
      const version = this.machine.stateVersions.get(m[1])
      return versionHidden(version) ? this.http.error(res, 404, 'not found') : this.http.send(res, 200, { data: this.versionDoc(version!) })
    }
    if ((m = /^\/api\/v2\/state-versions\/([^/]+)\/outputs$/.exec(path))) {
      const version = this.machine.stateVersions.get(m[1])
      if (hidden(version)) return this.http.error(res, 404, 'not found')
      // Before processing, the outputs read as empty.
      const outputs = this.clock.now() >= version!.processedAt ? version!.outputs : []
      const lists = this.workspaces.get(version!.workspaceId)?.listsSensitiveOutputs === true
      return this.http.page(
        outputs.map(o => this.outputDoc(o, lists)),
        url,
        res
      )
    }
    if ((m = /^\/api\/v2\/state-version-outputs\/([^/]+)$/.exec(path))) {
      for (const version of this.machine.stateVersions.values()) {
        const output = version.outputs.find(o => o.id === m![1])
        if (output)
          return hidden(version) ? this.http.error(res, 404, 'not found') : this.http.send(res, 200, { data: this.outputDoc(output, true) })
      }
      return this.http.error(res, 404, 'not found')
    }
    return undefined
  }
}
