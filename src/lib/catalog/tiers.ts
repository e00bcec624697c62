/** Tier tables of tiered services (`additionalInfo.tieredPricing`), with exact effective prices. */
import { parseTiers, type PriceTier, type Ratio } from '@/lib/protocol/pricing'
import { billingOf, type BilledService } from '../protocol/billing'
import {
  priceDisplay,
  unitAmountText,
  unitSuffix,
  type AmountText,
  type PriceDisplay,
} from './price-text'

export interface TierRow {
  /** "≤ 256,000", "256,001 – 1,000,000", "> 256,000" input tokens. */
  range: string
  /** Lowest and highest input-token counts in this tier (null = unbounded). */
  from: bigint
  to: bigint | null
  input: PriceDisplay
  output: PriceDisplay
}

const group = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function rangeText(from: bigint, to: bigint | null): string {
  if (to === null) return from === 0n ? 'any' : `≥ ${group(from)}`
  if (from === 0n) return `≤ ${group(to)}`
  return `${group(from)} – ${group(to)}`
}

/** One row per tier for a service with tiered pricing; null when it has none. */
export function tierRows(
  service: BilledService & { inputPrice: bigint; outputPrice: bigint },
): TierRow[] | null {
  const tiers: PriceTier[] | null = parseTiers(service.additionalInfo)
  if (!tiers) return null
  const billing = billingOf(service)
  let from = 0n
  const rows: TierRow[] = []
  for (const tier of tiers) {
    const to = tier.maxInputTokens
    if (to !== null && to < from) continue // a duplicate bound: tierFor never picks it
    rows.push({
      range: rangeText(from, to),
      from,
      to,
      input: priceDisplay(service.inputPrice, billing.input, tier.input),
      output: priceDisplay(service.outputPrice, billing.output, tier.output),
    })
    if (to === null) break
    from = to + 1n
  }
  return rows
}

/** The lowest and highest effective price of one of a service's prices across its tiers. */
export interface TierRange {
  low: AmountText
  high: AmountText
  /** "0G / 1M tokens". */
  unit: string
}

const below = (a: Ratio, b: Ratio): boolean => a.num * b.den < b.num * a.den

/**
 * What the tiers of a tiered service charge for its input or output price, lowest → highest per
 * display unit. Every request is billed at some tier (the base price is always multiplied), so this
 * is the whole range a request can pay. Null without valid tiers, for a zero price, or for a price
 * the protocol does not apply tiers to (only token prices are tiered; see `feeFor`).
 */
export function tierPriceRange(
  service: BilledService & { inputPrice: bigint; outputPrice: bigint },
  which: 'input' | 'output',
): TierRange | null {
  const unit = billingOf(service)[which]
  const price = which === 'input' ? service.inputPrice : service.outputPrice
  if (unit !== 'token' || price === 0n) return null
  const tiers = parseTiers(service.additionalInfo)
  if (!tiers) return null
  let low = tiers[0]![which]
  let high = low
  for (const t of tiers) {
    if (below(t[which], low)) low = t[which]
    if (below(high, t[which])) high = t[which]
  }
  return {
    low: unitAmountText(price, unit, low),
    high: unitAmountText(price, unit, high),
    unit: unitSuffix(unit),
  }
}
