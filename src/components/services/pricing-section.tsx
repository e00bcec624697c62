import { CopyButton } from '@/components/ui/copy-button'
import type { Service } from '@/contracts/service'
import { useModelPrices } from '@/hooks/services/use-model-prices'
import { billingOf, isMultiModel, priceDenominationOf } from '@/lib/protocol/billing'
import { parseCacheTokenBilling } from '@/lib/protocol/pricing'
import { priceDisplay, type PriceDisplay } from '@/lib/catalog/price-text'
import { tierRows } from '@/lib/catalog/tiers'
import { CostEstimator } from './cost-estimator'
import { ModelPricesTable } from './model-prices-table'
import { PriceAmount, USD_TITLE } from './price-amount'

/** One price: compact, with its exact value on hover, and a copy button when they differ. */
function PriceFact({ term, price }: { term: string; price: PriceDisplay }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted">{term}</dt>
      <dd className="tabular-nums [overflow-wrap:anywhere]">
        <PriceAmount price={price} />
      </dd>
      {price.text !== price.exact ? (
        <div className="mt-1">
          <CopyButton text={price.exact} what={`exact ${term.toLowerCase()}`} />
        </div>
      ) : null}
    </div>
  )
}

/**
 * Exact prices, the tier table of tiered services, the cached-input price of cache-billed ones,
 * the per-model prices of a multi-model service (fetched from the provider) and the cost estimator.
 */
export function PricingSection({ service }: { service: Service }) {
  const billing = billingOf(service)
  const tiers = tierRows(service)
  const multi = isMultiModel(service)
  const usd = priceDenominationOf(service) === 'USD'
  const cache = billing.input === 'token' ? parseCacheTokenBilling(service.additionalInfo) : null
  const modelPrices = useModelPrices(service)
  const ceiling = multi ? ', ceiling' : ''
  return (
    <div className="flex flex-col gap-4">
      {multi ? (
        <p className="text-sm">
          Multi-model service: one provider serving several models, each at its own prices. The
          prices on chain, and the catalog&apos;s &ldquo;up to&rdquo; prices, are the ceiling (the
          highest over its models); each request is billed at the prices of the model it names.
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 text-sm sm:max-w-lg">
        <PriceFact
          term={`Input price${ceiling}`}
          price={priceDisplay(service.inputPrice, billing.input)}
        />
        <PriceFact
          term={`Output price${ceiling}`}
          price={priceDisplay(service.outputPrice, billing.output)}
        />
        {cache ? (
          <PriceFact
            term="Cached input price"
            price={priceDisplay(service.inputPrice, billing.input, { num: 1n, den: cache.divisor })}
          />
        ) : null}
      </dl>
      {cache ? (
        <p className="text-sm text-muted">
          Cache discount: input tokens the provider serves from its prompt cache cost 1/
          {cache.divisor.toString()} of the input price
          {cache.write
            ? `; tokens written to the cache cost ${cache.write.num.toString()}/${cache.write.den.toString()} of it`
            : ''}
          . The estimator below takes the cached tokens you expect.
        </p>
      ) : null}
      {usd ? (
        <p className="text-sm text-muted" data-testid="usd-note">
          USD-priced: {USD_TITLE} This app uses no exchange rate of its own.
        </p>
      ) : null}
      {tiers ? (
        <table aria-label="Price tiers" className="w-full max-w-2xl text-sm">
          <caption className="mb-1 text-left text-xs text-muted">
            Tiered pricing: the tier is chosen by the request&apos;s input tokens.
          </caption>
          <thead className="text-xs text-muted">
            <tr>
              <th scope="col" className="py-1 text-left font-medium">
                Input tokens
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Input
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Output
              </th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((t) => (
              <tr key={t.range} className="border-t border-border">
                <th scope="row" className="py-1 text-left font-normal">
                  {t.range}
                </th>
                <td className="py-1 text-right tabular-nums">
                  <PriceAmount price={t.input} />
                </td>
                <td className="py-1 text-right tabular-nums">
                  <PriceAmount price={t.output} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {multi ? <ModelPricesTable service={service} query={modelPrices} /> : null}
      <CostEstimator service={service} />
    </div>
  )
}
