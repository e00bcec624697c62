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
  })
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
