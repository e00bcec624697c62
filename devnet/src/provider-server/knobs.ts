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

/** How the signature endpoint misbehaves, until reset. */
export type SignatureFault = 'hang' | 'junk' | 'wrong-shape'
/** What the next chat reply contains instead of the responder's text. */
export type HostileOutput = 'long-line' | 'huge' | 'invalid-utf8'

export interface RandomErrors {
  /** probability 0–1 that a request that passed auth, rate limit and admission fails */
  rate: number
  statuses: number[]
  /** what a drawn 400 says: the broker's low-balance or session refusal */
  refusal: RandomRefusal
  /** PRNG state (mulberry32), so a run is reproducible from its seed */
  state: number
}

/**
 * The live broker's refusals: a 400 `{"error": "validate request: insufficient balance: …"}`, a
 * 400 session refusal, a per-user 429 without Retry-After, 5xx with the status text as body. It
 * never sends 401 or 402.
 */
export const RANDOM_ERROR_STATUSES = [400, 429, 500, 503]

export type RandomRefusal = 'balance' | 'session'

/** Broker configuration set on a running provider (until reset): see CatalogEntry. */
export interface ProviderBehaviour {
  rewrite?: { model?: string; inject?: Record<string, unknown> }
  separatedNode?: boolean
}

export class Knobs {
  private sigFault = new Map<string, SignatureFault>()
  private omitKey = new Set<string>()
  private replay = new Set<string>()
  private hostile = new Map<string, HostileOutput>()
  private endless = new Set<string>()
  private random = new Map<string, RandomErrors>()

  private tamper = new Set<string>()
  private fail = new Map<string, FailSpec>()
  private latency = new Map<string, number>()
  private cut = new Set<string>()
  private badQuote = new Map<string, QuoteTamper>()
  private behaviour = new Map<string, ProviderBehaviour>()
  private overcharge = new Map<string, bigint>()

  /**
   * overcharge: until reset, each settlement item of the provider asks for `extra` neuron more than
   * was metered (a dishonest provider; the settlement audit must see it). 0 clears.
   */
  setOvercharge(target: string, extra: bigint): void {
    if (extra <= 0n) this.overcharge.delete(target)
    else this.overcharge.set(target, extra)
  }
  /** Neuron added to each settlement item of `slug` (its own knob first, then the global one). */
  overchargeFor(slug: string): bigint {
    return this.overcharge.get(slug) ?? this.overcharge.get(ALL) ?? 0n
  }

  /** provider-behaviour: rewrite forwarded chat bodies and/or act as a separate LLM node. */
  setBehaviour(slug: string, b: ProviderBehaviour | null): void {
    if (b) this.behaviour.set(slug, b)
    else this.behaviour.delete(slug)
  }
  behaviourOf(slug: string): ProviderBehaviour | undefined {
    return this.behaviour.get(slug)
  }

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

  setSignatureFault(target: string, fault: SignatureFault | null): void {
    if (fault) this.sigFault.set(target, fault)
    else this.sigFault.delete(target)
  }
  omitNextResKey(target: string): void {
    this.omitKey.add(target)
  }
  replayNextSignature(target: string): void {
    this.replay.add(target)
  }
  hostileNextOutput(target: string, kind: HostileOutput): void {
    this.hostile.set(target, kind)
  }
  endlessNextStream(target: string): void {
    this.endless.add(target)
  }
  setRandomErrors(
    target: string,
    rate: number,
    statuses: number[],
    seed: number,
    refusal: RandomRefusal = 'balance',
  ): void {
    if (rate <= 0) this.random.delete(target)
    else this.random.set(target, { rate, statuses, refusal, state: seed >>> 0 })
  }

  signatureFault(slug: string): SignatureFault | null {
    return this.sigFault.get(slug) ?? this.sigFault.get(ALL) ?? null
  }
  takeOmitResKey(slug: string): boolean {
    return takeFromSet(this.omitKey, slug)
  }
  takeReplay(slug: string): boolean {
    return takeFromSet(this.replay, slug)
  }
  takeHostile(slug: string): HostileOutput | null {
    for (const key of [slug, ALL]) {
      const kind = this.hostile.get(key)
      if (kind) {
        this.hostile.delete(key)
        return kind
      }
    }
    return null
  }
  takeEndless(slug: string): boolean {
    return takeFromSet(this.endless, slug)
  }
  /** A status to fail this request with, drawn from the random-errors knob; null = serve it. */
  drawRandomError(slug: string): number | null {
    return this.drawRandomFailure(slug)?.status ?? null
  }

  /** The random-errors draw with what a drawn 400 says; null = serve the request. */
  drawRandomFailure(slug: string): { status: number; refusal: RandomRefusal } | null {
    const spec = this.random.get(slug) ?? this.random.get(ALL)
    if (!spec) return null
    const r = nextRandom(spec)
    if (r >= spec.rate) return null
    const status = spec.statuses[Math.floor(nextRandom(spec) * spec.statuses.length)]!
    return { status, refusal: spec.refusal }
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
    this.sigFault.clear()
    this.omitKey.clear()
    this.replay.clear()
    this.hostile.clear()
    this.endless.clear()
    this.random.clear()
    this.behaviour.clear()
    this.overcharge.clear()
  }

  /** Current knob state, for debugging. */
  describe(): Record<string, unknown> {
    return {
      tamperNextSignature: [...this.tamper],
      failNext: Object.fromEntries(this.fail),
      latency: Object.fromEntries(this.latency),
      cutNextStream: [...this.cut],
      badQuote: Object.fromEntries(this.badQuote),
      signatureFault: Object.fromEntries(this.sigFault),
      omitNextResKey: [...this.omitKey],
      replayNextSignature: [...this.replay],
      hostileNextOutput: Object.fromEntries(this.hostile),
      endlessNextStream: [...this.endless],
      providerBehaviour: Object.fromEntries(this.behaviour),
      overcharge: Object.fromEntries([...this.overcharge].map(([k, v]) => [k, v.toString()])),
      randomErrors: Object.fromEntries(
        [...this.random].map(([k, v]) => [
          k,
          { rate: v.rate, statuses: v.statuses, refusal: v.refusal },
        ]),
      ),
    }
  }
}

function takeFromSet(set: Set<string>, slug: string): boolean {
  for (const key of [slug, ALL]) {
    if (set.delete(key)) return true
  }
  return false
}

/** mulberry32: a tiny seeded PRNG in [0, 1). */
function nextRandom(spec: RandomErrors): number {
  spec.state = (spec.state + 0x6d2b79f5) >>> 0
  let t = spec.state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
