/**
 * Fee arithmetic of the 0G provider protocol, in exact bigint neuron (1 0G = 10^18 neuron).
 * Prices on chain are neuron per token (chat, speech), per image (`outputPrice` of image services),
 * or per second of audio for duration-billed speech (`inputPrice`). Tier multipliers come from
 * `additionalInfo.tieredPricing.tiers` (maxInputTokens 0 = no upper bound), the cached-token
 * discount from `additionalInfo.cacheTokenBilling`. The rounding follows the live broker
 * (`api/inference/internal/ctrl/chatbot.go`, `speech_to_text.go`; docs/protocol.md §8).
 */

export type ServiceType = 'chatbot' | 'text-to-image' | 'image-editing' | 'speech-to-text'

export const SERVICE_TYPES: readonly ServiceType[] = [
  'chatbot',
  'text-to-image',
  'image-editing',
  'speech-to-text',
]

export function isServiceType(v: string): v is ServiceType {
  return (SERVICE_TYPES as readonly string[]).includes(v)
}

/** An exact non-negative rational number. */
export interface Ratio {
  num: bigint
  den: bigint
}

export interface PriceTier {
  /** Upper bound of input tokens for this tier; null = unbounded. */
  maxInputTokens: bigint | null
  input: Ratio
  output: Ratio
}

/**
 * Parses a JSON number (or numeric string) into an exact ratio, e.g. 1.5 → 15/10, 2e-3 → 2/1000.
 * Returns null for negative, non-finite or malformed values.
 */
export function toRatio(value: unknown, denominator?: unknown): Ratio | null {
  const base = decimalRatio(value)
  if (!base) return null
  if (denominator === undefined || denominator === null) return base
  const d = decimalRatio(denominator)
  if (!d || d.num === 0n) return base // SDK: a missing or non-positive denominator means 1
  return { num: base.num * d.den, den: base.den * d.num }
}

function decimalRatio(value: unknown): Ratio | null {
  let s: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null
    s = String(value)
  } else if (typeof value === 'string') {
    s = value.trim()
  } else return null
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(s)
  if (!m) return null
  const intPart = m[1]!
  const frac = m[2] ?? ''
  const exp = Number(m[3] ?? '0')
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null
  let num = BigInt(intPart + frac)
  let den = 10n ** BigInt(frac.length)
  if (exp > 0) num *= 10n ** BigInt(exp)
  if (exp < 0) den *= 10n ** BigInt(-exp)
  return { num, den }
}

/** Reads `tieredPricing.tiers` from a service's additionalInfo; null when absent or invalid. */
export function parseTiers(additionalInfo: string): PriceTier[] | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(additionalInfo)
  } catch {
    return null
  }
  const tiers = (parsed as { tieredPricing?: { tiers?: unknown } } | null)?.tieredPricing?.tiers
  if (!Array.isArray(tiers)) return null
  const out: PriceTier[] = []
  for (const t of tiers as unknown[]) {
    if (typeof t !== 'object' || t === null) continue
    const r = t as Record<string, unknown>
    if (typeof r.maxInputTokens !== 'number' || !Number.isSafeInteger(r.maxInputTokens)) continue
    if (r.maxInputTokens < 0) continue
    const input = toRatio(r.inputMultiplier, r.inputMultiplierDenominator)
    const output = toRatio(r.outputMultiplier, r.outputMultiplierDenominator)
    if (!input || !output) continue
    out.push({
      maxInputTokens: r.maxInputTokens === 0 ? null : BigInt(r.maxInputTokens),
      input,
      output,
    })
  }
  if (out.length === 0) return null
  // Bounded tiers ascending, the unbounded tier last.
  return out.sort((a, b) => {
    if (a.maxInputTokens === null) return b.maxInputTokens === null ? 0 : 1
    if (b.maxInputTokens === null) return -1
    return a.maxInputTokens < b.maxInputTokens ? -1 : a.maxInputTokens > b.maxInputTokens ? 1 : 0
  })
}

/** The tier that applies to a request with `inputTokens` input tokens (the last tier past every bound). */
export function tierFor(tiers: PriceTier[] | null, inputTokens: bigint): PriceTier | null {
  if (!tiers || tiers.length === 0) return null
  for (const t of tiers) if (t.maxInputTokens === null || inputTokens <= t.maxInputTokens) return t
  return tiers[tiers.length - 1]!
}

export interface PricedService {
  serviceType: string
  inputPrice: bigint
  outputPrice: bigint
  additionalInfo: string
}

/**
 * One request's metered usage. `cachedTokens` (usage.prompt_tokens_details.cached_tokens) and
 * `cacheWriteTokens` (prompt_tokens_details.cache_write_tokens, or usage.cache_write_tokens) are
 * subsets of `inputTokens`; they only change the fee when the service publishes
 * `cacheTokenBilling`.
 */
export type Usage =
  | {
      kind: 'tokens'
      inputTokens: bigint
      outputTokens: bigint
      cachedTokens?: bigint
      cacheWriteTokens?: bigint
    }
  | { kind: 'images'; count: bigint }
  | { kind: 'duration'; milliseconds: bigint }

/** `additionalInfo.cacheTokenBilling` as the broker publishes it (`buildAdditionalInfo`). */
export interface CacheTokenBilling {
  /** cached (cache-read) prompt tokens cost `inputPrice / divisor` */
  divisor: bigint
  /** cache-write premium `inputPrice × num / den`, when published */
  write: Ratio | null
}

/** Reads `cacheTokenBilling` from a service's additionalInfo; null when absent or invalid. */
export function parseCacheTokenBilling(additionalInfo: string): CacheTokenBilling | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(additionalInfo)
  } catch {
    return null
  }
  const c = (parsed as { cacheTokenBilling?: unknown } | null)?.cacheTokenBilling
  if (typeof c !== 'object' || c === null) return null
  const r = c as Record<string, unknown>
  if (typeof r.divisor !== 'number' || !Number.isSafeInteger(r.divisor) || r.divisor < 1)
    return null
  const num = r.writeMultiplierNumerator
  const den = r.writeMultiplierDenominator
  const write =
    typeof num === 'number' &&
    typeof den === 'number' &&
    Number.isSafeInteger(num) &&
    Number.isSafeInteger(den) &&
    num > 0 &&
    den > 0
      ? { num: BigInt(num), den: BigInt(den) }
      : null
  return { divisor: BigInt(r.divisor), write }
}

/** Broker `applyTierMultiplier`: the per-token price times the tier ratio, rounded down first. */
function tierPrice(price: bigint, r: Ratio | undefined): bigint {
  return r ? (price * r.num) / r.den : price
}

/** Broker `billableSeconds`: the nearest whole second, at least 1 for any positive duration. */
export function billableSeconds(milliseconds: bigint): bigint {
  if (milliseconds <= 0n) return 0n
  const rounded = (milliseconds + 500n) / 1000n
  return rounded < 1n ? 1n : rounded
}

/**
 * The fee in neuron for one request's usage, as the live broker meters it (docs/protocol.md §8):
 *
 * - tokens: the tier's per-token prices first, `floor(price × num / den)`; then cached prompt
 *   tokens at `floor(inputPrice × cached / divisor)`, cache-write tokens at
 *   `floor(inputPrice × writes × num / den)` and the rest at `inputPrice` each, plus
 *   `outputTokens × outputPrice` (cached and write counts are clamped to the prompt tokens);
 * - images: `count × outputPrice`;
 * - duration: `max(round(seconds), 1) × inputPrice`.
 */
export function feeFor(service: PricedService, usage: Usage): bigint {
  switch (usage.kind) {
    case 'tokens': {
      const tier = tierFor(parseTiers(service.additionalInfo), usage.inputTokens)
      const inputPrice = tierPrice(service.inputPrice, tier?.input)
      const outputPrice = tierPrice(service.outputPrice, tier?.output)
      const output = usage.outputTokens * outputPrice
      const cache = parseCacheTokenBilling(service.additionalInfo)
      if (!cache) return usage.inputTokens * inputPrice + output
      const clamp = (n: bigint | undefined, max: bigint): bigint =>
        !n || n < 0n ? 0n : n > max ? max : n
      const cached = clamp(usage.cachedTokens, usage.inputTokens)
      const writes = cache.write ? clamp(usage.cacheWriteTokens, usage.inputTokens - cached) : 0n
      const full = usage.inputTokens - cached - writes
      let input = full * inputPrice
      if (cached > 0n) input += (inputPrice * cached) / cache.divisor
      if (writes > 0n && cache.write)
        input += (inputPrice * writes * cache.write.num) / cache.write.den
      return input + output
    }
    case 'images':
      return usage.count * service.outputPrice
    case 'duration':
      return billableSeconds(usage.milliseconds) * service.inputPrice
  }
}
