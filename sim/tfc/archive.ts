/**
 * Archive storage: a second origin serving JSON plans and logs at signed, unguessable URLs, as HCP Terraform's
 * storage does. It rejects any Authorization header, which also catches a token leaking across origins. On
 * Terraform Enterprise storage lives on the API host itself, under `/_archivist/`: `onApiHost` serves it there
 * (the API server hands those paths to `handle`).
 */
import { createReadStream } from 'node:fs'
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../../src/clock.js'
import { LoopbackServer } from '../http-server.js'
import { recordOf, type RecordedRequest, type SimRun } from './model.js'
import { applyLog, planLog } from './run-output.js'
import type { RunMachine } from './run-machine.js'

type Phase = 'plan' | 'apply'
type Blob =
  | { kind: 'json'; body: string; file?: string }
  | { kind: 'log'; runId: string; phase: Phase }
  | { kind: 'upload'; cvId: string; used: boolean }

/** Called with each archive PUT to a configuration version's upload URL. */
export type UploadHandler = (cvId: string, archive: Buffer) => Promise<void>

export class Archive {
  private readonly server = new LoopbackServer((req, res) => this.handle(req, res))
  /** The API host's origin, when storage is served there under `/_archivist/` (Terraform Enterprise). */
  onApiHost?: () => string
  private readonly blobs = new Map<string, Blob>()
  /** One log URL per run and phase, however often the plan is read: the map does not grow with polling. */
  private readonly logKeys = new Map<string, string>()

  constructor(
    private readonly machine: RunMachine,
    private readonly clock: Clock,
    private readonly requests: RecordedRequest[],
    private readonly onUpload: UploadHandler,
    /** PUTs still to fail with 503 (a storage hiccup), then uploads go through. */
    private readonly failingUploads: () => number,
    private readonly stallDownloads: () => boolean = () => false
  ) {}

  private uploadsFailed = 0

  get url(): string {
    return this.server.url
  }

  start(): Promise<string> {
    return this.server.start()
  }

  stop(): Promise<void> {
    return this.server.stop()
  }

  /** A single-use URL for a JSON plan, as json-output's redirect gives. */
  jsonUrl(body: string, file?: string): string {
    return this.urlOf(this.register({ kind: 'json', body, file }))
  }

  /** A configuration version's `upload-url`: one PUT, without Authorization. */
  uploadUrl(cvId: string): string {
    return this.urlOf(this.register({ kind: 'upload', cvId, used: false }))
  }

  /** The run's `log-read-url` for a phase: the same URL every time. */
  logUrl(run: SimRun, phase: Phase): string {
    const id = `${run.id}/${phase}`
    let key = this.logKeys.get(id)
    if (!key) {
      key = this.register({ kind: 'log', runId: run.id, phase })
      this.logKeys.set(id, key)
    }
    return this.urlOf(key)
  }

  private register(blob: Blob): string {
    const key = Buffer.from(`vault:v1:${randomBytes(12).toString('base64')}`).toString('base64url')
    this.blobs.set(key, blob)
    return key
  }

  private urlOf(key: string): string {
    return `${this.onApiHost ? `${this.onApiHost()}/_archivist` : this.server.url}/v1/object/${key}`
  }

  private async upload(blob: { cvId: string; used: boolean }, body: Buffer, res: ServerResponse): Promise<number> {
    if (this.uploadsFailed < this.failingUploads()) {
      this.uploadsFailed++
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable')
      return 503
    }
    // A second upload to the same URL is refused (go-tfe and OTF treat the URL as single-use).
    if (blob.used) {
      res.writeHead(409, { 'Content-Type': 'text/plain' }).end('cannot upload config for a configuration version with non-pending status')
      return 409
    }
    blob.used = true
    await this.onUpload(blob.cvId, body)
    res.writeHead(200).end()
    return 200
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL((req.url ?? '/').replace(/^\/_archivist(?=\/)/, ''), this.server.url)
    const record = recordOf(req, url, 'archive', this.clock.now())
    this.requests.push(record)
    const body = await readRaw(req)
    // Signed storage URLs reject a second auth mechanism.
    if (req.headers.authorization) {
      record.status = 400
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Only one auth mechanism allowed')
      return
    }
    const key = /^\/v1\/object\/([^/]+)$/.exec(url.pathname)?.[1]
    const blob = key ? this.blobs.get(key) : undefined
    if (!key || !blob) {
      record.status = 404
      res.writeHead(404).end()
      return
    }
    if (blob.kind === 'upload') {
      record.status = await this.upload(blob, body, res)
      return
    }
    if (req.method !== 'GET') {
      record.status = 405
      res.writeHead(405).end()
      return
    }
    if (blob.kind === 'json' && this.stallDownloads()) {
      record.status = 200
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write(blob.body.slice(0, 10))
      return
    }
    if (blob.kind === 'json') {
      this.blobs.delete(key)
      record.status = 200
      res.writeHead(200, { 'Content-Type': 'application/json' })
      // A plan too large for a string is served from its file, as storage streams it.
      if (blob.file) createReadStream(blob.file).pipe(res)
      else res.end(blob.body)
      return
    }
    const run = this.machine.runs.get(blob.runId)!
    const text = Buffer.from(logText(this.machine, run, blob.phase), 'utf8')
    const offset = Number(url.searchParams.get('offset') ?? 0) || 0
    const limit = Number(url.searchParams.get('limit') ?? text.length) || text.length
    record.status = 200
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(text.subarray(offset, offset + limit))
  }
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The log so far: STX, the text, and ETX once the phase has ended (tfc-api.md §5.4). */
function logText(machine: RunMachine, run: SimRun, phase: Phase): string {
  const status = machine.advance(run)
  const started = phase === 'plan' ? run.reached.has('planning') : run.reached.has('applying')
  if (!started) return ''
  const done =
    phase === 'plan' ? machine.planStatus(run, status) !== 'running' : !['applying', 'apply_queued', 'confirmed'].includes(status)
  const structured = machine.structuredOutput(run)
  const body = phase === 'plan' ? planLog(run, machine.counts(run), structured) : applyLog(run, machine.counts(run), structured)
  return `\x02${body}${done ? '\x03' : ''}`
}
