import type { UseQueryResult } from '@tanstack/react-query'
import { ChainText } from '@/components/ui/chain-text'
import type { Service } from '@/contracts/service'
import type { ModelPriceList } from '@/hooks/services/use-model-prices'
import { priceDisplay } from '@/lib/catalog/price-text'
import { tierRows } from '@/lib/catalog/tiers'
import { usdPerMillionText } from '@/lib/catalog/usd-text'
import { priceForModel } from '@/lib/protocol/billing'
import { parseCacheTokenBilling } from '@/lib/protocol/pricing'
import { capText } from '@/lib/untrusted-text'
import { PriceAmount } from './price-amount'

/** The reason a `/v1/models` fetch failed, short and as plain text. */
export function modelPricesProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : 'unknown error'
  return capText(text, 200)
}

/** What the provider's silence means for the prices shown. */
export function CeilingFallbackNote({ error }: { error: unknown }) {
  return (
    <p role="status" className="text-sm text-warning">
      The provider did not answer with its per-model prices ({modelPricesProblem(error)}). Prices
      and estimates here use the on-chain ceiling: an upper bound, not what a given model costs.
    </p>
  )
}

/** One model's row: its prices, tiers, cache discount and, for USD providers, its USD prices. */
function ModelRow({
  service,
  list,
  model,
}: {
  service: Service
  list: ModelPriceList
  model: string
}) {
  const priced = priceForModel(service, list.models, model)
  const listed = list.models.some((m) => m.model === model)
  const tiers = listed ? tierRows(priced) : null
  const cache = listed ? parseCacheTokenBilling(priced.additionalInfo) : null
  const usd = list.usd.get(model)
  return (
    <tr className="border-t border-border align-top">
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        <ChainText value={model} max={120} wrap />
        {model === service.model ? (
          <span className="block text-xs text-muted">default (requests naming no model)</span>
        ) : null}
      </th>
      <td className="py-1 pr-3 text-right tabular-nums">
        {listed ? <PriceAmount price={priceDisplay(priced.inputPrice, 'token')} /> : '–'}
      </td>
      <td className="py-1 pr-3 text-right tabular-nums">
        {listed ? <PriceAmount price={priceDisplay(priced.outputPrice, 'token')} /> : '–'}
      </td>
      <td className="py-1 text-xs text-muted">
        <ul className="flex flex-col gap-0.5">
          {tiers
            ? tiers.map((t) => (
                <li key={t.range}>
                  {t.range} input tokens: <PriceAmount price={t.input} /> in,{' '}
                  <PriceAmount price={t.output} /> out
                </li>
              ))
            : null}
          {cache ? (
            <li>
              cache discount: cached input{' '}
              <PriceAmount
                price={priceDisplay(priced.inputPrice, 'token', { num: 1n, den: cache.divisor })}
              />{' '}
              (1/{cache.divisor.toString()})
            </li>
          ) : null}
          {usd ? (
            <li>
              USD: {usdPerMillionText(usd.prompt)} in, {usdPerMillionText(usd.completion)} out
            </li>
          ) : null}
          {!listed ? (
            <li>no 0G price published (the provider&apos;s rate is not available)</li>
          ) : null}
          {!tiers && !cache && !usd && listed ? <li>flat</li> : null}
        </ul>
      </td>
    </tr>
  )
}

/**
 * The per-model prices of a multi-model service from `GET {url}/v1/models`: loading, the table,
 * or a note that the provider did not answer and the ceiling is shown instead.
 */
export function ModelPricesTable({
  service,
  query,
}: {
  service: Service
  query: Pick<UseQueryResult<ModelPriceList>, 'data' | 'error' | 'isPending'>
}) {
  if (query.error) return <CeilingFallbackNote error={query.error} />
  if (query.isPending || !query.data)
    return (
      <p role="status" className="text-sm text-muted">
        Loading the per-model prices from the provider…
      </p>
    )
  const list = query.data
  const ids = [...list.models.map((m) => m.model)]
  for (const id of list.usd.keys()) if (!ids.includes(id)) ids.push(id)
  return (
    <div className="flex flex-col gap-1">
      {/* Focusable so a keyboard can scroll it on a phone (WCAG 2.1.1; axe scrollable-region-focusable). */}
      <div
        role="group"
        aria-label="Per-model prices, scrollable"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region
        tabIndex={0}
        className="overflow-x-auto"
      >
        <table aria-label="Per-model prices" className="w-full max-w-3xl text-sm">
          <caption className="mb-1 text-left text-xs text-muted">
            Per-model prices published by the provider at GET /v1/models (not on chain). Each
            request is billed at the prices of the model it names.
          </caption>
          <thead className="text-xs text-muted">
            <tr>
              <th scope="col" className="py-1 pr-3 text-left font-medium">
                Model
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Input
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Output
              </th>
              <th scope="col" className="py-1 text-left font-medium">
                Tiers, cache, USD
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <ModelRow key={id} service={service} list={list} model={id} />
            ))}
          </tbody>
        </table>
      </div>
      {list.providerRate ? (
        <p className="text-xs text-muted">
          The provider states its 0G/USD rate as {list.providerRate.usdPer0G} USD per 0G
          {list.providerRate.stale ? ' (it marks this rate as stale)' : ''}; the 0G prices above are
          its conversion. This app does not convert USD itself.
        </p>
      ) : null}
    </div>
  )
}
