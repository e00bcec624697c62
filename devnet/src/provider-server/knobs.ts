/**
 * Fault-injection knobs for tests (`/__test/*`, only with DEVNET_TEST=1). Each knob targets one
 * provider slug or all providers ('*'); one-shot knobs are consumed by the next matching request.
 */
export type QuoteTamper = 'signer' | 'compose'
export const ALL = '*'

export interface FailSpec {
  status: number
  message?: string
  /** Seconds for a `Retry-After` header on the injected answer (e.g. with 429). */
  retryAfter?: number
}

export class Knobs {
  private tamper = new Set<string>()
  private fail = new Map<string, FailSpec>()
  private latency = new Map<string, number>()
  private cut = new Set<string>()
  private badQuote = new Map<string, QuoteTamper>()

  tamperNextSignature(target: string): void {
    this.tamper.add(target)
  }
  failNext(target: string, spec: FailSpec): void {
    this.fail.set(target, spec)
  }
  setLatency(target: string, ms: number): void {
    if (ms <= 0) this.latency.delete(target)
    else this.latency.set(target, ms)
  }
  cutNextStream(target: string): void {
    this.cut.add(target)
  }
  setBadQuote(slug: string, kind: QuoteTamper): void {
    this.badQuote.set(slug, kind)
  }

  /** Consumes a tamper knob for `slug` (its own first, then the global one). */
  takeTamper(slug: string): boolean {
    return takeFromSet(this.tamper, slug)
  }
  takeFail(slug: string): FailSpec | null {
    for (const key of [slug, ALL]) {
      const spec = this.fail.get(key)
      if (spec) {
        this.fail.delete(key)
        return spec
      }
    }
    return null
  }
  takeCut(slug: string): boolean {
    return takeFromSet(this.cut, slug)
  }
  latencyFor(slug: string): number {
    return this.latency.get(slug) ?? this.latency.get(ALL) ?? 0
  }
  quoteTamper(slug: string): QuoteTamper | null {
    return this.badQuote.get(slug) ?? null
  }

  reset(): void {
    this.tamper.clear()
    this.fail.clear()
    this.latency.clear()
    this.cut.clear()
    this.badQuote.clear()
  }

  /** Current knob state, for debugging. */
  describe(): Record<string, unknown> {
    return {
      tamperNextSignature: [...this.tamper],
      failNext: Object.fromEntries(this.fail),
      latency: Object.fromEntries(this.latency),
      cutNextStream: [...this.cut],
      badQuote: Object.fromEntries(this.badQuote),
    }
  }
}

function takeFromSet(set: Set<string>, slug: string): boolean {
  for (const key of [slug, ALL]) {
    if (set.delete(key)) return true
  }
  return false
}
