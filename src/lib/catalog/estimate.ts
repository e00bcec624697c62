/** The cost estimator: the exact fee of one request of a given size, through the protocol's fee math. */
// Relative (not @/): bench/catalog-filter.bench.ts runs this through plain tsx, without the alias.
import { feeFor, parseTiers, tierFor, type PricedService, type Ratio } from '../protocol/pricing'
import { billingOf } from './billing'

export interface EstimateInput {
  inputTokens: bigint
  outputTokens: bigint
  images: bigint
  seconds: bigint
}

/**
 * The typical request, defined once: a chat message of 1,000 input and 500 output tokens, one
 * image, one minute of audio. The estimator starts from it, the compare page prices it and the
 * catalog sorts by the prices it pays (`typicalPrices`).
 */
export const DEFAULT_ESTIMATE: EstimateInput = {
  inputTokens: 1000n,
  outputTokens: 500n,
  images: 1n,
  seconds: 60n,
}

/** The fee in neuron for one request of this size on this service (tiers applied). */
export function estimateFee(service: PricedService, input: EstimateInput): bigint {
  const billing = billingOf(service)
  if (billing.output === 'image') return feeFor(service, { kind: 'images', count: input.images })
  if (billing.input === 'second') {
    return feeFor(service, { kind: 'duration', milliseconds: input.seconds * 1000n })
  }
  return feeFor(service, {
    kind: 'tokens',
    inputTokens: input.inputTokens,
    outputTokens: input.outputTokens,
  })
}

/** Neuron per billed unit (token, image or second) that the typical request pays per price. */
export interface TypicalPrices {
  input: Ratio
  output: Ratio
}

/**
 * The prices a typical request (`DEFAULT_ESTIMATE`) pays: the on-chain prices times the multipliers
 * of the tier that its 1,000 input tokens hit. Tiers apply to token prices only, as in `feeFor`;
 * image and per-second prices are their on-chain values. Exact ratios, no rounding.
 */
export function typicalPrices(service: PricedService): TypicalPrices {
  const billing = billingOf(service)
  const tier =
    billing.input === 'token'
      ? tierFor(parseTiers(service.additionalInfo), DEFAULT_ESTIMATE.inputTokens)
      : null
  const times = (price: bigint, r: Ratio | undefined): Ratio =>
    r ? { num: price * r.num, den: r.den } : { num: price, den: 1n }
  return {
    input: times(service.inputPrice, tier?.input),
    output: times(service.outputPrice, tier?.output),
  }
}

/** Parses a whole non-negative count typed by the user ("1,000" allowed); null when invalid. */
export function parseCount(text: string, max = 10n ** 12n): bigint | null {
  const clean = text.replace(/[,_\s]/g, '')
  if (!/^\d{1,15}$/.test(clean)) return null
  const n = BigInt(clean)
  return n <= max ? n : null
}
