import type { Clock } from '../src/clock.js'
import { sleep } from '../src/sleep.js'

const EPOCH = Date.now()

/**
 * A clock that runs `factor` times faster than real time: every sleep is `factor` times shorter and `now()` moves
 * `factor` times faster. The action, its HTTP transport and the simulator share it, so their timelines agree while
 * a test that scripts a 10-second plan waits a fraction of that. Clocks with the same factor agree with one another
 * (they share one epoch).
 */
export function scaledClock(factor: number): Clock {
  return {
    now: () => EPOCH + (Date.now() - EPOCH) * factor,
    sleep: (ms, signal) => sleep(ms / factor, signal)
  }
}
