/**
 * "Spendable now" per provider and what it buys, exact in neuron. A provider admits a request only
 * while balance − pendingRefund ≥ unsettled + fee + 1 0G (docs/protocol.md §5), so the 1 0G
 * reserve is never spendable.
 */
import { MIN_PROVIDER_BALANCE } from '../amount-rules'
import { estimateFee, TYPICAL_REQUEST, typicalUnit, type TypicalUnit } from '../protocol/billing'
import type { PricedService } from '../protocol/pricing'

/** The 1 0G a provider keeps locked (admission rule). */
export const PROVIDER_RESERVE = MIN_PROVIDER_BALANCE

export type { TypicalUnit as UsageUnit } from '../protocol/billing'
export type { PricedService } from '../protocol/pricing'

/** balance − pendingRefund − unsettled − 1 0G, floored at 0. */
export function spendableNow(balance: bigint, pendingRefund: bigint, unsettled: bigint): bigint {
  const left = balance - pendingRefund - unsettled - PROVIDER_RESERVE
  return left > 0n ? left : 0n
}

/**
 * What a service is used in (message, image, minute, transcription) and the exact fee of one
 * typical request, tiers applied: the same `estimateFee(TYPICAL_REQUEST)` the service page shows.
 */
export function unitCost(s: PricedService): { unit: TypicalUnit; cost: bigint } {
  return { unit: typicalUnit(s), cost: estimateFee(s, TYPICAL_REQUEST) }
}

/** Whole units `amount` pays for; null when the service charges nothing. */
export function unitsFor(amount: bigint, cost: bigint): bigint | null {
  return cost > 0n ? amount / cost : null
}

/** "1,234 messages", "1 image", "unlimited (free)". */
export function unitsLabel(units: bigint | null, unit: TypicalUnit): string {
  if (units === null) return 'no charge'
  const n = units.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${n} ${unit}${units === 1n ? '' : 's'}`
}
