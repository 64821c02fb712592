import { createReadStream, createWriteStream } from 'node:fs'
import { createRequire } from 'node:module'
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type RequestOptions as NodeRequestOptions
} from 'node:http'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { systemClock, type Clock } from '../clock.js'
import { ApiError, OutcomeUnknownError, StoppedError, TransportError, describeErrorDocument } from './errors.js'
import { describeNetworkError } from './network-errors.js'
import { plainProxyRequestOptions, proxyFor } from './proxy.js'
import type { TunnelAgent } from './tunnel.js'
import { TokenBucket } from './rate-limit.js'
import { signedParts } from './signed-url.js'

export interface TransportOptions {
  /** Origin of the API host; API paths are resolved under `/api/v2/`. */
  origin: string
  token: string
  userAgent: string
  /** Longest silence on a connection before the request is abandoned (and, for a read, tried again). */
  requestTimeoutMs?: number
  /** When to give up, on `clock`: in-flight requests are abandoned and retries end there. */
  deadline?: number
  /** Aborted when the step is stopping: in-flight requests end at once. */
  signal?: AbortSignal
  /** Requests a second on average, after a burst (a token bucket): under the 30 a second per user HCP Terraform allows. */
  requestsPerSecond?: number
  /** Backoff, request spacing and the deadline run on this clock, so tests can run them on scaled time. */
  clock?: Clock
  /** Where proxy variables are read (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
  env?: NodeJS.ProcessEnv
  onRetry?: (message: string) => void
  /**
   * Called with each signed storage URL a redirect leads to, whole and by its path, before it is requested: the
   * step masks them, so no credential they carry reaches the log even if some message quoted one.
   */
  onSecret?: (secret: string) => void
  random?: () => number
}

/** What `fetchBlob` fetches, named in its messages: never by a URL, whose path can carry a credential. */
export type BlobLabel = 'JSON plan' | 'redacted JSON plan' | 'plan log' | 'apply log' | 'Sentinel output' | 'assessment plan'

export interface BlobOptions {
  label: BlobLabel
  /** Written here on a 200, instead of returned. */
  destination?: string
  /** With `destination`: also sees each chunk of a 200 body as it is written, so it is read in the same pass. */
  onChunk?: (chunk: Buffer) => void
  maxRedirects?: number
}

export interface ApiResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface RequestOptions {
  body?: unknown
  /** Statuses handed back to the caller instead of thrown (or retried: a 503 the caller waits out itself). */
  accept?: number[]
}

const RETRYABLE_STATUSES = new Set([500, 502, 503, 504])
const JSON_API = 'application/vnd.api+json'
/** A deadline that never comes: for callers that bound their own time. */
const NO_DEADLINE = Number.POSITIVE_INFINITY

/** Seconds to wait before retrying a 429: `X-RateLimit-Reset` is fractional seconds until the bucket refills (tfc-api.md §1.8). */
export function rateLimitDelayMs(headers: IncomingHttpHeaders, jitter: number): number {
  const reset = Number.parseFloat(String(headers['x-ratelimit-reset'] ?? ''))
  const retryAfter = Number.parseFloat(String(headers['retry-after'] ?? ''))
  const seconds = Math.max(Number.isFinite(reset) ? reset : 0, Number.isFinite(retryAfter) ? retryAfter : 0, 0.1)
  // A broken server must not park the step for an hour: the bucket refills within a second or two.
  return Math.min(seconds, 60) * 1000 + jitter * 300
}

/** Capped exponential backoff with full jitter for 5xx and connection errors. */
export function serverErrorDelayMs(attempt: number, jitter: number): number {
  const cap = Math.min(8000, 500 * 2 ** attempt)
  return cap / 2 + (jitter * cap) / 2
}

interface Exchange {
  status: number
  headers: IncomingHttpHeaders
  discard(): void
}

/** One run of failures in a row: logged once when it starts and once when it ends. */
interface Streak {
  tries: number
  reason: string
}

/**
 * The single way this action talks to HCP Terraform, on node:http(s) so that every request can be abandoned (step
 * stopping, deadline) and proxies are honoured. The token is attached per request, and only when the URL's origin
 * is the API origin: redirects are followed by hand, so a signed URL elsewhere never sees it.
 */
export class TfcHttp {
  private readonly origin: string
  private readonly requestTimeoutMs: number
  private readonly bucket: TokenBucket
  private readonly random: () => number
  private readonly clock: Clock
  private readonly deadline: number
  private readonly env: NodeJS.ProcessEnv
  private readonly httpAgent = new HttpAgent({ keepAlive: true })
  /** Node's TLS stack, loaded with the first https request: a plain http origin never needs it. */
  private https?: { module: typeof import('node:https'); agent: import('node:https').Agent }
  private readonly tunnels = new Map<string, TunnelAgent>()
  private markSent!: () => void
  /**
   * Settles once a request has been written out (or failed to be): the step loads the code it needs next while
   * waiting for the answer, not while the request is still on its way (main.ts).
   */
  readonly firstSent = new Promise<void>(resolve => (this.markSent = resolve))

  constructor(private readonly options: TransportOptions) {
    this.origin = new URL(options.origin).origin
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000
    this.random = options.random ?? Math.random
    this.clock = options.clock ?? systemClock
    this.deadline = options.deadline ?? NO_DEADLINE
    this.bucket = new TokenBucket(this.clock, options.requestsPerSecond)
    this.env = options.env ?? {}
  }

  get apiOrigin(): string {
    return this.origin
  }

  dispose(): void {
    this.httpAgent.destroy()
    this.https?.agent.destroy()
    for (const agent of this.tunnels.values()) agent.destroy()
  }

  /**
   * A JSON:API call under /api/v2/. Reads and rate-limited calls are retried with backoff until the deadline;
   * a write that may have reached the server is never repeated blindly (OutcomeUnknownError).
   */
  async request(method: 'GET' | 'POST' | 'PATCH', path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = new URL(`${this.origin}/api/v2/${path.replace(/^\//, '')}`)
    const endpoint = `${method} ${url.pathname}`
    const payload = options.body === undefined ? null : JSON.stringify(options.body)
    const headers: OutgoingHttpHeaders = { Accept: JSON_API, Authorization: `Bearer ${this.options.token}` }
    if (payload !== null) headers['Content-Type'] = JSON_API

    const response = await this.withRetries(
      endpoint,
      url.host,
      method === 'GET',
      true,
      async signal => {
        const message = await this.exchange(method, url, payload, headers, signal)
        const body = await readBody(message)
        return { status: message.statusCode ?? 0, headers: message.headers, body, discard: () => undefined }
      },
      options.accept
    )
    checkIsApi(response, endpoint, url.host)
    if (response.status >= 400 && !(options.accept ?? []).includes(response.status)) {
      const { title, detail } = describeErrorDocument(response.body)
      const text = [title, detail].filter(Boolean).join(': ')
      throw new ApiError(`${endpoint} answered ${response.status}${text ? ` (${text})` : ''}`, response.status, endpoint, title, detail)
    }
    return response
  }

  /**
   * Fetches a URL that may live on another host (archive storage for JSON plans and logs). The token goes only to
   * API paths of the API origin; redirects are followed by hand so a signed URL never sees it. Messages name the
   * blob by its label and host, never by its path: on Terraform Enterprise storage lives on the API host itself
   * (`/_archivist/v1/object/<credential>`).
   */
  async fetchBlob(url: string, options: BlobOptions): Promise<{ status: number; body: string; bytes: Buffer }> {
    const { label, destination, onChunk, maxRedirects = 3 } = options
    let current = new URL(url, this.origin)
    for (let hop = 0; ; hop++) {
      const headers: OutgoingHttpHeaders = { Accept: 'application/json, */*' }
      const api = this.isApi(current)
      if (api) headers.Authorization = `Bearer ${this.options.token}`
      const where = `GET the ${label}${api ? '' : ` from storage on ${current.host}`}`
      const target = current
      const response = await this.withRetries(where, target.host, true, api, async signal => {
        const message = await this.exchange('GET', target, null, headers, signal)
        return { message, status: message.statusCode ?? 0, headers: message.headers, discard: () => void message.resume() }
      })
      const { message, status } = response
      if (status >= 300 && status < 400 && message.headers.location) {
        message.resume()
        if (hop >= maxRedirects) throw new TransportError(`${where}: too many redirects`, where)
        current = new URL(message.headers.location, current)
        this.reportSecret(current)
        continue
      }
      if (status === 200 && destination) {
        const tap = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            try {
              onChunk?.(chunk)
              callback(null, chunk)
            } catch (error) {
              callback(error as Error)
            }
          }
        })
        await this.stoppable(where, signal => untilAborted(message, signal, pipeline(message, tap, createWriteStream(destination))))
        return { status, body: '', bytes: Buffer.alloc(0) }
      }
      const bytes = await this.stoppable(where, signal => untilAborted(message, signal, readBytes(message)))
      return { status, body: bytes.toString('utf8'), bytes }
    }
  }

  /**
   * Only API paths get the token, and only they are paced and named as the API: Terraform Enterprise serves archive
   * storage on its own host too (`/_archivist/…`), whose signed URLs carry their own credential and refuse a second one.
   */
  private isApi(url: URL): boolean {
    return url.origin === this.origin && url.pathname.startsWith('/api/')
  }

  /** A signed URL, whole and without its origin, for the step to mask. */
  private reportSecret(url: URL): void {
    if (!this.options.onSecret || this.isApi(url)) return
    for (const secret of signedParts(url)) this.options.onSecret(secret)
  }

  /**
   * Uploads a file with PUT to a URL that carries its own credential (a configuration version's `upload-url`):
   * never with the token, wherever it points. A 429 is retried; anything else that fails is an unknown outcome the
   * caller resolves (by creating a new configuration version).
   */
  async putFile(url: string, file: string, size: number): Promise<void> {
    const target = new URL(url)
    const where = `PUT to the upload host ${target.host}`
    const headers: OutgoingHttpHeaders = { 'Content-Type': 'application/octet-stream', Accept: 'application/json, */*' }
    const response = await this.withRetries(where, target.host, false, false, async signal => {
      const message = await this.exchange('PUT', target, { file, size }, headers, signal)
      const body = await readBody(message)
      return { status: message.statusCode ?? 0, body, headers: message.headers, discard: () => undefined }
    })
    if (response.status < 200 || response.status >= 300) {
      throw new OutcomeUnknownError(
        `${where} answered ${response.status}${response.body ? ` (${response.body.slice(0, 200)})` : ''}`,
        where
      )
    }
  }

  /**
   * The one retry policy, for API calls and storage downloads alike. 429 means the server did not act: wait as it
   * says and repeat, whatever the method. A 5xx or a broken connection is retried for a read; for a write it is an
   * unknown outcome the caller must resolve (unless the request provably never left). Everything ends at the
   * deadline, or at once when the step is stopping.
   */
  private async withRetries<T extends Exchange>(
    endpoint: string,
    host: string,
    isRead: boolean,
    /** An API request, which the rate limit counts; archive storage (logs, JSON plans, uploads) is not the API. */
    paced: boolean,
    sendOnce: (signal: AbortSignal) => Promise<T>,
    accepted: readonly number[] = []
  ): Promise<T> {
    let streak: Streak | undefined
    let attempt = 0
    for (;;) {
      attempt++
      let response: T
      try {
        await this.pace(endpoint, streak, paced)
        response = await this.stoppable(endpoint, sendOnce, streak)
      } catch (error) {
        if (error instanceof StoppedError) throw error
        const failure = describeNetworkError(error, host)
        if (failure.fatal) throw new TransportError(`${endpoint}: ${failure.reason}.`, endpoint)
        if (!isRead && !failure.notSent) {
          throw new OutcomeUnknownError(`${endpoint}: ${failure.reason}; the server may or may not have acted on it`, endpoint)
        }
        streak = await this.backoff(endpoint, streak, failure.reason, serverErrorDelayMs(attempt, this.random()))
        continue
      }
      if (response.status === 429) {
        response.discard()
        streak = await this.backoff(endpoint, streak, 'rate limited (429)', rateLimitDelayMs(response.headers, this.random()))
        continue
      }
      if (RETRYABLE_STATUSES.has(response.status) && !accepted.includes(response.status)) {
        response.discard()
        if (!isRead)
          throw new OutcomeUnknownError(`${endpoint} answered ${response.status}; the server may or may not have acted on it`, endpoint)
        streak = await this.backoff(endpoint, streak, `server error ${response.status}`, serverErrorDelayMs(attempt, this.random()))
        continue
      }
      if (streak) this.options.onRetry?.(`${endpoint}: answered after ${streak.tries} ${streak.tries === 1 ? 'retry' : 'retries'}`)
      return response
    }
  }

  /**
   * Waits before the next try, never past the deadline (the last try goes out at the deadline, not before it);
   * the first failure of a streak is logged, the rest are counted.
   */
  private async backoff(endpoint: string, streak: Streak | undefined, reason: string, delayMs: number): Promise<Streak> {
    const next = { tries: (streak?.tries ?? 0) + 1, reason }
    const left = this.deadline - this.clock.now()
    if (left <= 0) throw this.outOfTime(endpoint, next)
    if (!streak) {
      this.options.onRetry?.(`${endpoint}: ${reason}; retrying with backoff${Number.isFinite(left) ? ' until the step times out' : ''}`)
    }
    await this.clock.sleep(Math.min(delayMs, left), this.options.signal)
    if (this.options.signal?.aborted) {
      throw new StoppedError(`${endpoint}: ${reason}; gave up because the step is stopping`, endpoint, 'aborted')
    }
    if (this.clock.now() >= this.deadline) throw this.outOfTime(endpoint, next)
    return next
  }

  private outOfTime(endpoint: string, streak: Streak): StoppedError {
    const tries = `${streak.tries} ${streak.tries === 1 ? 'try' : 'tries'}`
    return new StoppedError(`${endpoint}: ${streak.reason}, still after ${tries} when the time ran out`, endpoint, 'deadline')
  }

  /** Runs `work` with a signal that fires at the deadline or when the step stops, turning either into StoppedError. */
  private async stoppable<T>(endpoint: string, work: (signal: AbortSignal) => Promise<T>, streak?: Streak): Promise<T> {
    const controller = new AbortController()
    const step = this.options.signal
    const onStep = (): void => controller.abort()
    if (step?.aborted) controller.abort()
    step?.addEventListener('abort', onStep, { once: true })
    const timer = new AbortController()
    let timedOut = false
    const left = this.deadline - this.clock.now()
    if (Number.isFinite(left)) {
      const ring = this.clock.alarm ? this.clock.alarm.bind(this.clock) : this.clock.sleep.bind(this.clock)
      void ring(Math.max(0, left), timer.signal).then(() => {
        if (timer.signal.aborted) return
        timedOut = true
        controller.abort()
      })
    }
    try {
      return await work(controller.signal)
    } catch (error) {
      if (!controller.signal.aborted) throw error
      const before = streak ? ` (after ${streak.reason})` : ''
      if (timedOut) {
        // In the middle of a streak of failures, the streak is the story: name it, not the try the deadline cut.
        throw streak
          ? this.outOfTime(endpoint, streak)
          : new StoppedError(`${endpoint}: no answer before the time ran out`, endpoint, 'deadline')
      }
      throw new StoppedError(`${endpoint}: abandoned because the step is stopping${before}`, endpoint, 'aborted')
    } finally {
      timer.abort()
      step?.removeEventListener('abort', onStep)
    }
  }

  private secureStack(): { module: typeof import('node:https'); agent: import('node:https').Agent } {
    if (!this.https) {
      const module = createRequire(import.meta.url)('node:https') as typeof import('node:https')
      this.https = { module, agent: new module.Agent({ keepAlive: true }) }
    }
    return this.https
  }

  private async exchange(
    method: string,
    url: URL,
    payload: string | null | { file: string; size: number },
    headers: OutgoingHttpHeaders,
    signal: AbortSignal
  ): Promise<IncomingMessage> {
    const secure = url.protocol === 'https:'
    const proxy = proxyFor(url, this.env)
    const https = secure ? this.secureStack() : undefined
    const options: NodeRequestOptions = {
      method,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: {
        'User-Agent': this.options.userAgent,
        ...headers,
        ...(payload === null ? {} : { 'Content-Length': typeof payload === 'string' ? Buffer.byteLength(payload) : payload.size })
      },
      signal,
      agent: https ? (proxy ? await this.tunnelTo(proxy) : https.agent) : this.httpAgent
    }
    if (!secure && proxy) {
      const viaProxy = plainProxyRequestOptions(url, proxy)
      Object.assign(options, {
        host: viaProxy.host,
        port: viaProxy.port,
        path: viaProxy.path,
        headers: { ...options.headers, ...viaProxy.headers }
      })
    }
    return new Promise((resolve, reject) => {
      const request = (https ? https.module.request : httpRequest)(options, resolve)
      request.once('finish', this.markSent).once('error', this.markSent)
      request.setTimeout(this.requestTimeoutMs, () => request.destroy(Object.assign(new Error('request timeout'), { code: 'ETIMEDOUT' })))
      request.on('error', reject)
      if (payload !== null && typeof payload !== 'string') {
        const source = createReadStream(payload.file)
        source.on('error', error => request.destroy(error))
        source.pipe(request)
      } else {
        request.end(payload ?? undefined)
      }
    })
  }

  private async tunnelTo(proxy: URL): Promise<TunnelAgent> {
    let agent = this.tunnels.get(proxy.href)
    if (!agent) {
      const { TunnelAgent } = await import('./tunnel.js')
      agent = this.tunnels.get(proxy.href) ?? new TunnelAgent(proxy)
      this.tunnels.set(proxy.href, agent)
    }
    return agent
  }

  private async pace(endpoint: string, streak: Streak | undefined, paced: boolean): Promise<void> {
    const wait = paced ? this.bucket.take() : 0
    if (wait > 0) await this.clock.sleep(wait, this.options.signal)
    if (this.options.signal?.aborted)
      throw new StoppedError(
        `${endpoint}: not sent because the step is stopping${streak ? ` (after ${streak.reason})` : ''}`,
        endpoint,
        'aborted'
      )
  }
}

/**
 * A body still streaming after its request returned is no longer tied to the request's signal: the deadline or a
 * stopping step must end it too, or a trickling download could outlive `timeout`.
 */
async function untilAborted<T>(message: IncomingMessage, signal: AbortSignal, work: Promise<T>): Promise<T> {
  const abort = (): void => void message.destroy(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }))
  if (signal.aborted) abort()
  signal.addEventListener('abort', abort, { once: true })
  try {
    return await work
  } finally {
    signal.removeEventListener('abort', abort)
  }
}

function readBody(message: IncomingMessage): Promise<string> {
  return readBytes(message).then(bytes => bytes.toString('utf8'))
}

function readBytes(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks)))
    message.on('error', reject)
    message.on('aborted', () => reject(Object.assign(new Error('connection closed mid-response'), { code: 'ECONNRESET' })))
  })
}

/**
 * An answer that is not the API (a proxy's sign-in page, a load balancer's error page, a web server at the wrong
 * port) says so, with what came back and from where, instead of failing later on a document it cannot parse.
 */
function checkIsApi(response: ApiResponse, endpoint: string, host: string): void {
  const type = String(response.headers['content-type'] ?? '')
  if (!response.body.trim() || /json/i.test(type)) return
  const title = /<title[^>]*>([^<]{1,120})/i.exec(response.body)?.[1]?.trim()
  const what = title ? `an HTML page titled "${title}"` : `${type || 'a body without a content type'}`
  throw new TransportError(
    `${endpoint}: ${host} answered ${response.status} with ${what}, not the HCP Terraform API. Check \`hostname\`, and any proxy or sign-in page between the runner and it.`,
    endpoint
  )
}
