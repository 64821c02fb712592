import type { Clock } from '../clock.js'

/**
 * Spaces requests as a token bucket on the step's clock: up to `burst` at once, then `perSecond` steadily. HCP
 * Terraform allows 30 requests a second per user (tfc-api.md §1.8); go-tfe keeps to 0.66 of that with a burst of
 * 9, and so does this, so a step leaves room for the user's other tools.
 */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly clock: Clock,
    private readonly perSecond = 20,
    private readonly burst = 9
  ) {
    this.tokens = burst
    this.updatedAt = clock.now()
  }

  /** How long to wait before the next request may go, taking its token; 0 when it may go now. */
  take(): number {
    const now = this.clock.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) * this.perSecond) / 1000)
    this.updatedAt = now
    this.tokens -= 1
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.perSecond
  }
}
