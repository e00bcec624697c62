import type { Service } from '@/hooks/services/all-services-query'
import { billingOf } from '@/lib/catalog/billing'
import { priceText } from '@/lib/catalog/price-text'
import { tierRows } from '@/lib/catalog/tiers'
import { CostEstimator } from './cost-estimator'

/** Exact prices, the tier table of tiered services and the cost estimator. */
export function PricingSection({ service }: { service: Service }) {
  const billing = billingOf(service)
  const tiers = tierRows(service)
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:max-w-lg">
        <div>
          <dt className="text-muted">Input price</dt>
          <dd className="tabular-nums">{priceText(service.inputPrice, billing.input)}</dd>
        </div>
        <div>
          <dt className="text-muted">Output price</dt>
          <dd className="tabular-nums">{priceText(service.outputPrice, billing.output)}</dd>
        </div>
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
                <td className="py-1 text-right tabular-nums">{t.input}</td>
                <td className="py-1 text-right tabular-nums">{t.output}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <CostEstimator service={service} />
    </div>
  )
}
