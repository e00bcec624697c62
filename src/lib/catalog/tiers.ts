/** Tier tables of tiered services (`additionalInfo.tieredPricing`), with exact effective prices. */
import { parseTiers, type PriceTier } from '@/lib/protocol/pricing'
import { billingOf, type BilledService } from './billing'
import { priceText } from './price-text'

export interface TierRow {
  /** "≤ 256,000", "256,001 – 1,000,000", "> 256,000" input tokens. */
  range: string
  /** Lowest and highest input-token counts in this tier (null = unbounded). */
  from: bigint
  to: bigint | null
  input: string
  output: string
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
      input: priceText(service.inputPrice, billing.input, tier.input),
      output: priceText(service.outputPrice, billing.output, tier.output),
    })
    if (to === null) break
    from = to + 1n
  }
  return rows
}
