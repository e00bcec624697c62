/**
 * Billing of a service, in one place: what each on-chain price is billed per, the typical request
 * every estimate starts from, and the fee of a request of a given size (through `feeFor`, the fee
 * the provider meters; docs/protocol.md §7). The catalog estimator and sort, the compare page, the
 * Account planner, the playground's cost hints and the devnet's metering all go through here or
 * `feeFor`, so they cannot disagree on the same service.
 *
 * Relative imports only: bench/catalog-filter.bench.ts runs this through plain tsx, without `@/`.
 */
import { feeFor, parseTiers, tierFor, type PricedService, type Ratio } from './pricing'

const IMAGE_TYPES: ReadonlySet<string> = new Set(['text-to-image', 'image-editing'])

/** True for services that bill `outputPrice` per image (text-to-image, image editing). */
export function isImageService(serviceType: string): boolean {
  return IMAGE_TYPES.has(serviceType)
}

export type BillingUnit = 'token' | 'image' | 'second'

export interface Billing {
  /** Unit of `inputPrice`, or null when the input price is not used. */
  input: BillingUnit | null
  /** Unit of `outputPrice`, or null when the output price is not used. */
  output: BillingUnit | null
}

export interface BilledService {
  serviceType: string
  additionalInfo: string
}

/**
 * True when a speech-to-text service is known to bill audio seconds before any response says so.
 * The live broker decides per response, from the usage it gets back (`isDurationUsage` in
 * `speech_to_text.go`: `type: "duration"`, or `seconds` without `type: "tokens"`), and publishes
 * no unit on chain; `priceDenomination` (`NATIVE` | `USD`) names a currency, not a unit. So only an
 * explicit `additionalInfo.billingUnit: "second"` (the devnet's per-second services; the broker's
 * planned `BillingUnit` field) makes the catalog price a speech service per second. A response's
 * usage is billed by its own shape either way (`feeFor` with `kind: 'duration'`).
 */
export function isDurationBilled(service: BilledService): boolean {
  if (service.serviceType !== 'speech-to-text') return false
  try {
    const info: unknown = JSON.parse(service.additionalInfo)
    const unit = (info as { billingUnit?: unknown } | null)?.billingUnit
    return typeof unit === 'string' && /^seconds?$/i.test(unit.trim())
  } catch {
    return false
  }
}

/** The billing units of a service's two prices. */
export function billingOf(service: BilledService): Billing {
  if (isImageService(service.serviceType)) return { input: null, output: 'image' }
  if (isDurationBilled(service)) return { input: 'second', output: null }
  return { input: 'token', output: 'token' }
}

/** The size of one request, in every unit a service may bill. */
export interface RequestSize {
  inputTokens: bigint
  outputTokens: bigint
  images: bigint
  seconds: bigint
  /**
   * Input tokens served from the provider's prompt cache (a subset of `inputTokens`); they cost
   * less only on a service that publishes `cacheTokenBilling` (`feeFor`'s rule). Default 0.
   */
  cachedTokens?: bigint
}

/**
 * The typical request, defined once: a chat message of 1,000 input and 500 output tokens, one
 * image, one minute of audio (a token-billed transcription counts the same 1,000 / 500 tokens).
 * The estimator starts from it, the compare page prices it, the catalog sorts by the prices it
 * pays and the Account planner counts "messages / images / minutes" of it.
 */
export const TYPICAL_REQUEST: RequestSize = {
  inputTokens: 1000n,
  outputTokens: 500n,
  images: 1n,
  seconds: 60n,
}

/** The fee in neuron for one request of this size on this service (tiers applied, as metered). */
export function estimateFee(service: PricedService, size: RequestSize): bigint {
  const billing = billingOf(service)
  if (billing.output === 'image') return feeFor(service, { kind: 'images', count: size.images })
  if (billing.input === 'second') {
    return feeFor(service, { kind: 'duration', milliseconds: size.seconds * 1000n })
  }
  return feeFor(service, {
    kind: 'tokens',
    inputTokens: size.inputTokens,
    outputTokens: size.outputTokens,
    ...(size.cachedTokens ? { cachedTokens: size.cachedTokens } : {}),
  })
}

/**
 * The currency a provider prices in, from `additionalInfo.priceDenomination` (the broker publishes
 * it beside `MultiModel`): `USD` means the provider set its prices in US dollars and its broker
 * converts them to neuron at its own 0G/USD rate (the on-chain prices are that conversion); `NATIVE`
 * or no key means neuron. Anything else is ignored (null).
 */
export function priceDenominationOf(service: BilledService): 'USD' | 'NATIVE' | null {
  try {
    const info: unknown = JSON.parse(service.additionalInfo)
    const d = (info as { priceDenomination?: unknown } | null)?.priceDenomination
    if (typeof d !== 'string') return null
    const v = d.trim().toUpperCase()
    return v === 'USD' || v === 'NATIVE' ? v : null
  } catch {
    return null
  }
}

/** What one typical request of a service is called when counting them. */
export type TypicalUnit = 'message' | 'image' | 'minute' | 'transcription'

/** The name of a service's typical request: a chat message, an image, a minute of audio… */
export function typicalUnit(service: BilledService): TypicalUnit {
  const billing = billingOf(service)
  if (billing.output === 'image') return 'image'
  if (billing.input === 'second') return 'minute'
  return service.serviceType === 'speech-to-text' ? 'transcription' : 'message'
}

/** Neuron per billed unit (token, image or second) that the typical request pays per price. */
export interface TypicalPrices {
  input: Ratio
  output: Ratio
}

/**
 * The prices a typical request pays: the on-chain prices times the multipliers of the tier that its
 * 1,000 input tokens hit. Tiers apply to token prices only, as in `feeFor`; image and per-second
 * prices are their on-chain values. Exact ratios, no rounding.
 */
export function typicalPrices(service: PricedService): TypicalPrices {
  const billing = billingOf(service)
  const tier =
    billing.input === 'token'
      ? tierFor(parseTiers(service.additionalInfo), TYPICAL_REQUEST.inputTokens)
      : null
  const times = (price: bigint, r: Ratio | undefined): Ratio =>
    r ? { num: price * r.num, den: r.den } : { num: price, den: 1n }
  return {
    input: times(service.inputPrice, tier?.input),
    output: times(service.outputPrice, tier?.output),
  }
}

/**
 * Multi-model forwarders (docs/protocol.md §8). A centralized or standard broker configured with
 * per-model prices (`modelPricing`) publishes on chain only `additionalInfo.MultiModel: true` and
 * `priceDenomination`; its on-chain `inputPrice` / `outputPrice` are the highest tier-adjusted
 * prices over its models (a ceiling), and each request is billed at the prices of the model it
 * names (the service's `model` when it names none). The per-model prices are published off chain
 * in `GET {url}/v1/models`: one object per model, `pricing.prompt` / `pricing.completion` in
 * neuron per token, with that model's `tiered_pricing` and `cache_token_billing` (the broker's
 * `handler/models.go` `GetModels`, `ctrl` `GetBillingPrices`).
 */
export function isMultiModel(service: BilledService): boolean {
  try {
    const info: unknown = JSON.parse(service.additionalInfo)
    return (info as { MultiModel?: unknown } | null)?.MultiModel === true
  } catch {
    return false
  }
}

/** One model's prices as `GET /v1/models` publishes them. */
export interface ModelPrice {
  model: string
  /** neuron per prompt token */
  inputPrice: bigint
  /** neuron per completion token */
  outputPrice: bigint
  /** the model's tiers in the on-chain `tieredPricing.tiers` shape, or null for none */
  tiers: readonly Record<string, number>[] | null
  /** the model's cache discount in the on-chain `cacheTokenBilling` shape, or null for none */
  cacheTokenBilling: Record<string, number> | null
}

const wholeNeuron = (v: unknown): bigint | null =>
  typeof v === 'string' && /^\d{1,78}$/.test(v) ? BigInt(v) : null

const safeInt = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null

/**
 * The per-model prices of a `GET /v1/models` body. Models without numeric `pricing.prompt` and
 * `pricing.completion` (image, video or USD-only entries) are skipped; anything else malformed
 * yields an empty list.
 */
export function parseModelPrices(body: unknown): ModelPrice[] {
  const data = (body as { data?: unknown } | null)?.data
  if (!Array.isArray(data)) return []
  const out: ModelPrice[] = []
  for (const item of data as unknown[]) {
    const o = (item ?? {}) as { id?: unknown; pricing?: unknown }
    const p = (o.pricing ?? {}) as Record<string, unknown>
    const inputPrice = wholeNeuron(p.prompt)
    const outputPrice = wholeNeuron(p.completion)
    if (typeof o.id !== 'string' || inputPrice === null || outputPrice === null) continue
    let tiers: Record<string, number>[] | null = null
    if (Array.isArray(p.tiered_pricing)) {
      tiers = []
      for (const t of p.tiered_pricing as unknown[]) {
        const r = (t ?? {}) as Record<string, unknown>
        const max = safeInt(r.max_input_tokens)
        const inMul = safeInt(r.input_multiplier)
        const outMul = safeInt(r.output_multiplier)
        if (max === null || inMul === null || outMul === null) continue
        tiers.push({ maxInputTokens: max, inputMultiplier: inMul, outputMultiplier: outMul })
      }
      if (tiers.length === 0) tiers = null
    }
    let cacheTokenBilling: Record<string, number> | null = null
    const c = p.cache_token_billing as Record<string, unknown> | undefined
    const divisor = safeInt(c?.divisor)
    if (divisor !== null && divisor >= 1) {
      cacheTokenBilling = { divisor }
      const num = safeInt(c?.write_multiplier_numerator)
      const den = safeInt(c?.write_multiplier_denominator)
      if (num && den) {
        cacheTokenBilling.writeMultiplierNumerator = num
        cacheTokenBilling.writeMultiplierDenominator = den
      }
    }
    out.push({ model: o.id, inputPrice, outputPrice, tiers, cacheTokenBilling })
  }
  return out
}

/** A service priced as one of its models: what the broker bills a request naming that model. */
export interface ModelPricedService extends PricedService {
  /** false when the model is not in the published list (the on-chain ceiling is used instead) */
  exact: boolean
}

/**
 * The service as the broker bills a request for `model` (null = the request names none, so the
 * service's own model): that model's prices, tiers and cache discount replace the on-chain
 * ceiling and the service-level ones. A service that is not multi-model, or a model missing from
 * `models`, keeps its on-chain prices (`exact: false` for the latter: an upper bound, e.g. a
 * wildcard-priced model the broker does not list).
 */
export function priceForModel(
  service: PricedService & { model?: string },
  models: readonly ModelPrice[],
  model: string | null,
): ModelPricedService {
  if (!isMultiModel(service)) return { ...service, exact: true }
  const wanted = model ?? service.model ?? null
  const m = wanted === null ? undefined : models.find((x) => x.model === wanted)
  if (!m) return { ...service, exact: false }
  let info: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(service.additionalInfo)
    if (typeof parsed === 'object' && parsed !== null) info = parsed as Record<string, unknown>
  } catch {
    // not JSON: nothing to keep beside the model's own pricing
  }
  const { tieredPricing: _t, cacheTokenBilling: _c, ...rest } = info
  return {
    serviceType: service.serviceType,
    inputPrice: m.inputPrice,
    outputPrice: m.outputPrice,
    additionalInfo: JSON.stringify({
      ...rest,
      ...(m.tiers ? { tieredPricing: { tiers: m.tiers } } : {}),
      ...(m.cacheTokenBilling ? { cacheTokenBilling: m.cacheTokenBilling } : {}),
    }),
    exact: true,
  }
}

/**
 * The on-chain ceiling of a multi-model service, as the broker registers it
 * (`MaxModelPricesNative`): per price, the highest model price times that model's highest tier
 * multiplier (integer multipliers, as the broker's ceiling uses).
 */
export function multiModelCeiling(models: readonly ModelPrice[]): {
  inputPrice: bigint
  outputPrice: bigint
} {
  let inputPrice = 0n
  let outputPrice = 0n
  for (const m of models) {
    let inMul = 1n
    let outMul = 1n
    for (const t of m.tiers ?? []) {
      if (BigInt(t.inputMultiplier ?? 1) > inMul) inMul = BigInt(t.inputMultiplier ?? 1)
      if (BigInt(t.outputMultiplier ?? 1) > outMul) outMul = BigInt(t.outputMultiplier ?? 1)
    }
    if (m.inputPrice * inMul > inputPrice) inputPrice = m.inputPrice * inMul
    if (m.outputPrice * outMul > outputPrice) outputPrice = m.outputPrice * outMul
  }
  return { inputPrice, outputPrice }
}
