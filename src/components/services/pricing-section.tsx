import { CopyButton } from '@/components/ui/copy-button'
import type { Service } from '@/contracts/service'
import { billingOf } from '@/lib/protocol/billing'
import { priceDisplay, type PriceDisplay } from '@/lib/catalog/price-text'
import { tierRows } from '@/lib/catalog/tiers'
import { CostEstimator } from './cost-estimator'
import { PriceAmount } from './price-amount'

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

/** Exact prices, the tier table of tiered services and the cost estimator. */
export function PricingSection({ service }: { service: Service }) {
  const billing = billingOf(service)
  const tiers = tierRows(service)
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:max-w-lg">
        <PriceFact term="Input price" price={priceDisplay(service.inputPrice, billing.input)} />
        <PriceFact term="Output price" price={priceDisplay(service.outputPrice, billing.output)} />
      </dl>
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
      <CostEstimator service={service} />
    </div>
  )
}
