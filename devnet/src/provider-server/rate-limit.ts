/**
 * Per-(provider, user) limits: a token bucket (`burst` capacity, refilled at `perMinute`) and a cap
 * on concurrent requests. Over either limit → 429 `{"error": "…"}` WITHOUT `Retry-After`, as the
 * live broker's per-user limiters answer (clients back off on their own); the message says when.
 */
import { BrokerError } from './http-json'

export interface RateLimitConfig {
  perMinute: number
  burst: number
  concurrent: number
}

interface Bucket {
  tokens: number
  updatedAt: number
  active: number
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request slot for `key` or throws 429; call the returned release when the response ends. */
  acquire(key: string): () => void {
    const { perMinute, burst, concurrent } = this.config
    const t = this.now()
    let b = this.buckets.get(key)
    if (!b) {
      b = { tokens: burst, updatedAt: t, active: 0 }
      this.buckets.set(key, b)
    }
    const perMs = perMinute / 60_000
    b.tokens = Math.min(burst, b.tokens + (t - b.updatedAt) * perMs)
    b.updatedAt = t
    if (b.active >= concurrent) {
      throw tooMany(`too many concurrent requests (max ${concurrent}); retry when one finishes`)
    }
    if (b.tokens < 1) {
      const waitMs = perMs > 0 ? (1 - b.tokens) / perMs : 60_000
      throw tooMany(
        `rate limit exceeded (${perMinute} requests/min, burst ${burst}); retry in ${Math.ceil(waitMs / 1000)} s`,
      )
    }
    b.tokens -= 1
    b.active += 1
    const bucket = b
    let released = false
    return () => {
      if (released) return
      released = true
      bucket.active -= 1
    }
  }

  /** Forgets all buckets (test reset). In-flight releases still work on their old bucket. */
  reset(): void {
    this.buckets.clear()
  }
}

function tooMany(message: string): BrokerError {
  return new BrokerError(message, 429)
}
