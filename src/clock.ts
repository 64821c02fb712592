import { sleep } from './sleep.js'

/** Time as the run lifecycle sees it; the benchmark swaps in a virtual clock to replay a 20-minute plan at once. */
export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /**
   * Resolves once `ms` have passed while something else is in progress (a request in flight), or when `signal`
   * aborts. Where it is absent, `sleep` serves. A virtual clock on which time moves only by sleeping (the
   * benchmark's) never rings it: nothing there takes time.
   */
  alarm?(ms: number, signal: AbortSignal): Promise<void>
}

export const systemClock: Clock = { now: () => Date.now(), sleep }
