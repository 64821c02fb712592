import { createWriteStream } from 'node:fs'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'
import { systemClock, type Clock } from '../clock.js'
import { ApiError, OutcomeUnknownError, TransportError, describeErrorDocument } from './errors.js'

export interface TransportOptions {
  /** Origin of the API host; API paths are resolved under `/api/v2/`. */
  origin: string
  token: string
  userAgent: string
  /** Longest silence on a connection before the request is abandoned. */
  requestTimeoutMs?: number
  /** Attempts for a read that meets a 5xx or a broken connection. */
  maxReadAttempts?: number
  /** Attempts for any request answered 429 (the server did not act on it, so repeating is safe). */
  maxRateLimitAttempts?: number
  /** Smallest gap between two requests: keeps us well under the 30 requests/second per-user limit on our own. */
  minRequestGapMs?: number
  signal?: AbortSignal
  onRetry?: (message: string) => void
  random?: () => number
  /** Backoff and request spacing wait on this clock, so tests can run them on scaled time. */
  clock?: Clock
}

export interface ApiResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface RequestOptions {
  body?: unknown
  /** Statuses handed back to the caller instead of thrown. */
  accept?: number[]
}

const RETRYABLE_READ_STATUSES = new Set([500, 502, 503, 504])
/** Errors raised before any byte of the request could have reached the server: safe to repeat even for a write. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])
const JSON_API = 'application/vnd.api+json'

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

/**
 * The single way this action talks to HCP Terraform. The token is attached per request, and only when the URL's
 * origin is the API origin: redirects are never followed automatically, because @actions/http-client keeps the
 * Authorization header on a redirect to the same hostname on another port or path.
 */
export class TfcHttp {
  private readonly client: HttpClient
  private readonly origin: string
  private readonly requestTimeoutMs: number
  private readonly maxReadAttempts: number
  private readonly maxRateLimitAttempts: number
  private readonly minRequestGapMs: number
  private readonly random: () => number
  private readonly clock: Clock
  private lastRequestAt = 0
  requestCount = 0

  constructor(private readonly options: TransportOptions) {
    this.origin = new URL(options.origin).origin
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000
    this.maxReadAttempts = options.maxReadAttempts ?? 5
    this.maxRateLimitAttempts = options.maxRateLimitAttempts ?? 12
    this.minRequestGapMs = options.minRequestGapMs ?? 50
    this.random = options.random ?? Math.random
    this.clock = options.clock ?? systemClock
    this.client = new HttpClient(options.userAgent, [], {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: true,
      socketTimeout: this.requestTimeoutMs
    })
  }

  get apiOrigin(): string {
    return this.origin
  }

  dispose(): void {
    this.client.dispose()
  }

  /** A JSON:API call under /api/v2/. Reads are retried; writes are retried only when the server cannot have acted. */
  async request(method: 'GET' | 'POST' | 'PATCH', path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = `${this.origin}/api/v2/${path.replace(/^\//, '')}`
    const endpoint = `${method} /api/v2/${path.replace(/^\//, '').split('?')[0]}`
    const isRead = method === 'GET'
    const payload = options.body === undefined ? null : JSON.stringify(options.body)
    const headers: OutgoingHttpHeaders = {
      Accept: JSON_API,
      Authorization: `Bearer ${this.options.token}`
    }
    if (payload !== null) headers['Content-Type'] = JSON_API

    const response = await this.withRetries(endpoint, isRead, () => this.send(method, url, payload, headers))
    if (response.status >= 400 && !(options.accept ?? []).includes(response.status)) {
      const { title, detail } = describeErrorDocument(response.body)
      const text = [title, detail].filter(Boolean).join(': ')
      throw new ApiError(`${endpoint} answered ${response.status}${text ? ` (${text})` : ''}`, response.status, endpoint, title, detail)
    }
    return response
  }

  /**
   * Fetches a URL that may live on another host (archive storage for JSON plans and logs). The token goes only to
   * the API origin; redirects are followed by hand so a signed URL elsewhere never sees it.
   */
  async fetchBlob(url: string, destination?: string, maxRedirects = 3): Promise<{ status: number; body: string }> {
    let current = new URL(url, this.origin)
    for (let hop = 0; ; hop++) {
      const headers: OutgoingHttpHeaders = { Accept: 'application/json, */*' }
      if (current.origin === this.origin) headers.Authorization = `Bearer ${this.options.token}`
      const where = current.origin === this.origin ? current.pathname : `the storage host ${current.host}`
      const { message } = await this.withRetries(`GET ${where}`, true, async () => {
        const head = (await this.client.request('GET', current.href, null, headers)).message
        return { message: head, status: head.statusCode ?? 0, headers: head.headers, discard: () => void head.resume() }
      })
      const status = message.statusCode ?? 0
      if (status >= 300 && status < 400 && message.headers.location) {
        message.resume()
        if (hop >= maxRedirects) throw new TransportError(`GET ${where}: too many redirects`, `GET ${where}`)
        current = new URL(message.headers.location, current)
        continue
      }
      if (status === 200 && destination) {
        await this.withBodyTimeout(message, pipeline(message, createWriteStream(destination)))
        return { status, body: '' }
      }
      return { status, body: await this.readBody(message) }
    }
  }

  /**
   * The one retry policy, for API calls and storage downloads alike. 429 means the server did not act: wait as it
   * says and repeat, whatever the method. A 5xx or a broken connection is retried for a read; for a write it is an
   * unknown outcome the caller must resolve (unless the request provably never left).
   */
  private async withRetries<T extends { status: number; headers: IncomingHttpHeaders; discard(): void }>(
    endpoint: string,
    isRead: boolean,
    sendOnce: () => Promise<T>
  ): Promise<T> {
    let serverFailures = 0
    let rateLimited = 0
    for (;;) {
      let response: T
      try {
        await this.pace()
        response = await sendOnce()
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ''
        const reason = describeNetworkError(error)
        if (!isRead && !NOT_SENT_CODES.has(code)) {
          throw new OutcomeUnknownError(`${endpoint}: ${reason}; the server may or may not have acted on it`, endpoint)
        }
        serverFailures++
        if (serverFailures >= this.maxReadAttempts) {
          throw new TransportError(
            `${endpoint} failed ${serverFailures} times: ${reason}. Check that ${this.origin} is reachable from the runner.`,
            endpoint
          )
        }
        await this.wait(serverErrorDelayMs(serverFailures, this.random()), `${endpoint}: ${reason}`)
        continue
      }

      if (response.status === 429) {
        response.discard()
        rateLimited++
        if (rateLimited >= this.maxRateLimitAttempts) {
          throw new ApiError(
            `${endpoint} was rate limited (429) ${rateLimited} times in a row; another tool may be using up this user's API rate limit`,
            429,
            endpoint
          )
        }
        await this.wait(rateLimitDelayMs(response.headers, this.random()), `${endpoint}: rate limited (429)`)
        continue
      }
      if (RETRYABLE_READ_STATUSES.has(response.status)) {
        response.discard()
        if (!isRead) {
          throw new OutcomeUnknownError(`${endpoint} answered ${response.status}; the server may or may not have acted on it`, endpoint)
        }
        serverFailures++
        if (serverFailures >= this.maxReadAttempts) {
          throw new TransportError(
            `${endpoint} answered ${response.status} ${serverFailures} times in a row; HCP Terraform may be having an outage (see its status page)`,
            endpoint
          )
        }
        await this.wait(serverErrorDelayMs(serverFailures, this.random()), `${endpoint}: server error ${response.status}`)
        continue
      }
      return response
    }
  }

  private async send(
    method: string,
    url: string,
    payload: string | null,
    headers: OutgoingHttpHeaders
  ): Promise<ApiResponse & { discard(): void }> {
    const response = await this.client.request(method, url, payload, { ...headers })
    const body = await this.readBody(response.message)
    return { status: response.message.statusCode ?? 0, headers: response.message.headers, body, discard: () => undefined }
  }

  /** The socket timeout covers silence; this also bounds a body that trickles forever. */
  private readBody(message: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    const done = new Promise<void>((resolve, reject) => {
      message.on('end', resolve)
      message.on('error', reject)
      message.on('aborted', () => reject(Object.assign(new Error('connection closed mid-response'), { code: 'ECONNRESET' })))
    })
    return this.withBodyTimeout(message, done).then(() => Buffer.concat(chunks).toString('utf8'))
  }

  private async withBodyTimeout<T>(message: IncomingMessage, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const limit = Math.max(this.requestTimeoutMs * 4, 120_000)
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        message.destroy()
        reject(Object.assign(new Error(`response body not complete after ${limit / 1000}s`), { code: 'ETIMEDOUT' }))
      }, limit)
    })
    try {
      return await Promise.race([work, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  private async pace(): Promise<void> {
    const wait = this.lastRequestAt + this.minRequestGapMs - this.clock.now()
    if (wait > 0) await this.clock.sleep(wait)
    this.lastRequestAt = this.clock.now()
    this.requestCount++
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.options.onRetry?.(`${why}; retrying in ${(ms / 1000).toFixed(1)}s`)
    await this.clock.sleep(ms, this.options.signal)
    if (this.options.signal?.aborted) throw new TransportError(`${why}; gave up because the step is stopping`, why)
  }
}

function describeNetworkError(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  const message = e?.message ?? String(error)
  if (/^Request timeout/.test(message)) return 'no answer within the request timeout'
  return e?.code ? `${e.code} (${message.replace(/https?:\/\/\S+/g, '<url>')})` : message.replace(/https?:\/\/\S+/g, '<url>')
}
