/** Faults a test can inject into the simulated API: rate limits, server errors, dropped and hung connections. */
import type { SimRun } from './model.js'
import type { TfcSimulator } from '../tfc-simulator.js'

export interface Faults {
  /** Every Nth API request answers 429 (counted over all API requests). */
  rateLimitEvery?: number
  /** Answer 429 to the matching request (a burst on one endpoint). */
  rateLimitWhen?: (method: string, path: string) => boolean
  /** X-RateLimit-Reset sent with injected 429s, in seconds. */
  rateLimitResetSeconds?: number
  /** Every Nth GET answers 503. */
  serverErrorEveryRead?: number
  /** Drop the connection after handling the matching request (the server acts, the client hears nothing). */
  dropAfterHandling?: (method: string, path: string) => boolean
  /** Drop the connection after reading the matching request, without acting on it. */
  dropBeforeHandling?: (method: string, path: string) => boolean
  /** Delay before answering each API request. */
  delayMs?: number
  /** Never answer the matching request (a hung connection). */
  hang?: (method: string, path: string) => boolean
  /** JSON-plan downloads from archive storage send their headers and a few bytes, then nothing more. */
  stallDownloads?: boolean
  /** The first N configuration-version uploads (PUT to archive storage) answer 503. */
  uploadFailures?: number
  /** Failures in order, each "N failures (or failures for a while), then recovery". */
  script?: ScriptedFault[]
  /** The status a run action the token may not take is refused with: 404 by default, as HCP Terraform mostly answers. */
  deniedActionStatus?: 403 | 404
  /** A compromised or impostor API: rewrites the text of each API answer (its path, its body) before it is sent. */
  tamper?: (path: string, body: string) => string
  /** Called before a run action is handled: lets a test move the run first (a person acting in the UI). */
  beforeAction?: (run: SimRun, action: string, sim: TfcSimulator) => void
}

/** One scripted failure: from the first request it matches, it fails `times` requests or for `forMs`, then stops. */
export interface ScriptedFault {
  /** Which requests it fails; every API request when absent. */
  match?: (method: string, path: string) => boolean
  /** Arms the fault: it waits (letting requests through) until this says so, e.g. once the run is applying. */
  after?: () => boolean
  answer: 'rate-limit' | 'server-error' | 'drop' | 'hang'
  times?: number
  forMs?: number
}

/** What happens to a request before the API handles it. */
export type Interference = 'hang' | 'drop' | 'rate-limit' | 'server-error' | undefined

/** Counts requests and decides, from the current `Faults`, which one a request meets. */
export class FaultInjector {
  private apiRequests = 0
  private reads = 0
  private readonly progress = new WeakMap<ScriptedFault, { failed: number; since: number }>()

  constructor(
    private readonly faults: () => Faults,
    private readonly now: () => number
  ) {}

  before(method: string, path: string): Interference {
    const faults = this.faults()
    this.apiRequests++
    if (method === 'GET') this.reads++
    const scripted = this.scripted(faults.script ?? [], method, path)
    if (scripted) return scripted
    if (faults.hang?.(method, path)) return 'hang'
    if (faults.dropBeforeHandling?.(method, path)) return 'drop'
    if ((faults.rateLimitEvery && this.apiRequests % faults.rateLimitEvery === 0) || faults.rateLimitWhen?.(method, path))
      return 'rate-limit'
    if (faults.serverErrorEveryRead && method === 'GET' && this.reads % faults.serverErrorEveryRead === 0) return 'server-error'
    return undefined
  }

  /** The first scripted fault that is armed, matches, and has failures left. */
  private scripted(script: ScriptedFault[], method: string, path: string): Interference {
    for (const fault of script) {
      if (fault.match && !fault.match(method, path)) continue
      let progress = this.progress.get(fault)
      if (!progress) {
        if (fault.after && !fault.after()) continue
        progress = { failed: 0, since: this.now() }
        this.progress.set(fault, progress)
      }
      const left = fault.times !== undefined ? progress.failed < fault.times : this.now() < progress.since + (fault.forMs ?? 0)
      if (!left) continue
      progress.failed++
      return fault.answer
    }
    return undefined
  }

  dropsAfterHandling(method: string, path: string): boolean {
    return this.faults().dropAfterHandling?.(method, path) ?? false
  }
}
