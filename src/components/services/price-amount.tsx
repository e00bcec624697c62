import type { ClipboardEvent } from 'react'
import { Badge } from '@/components/ui/badge'
import type { Service } from '@/contracts/service'
import {
  billingOf,
  isMultiModel,
  priceDenominationOf,
  TYPICAL_REQUEST,
  type BilledService,
} from '@/lib/protocol/billing'
import { parseCacheTokenBilling } from '@/lib/protocol/pricing'
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

export const UP_TO_TITLE =
  'Multi-model service: this is the highest price over its models (the ceiling on chain); each request is billed at the prices of the model it names, listed on the service page.'

export const USD_TITLE =
  'The provider sets its prices in US dollars; its broker converts them to 0G at its own 0G/USD rate. The price shown is that 0G conversion as registered on chain, and fees are charged in 0G.'

/** "up to" (multi-model ceiling) and "USD-priced" marks of a price; nothing for other services. */
export function PriceMarks({ service }: { service: BilledService }) {
  const multi = isMultiModel(service)
  const usd = priceDenominationOf(service) === 'USD'
  if (!multi && !usd) return null
  return (
    <>
      {usd ? (
        <>
          <Badge tone="neutral" title={USD_TITLE}>
            USD-priced
          </Badge>{' '}
        </>
      ) : null}
      {multi ? (
        <span className="text-xs whitespace-nowrap text-muted" title={UP_TO_TITLE}>
          up to{' '}
        </span>
      ) : null}
    </>
  )
}

/**
 * The cached-input price of a service that bills prompt-cache hits lower
 * (`additionalInfo.cacheTokenBilling`): a "cache discount" mark and `inputPrice / divisor`.
 */
export function CacheDiscount({ service }: { service: Service }) {
  const cache = parseCacheTokenBilling(service.additionalInfo)
  const unit = billingOf(service).input
  if (!cache || unit !== 'token') return null
  const price = priceDisplay(service.inputPrice, unit, { num: 1n, den: cache.divisor })
  return (
    <span className="mt-1 block text-xs text-muted">
      <Badge
        tone="success"
        title={`Input tokens served from the provider's prompt cache cost 1/${cache.divisor.toString()} of the input price.`}
      >
        cache discount
      </Badge>{' '}
      <span className="whitespace-nowrap">cached:</span> <PriceAmount price={price} />
    </span>
  )
}

/**
 * A service's input or output price as the catalog shows it: the compact price, or for a tiered
 * price a "tiered" mark and the range its tiers charge (lowest → highest); "up to" for the ceiling
 * of a multi-model service, a "USD-priced" mark for a USD-denominated one, and the cached-input
 * price of a cache-billed one.
 */
export function ServicePrice({ service, which }: { service: Service; which: 'input' | 'output' }) {
  const range = tierPriceRange(service, which)
  const cache = which === 'input' ? <CacheDiscount service={service} /> : null
  if (!range) {
    const unit = billingOf(service)[which]
    const price = which === 'input' ? service.inputPrice : service.outputPrice
    const shown = priceDisplay(price, unit)
    return (
      <span>
        {shown.unit ? <PriceMarks service={service} /> : null}
        <PriceAmount price={shown} />
        {cache}
      </span>
    )
  }
  const same = range.low.exact === range.high.exact
  return (
    <span>
      <PriceMarks service={service} />
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
      {cache}
    </span>
  )
}
