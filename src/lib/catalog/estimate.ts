/** The cost estimator: the exact fee of one request of a given size, through the protocol's fee math. */
import { feeFor, type PricedService } from '@/lib/protocol/pricing'
import { billingOf } from './billing'

export interface EstimateInput {
  inputTokens: bigint
  outputTokens: bigint
  images: bigint
  seconds: bigint
}

/** Default request sizes: a typical chat message, one image, one minute of audio. */
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

/** Parses a whole non-negative count typed by the user ("1,000" allowed); null when invalid. */
export function parseCount(text: string, max = 10n ** 12n): bigint | null {
  const clean = text.replace(/[,_\s]/g, '')
  if (!/^\d{1,15}$/.test(clean)) return null
  const n = BigInt(clean)
  return n <= max ? n : null
}
