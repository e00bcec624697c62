/**
 * "Spendable now" per provider and what it buys, exact in neuron. A provider admits a request only
 * while balance − pendingRefund ≥ unsettled + fee + 1 0G (docs/protocol.md §5), so the 1 0G
 * reserve is never spendable.
 */
import { MIN_PROVIDER_BALANCE } from '../amount-rules'

/** The 1 0G a provider keeps locked (admission rule). */
export const PROVIDER_RESERVE = MIN_PROVIDER_BALANCE

/** A typical chat message for estimates: 1,000 tokens in, 500 out. */
export const TYPICAL_MESSAGE = { inputTokens: 1000n, outputTokens: 500n } as const
/** A minute of audio for estimates: 60 s billed per second of input, ~150 transcript tokens. */
export const TYPICAL_MINUTE = { seconds: 60n, outputTokens: 150n } as const

export type UsageUnit = 'message' | 'image' | 'minute'

export interface PricedService {
  serviceType: string
  inputPrice: bigint
  outputPrice: bigint
}

/** balance − pendingRefund − unsettled − 1 0G, floored at 0. */
export function spendableNow(balance: bigint, pendingRefund: bigint, unsettled: bigint): bigint {
  const left = balance - pendingRefund - unsettled - PROVIDER_RESERVE
  return left > 0n ? left : 0n
}

/** The unit a service is used in and its estimated cost in neuron (see the TYPICAL_* constants). */
export function unitCost(s: PricedService): { unit: UsageUnit; cost: bigint } {
  if (s.serviceType === 'text-to-image' || s.serviceType === 'image-editing') {
    return { unit: 'image', cost: s.outputPrice }
  }
  if (s.serviceType === 'speech-to-text') {
    return {
      unit: 'minute',
      cost: s.inputPrice * TYPICAL_MINUTE.seconds + s.outputPrice * TYPICAL_MINUTE.outputTokens,
    }
  }
  return {
    unit: 'message',
    cost: s.inputPrice * TYPICAL_MESSAGE.inputTokens + s.outputPrice * TYPICAL_MESSAGE.outputTokens,
  }
}

/** Whole units `amount` pays for; null when the service charges nothing. */
export function unitsFor(amount: bigint, cost: bigint): bigint | null {
  return cost > 0n ? amount / cost : null
}

/** "1,234 messages", "1 image", "unlimited (free)". */
export function unitsLabel(units: bigint | null, unit: UsageUnit): string {
  if (units === null) return 'no charge'
  const n = units.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${n} ${unit}${units === 1n ? '' : 's'}`
}
