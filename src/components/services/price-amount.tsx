import type { ClipboardEvent } from 'react'
import { Badge } from '@/components/ui/badge'
import type { Service } from '@/contracts/service'
import { billingOf, TYPICAL_REQUEST } from '@/lib/protocol/billing'
import { priceDisplay, type PriceDisplay } from '@/lib/catalog/price-text'
import { tierPriceRange } from '@/lib/catalog/tiers'

/** Copying any part of a compact amount copies its exact text instead. */
function copyExact(exact: string) {
  return (e: ClipboardEvent<HTMLElement>) => {
    e.clipboardData.setData('text/plain', exact)
    e.preventDefault()
  }
}

/**
 * A compact amount ("≈ 1.16 × 10⁶⁵", "3.2") with its exact value and unit on hover and on copy. The
 * amount and its unit may wrap onto two lines, never inside either.
 */
function Amount({
  text,
  exact,
  unit,
  showUnit = true,
}: {
  text: string
  exact: string
  unit: string
  showUnit?: boolean
}) {
  const full = `${exact} ${unit}`
  return (
    <span title={full} data-exact={full} onCopy={copyExact(full)}>
      <span className="whitespace-nowrap">{text}</span>
      {showUnit ? (
        <>
          {' '}
          <span className="whitespace-nowrap">{unit}</span>
        </>
      ) : null}
    </span>
  )
}

/** A price from `priceDisplay`, compact, exact on hover and copy; "–" for none. */
export function PriceAmount({ price }: { price: PriceDisplay }) {
  if (!price.unit) return <>{price.text}</>
  return (
    <span title={price.exact} data-exact={price.exact} onCopy={copyExact(price.exact)}>
      <span className="whitespace-nowrap">{price.amount}</span>{' '}
      <span className="whitespace-nowrap">{price.unit}</span>
    </span>
  )
}

/**
 * A service's input or output price as the catalog shows it: the compact price, or for a tiered
 * price a "tiered" mark and the range its tiers charge (lowest → highest).
 */
export function ServicePrice({ service, which }: { service: Service; which: 'input' | 'output' }) {
  const range = tierPriceRange(service, which)
  if (!range) {
    const unit = billingOf(service)[which]
    const price = which === 'input' ? service.inputPrice : service.outputPrice
    return <PriceAmount price={priceDisplay(price, unit)} />
  }
  const same = range.low.exact === range.high.exact
  return (
    <span>
      <Badge
        tone="neutral"
        title={`Tiered pricing: the tier is chosen by the request's input tokens; a typical request (${TYPICAL_REQUEST.inputTokens.toLocaleString('en')} input tokens) is sorted by the tier it hits.`}
      >
        tiered
      </Badge>{' '}
      <Amount {...range.low} unit={range.unit} showUnit={same} />
      {same ? null : (
        <>
          {' '}
          <span className="whitespace-nowrap">→</span> <Amount {...range.high} unit={range.unit} />
        </>
      )}
    </span>
  )
}
