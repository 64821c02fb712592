import { describe, expect, test } from '@jest/globals'
import type { Clock } from '../src/clock.js'
import { TokenBucket } from '../src/tfc/rate-limit.js'

/** A clock that moves only when told: every wait is exact. */
function manualClock(): Clock & { advance(ms: number): void } {
  let now = 0
  return {
    now: () => now,
    sleep: ms => {
      now += ms
      return Promise.resolve()
    },
    advance: ms => void (now += ms)
  }
}

describe('request spacing', () => {
  test('a burst of 9 goes at once, then one request every 50 ms (20 a second)', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(clock)
    expect(Array.from({ length: 9 }, () => bucket.take())).toEqual(Array(9).fill(0))
    expect(bucket.take()).toBeCloseTo(50)
    expect(bucket.take()).toBeCloseTo(100)
  })

  test('100 requests as fast as allowed take (100 - 9) / 20 seconds: under 30 a second, always', async () => {
    const clock = manualClock()
    const bucket = new TokenBucket(clock)
    const sent: number[] = []
    for (let i = 0; i < 100; i++) {
      await clock.sleep(bucket.take())
      sent.push(clock.now())
    }
    expect(sent[99]).toBeCloseTo(((100 - 9) / 20) * 1000)
    // No one-second window holds more than 30.
    for (const at of sent) expect(sent.filter(t => t >= at && t < at + 1000).length).toBeLessThanOrEqual(30)
  })

  test('an idle step gets its burst back, and no more', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(clock)
    for (let i = 0; i < 12; i++) bucket.take()
    clock.advance(60_000)
    expect(Array.from({ length: 9 }, () => bucket.take())).toEqual(Array(9).fill(0))
    expect(bucket.take()).toBeGreaterThan(0)
  })
})
