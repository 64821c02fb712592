import { sleep } from './sleep.js'

/** Time as the run lifecycle sees it; the benchmark swaps in a virtual clock to replay a 20-minute plan at once. */
export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = { now: () => Date.now(), sleep }
