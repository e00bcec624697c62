import { useState } from 'react'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import type { Service } from '@/contracts/service'
import { useModelPrices } from '@/hooks/services/use-model-prices'
import { parseCount } from '@/lib/catalog/count-input'
import {
  billingOf,
  estimateFee,
  isMultiModel,
  priceForModel,
  TYPICAL_REQUEST,
  type RequestSize,
} from '@/lib/protocol/billing'
import { parseCacheTokenBilling, type PricedService } from '@/lib/protocol/pricing'
import { compactZeroG } from '@/lib/catalog/price-text'
import { capText } from '@/lib/untrusted-text'
import { modelPricesProblem } from './model-prices-table'

type Field = 'inputTokens' | 'cachedTokens' | 'outputTokens' | 'images' | 'seconds'
const LABELS: Record<Field, string> = {
  inputTokens: 'Input tokens',
  cachedTokens: 'Cached input tokens',
  outputTokens: 'Output tokens',
  images: 'Images',
  seconds: 'Audio seconds',
}

/** Which model a multi-model estimate prices, and what it prices it with. */
interface ModelChoice {
  priced: PricedService
  /** null: the on-chain ceiling (no per-model prices to use) */
  model: string | null
}

/**
 * "What would this cost?": request size in, exact fee in 0G out, through `estimateFee` (tiers and
 * the cache discount applied as the provider meters them). A multi-model service is priced per
 * model from its published `/v1/models` list (`priceForModel`), else at its on-chain ceiling with
 * a note saying so.
 */
export function CostEstimator({ service }: { service: Service }) {
  const multi = isMultiModel(service)
  const prices = useModelPrices(service)
  const models = prices.data?.models ?? []
  const [picked, setPicked] = useState<string | null>(null)
  const fallbackModel = models.some((m) => m.model === service.model)
    ? service.model
    : (models[0]?.model ?? null)
  const chosen = picked !== null && models.some((m) => m.model === picked) ? picked : fallbackModel
  const choice: ModelChoice =
    multi && chosen !== null
      ? { priced: priceForModel(service, models, chosen), model: chosen }
      : { priced: service, model: null }
  const billing = billingOf(service)
  const cache =
    billing.input === 'token' ? parseCacheTokenBilling(choice.priced.additionalInfo) : null
  const fields: Field[] =
    billing.output === 'image'
      ? ['images']
      : billing.input === 'second'
        ? ['seconds']
        : cache
          ? ['inputTokens', 'cachedTokens', 'outputTokens']
          : ['inputTokens', 'outputTokens']
  const [text, setText] = useState<Record<Field, string>>(() => ({
    inputTokens: String(TYPICAL_REQUEST.inputTokens),
    cachedTokens: '0',
    outputTokens: String(TYPICAL_REQUEST.outputTokens),
    images: String(TYPICAL_REQUEST.images),
    seconds: String(TYPICAL_REQUEST.seconds),
  }))
  const parsed = Object.fromEntries(fields.map((f) => [f, parseCount(text[f])])) as Partial<
    Record<Field, bigint | null>
  >
  const invalid = fields.filter((f) => parsed[f] === null)
  const cachedTooMany =
    invalid.length === 0 &&
    parsed.cachedTokens !== undefined &&
    parsed.inputTokens !== undefined &&
    parsed.cachedTokens! > parsed.inputTokens!
  const fee =
    invalid.length === 0 && !cachedTooMany
      ? compactZeroG(estimateFee(choice.priced, { ...TYPICAL_REQUEST, ...parsed } as RequestSize))
      : null
  const ceiling = multi && choice.model === null
  const upTo = ceiling ? 'up to ' : ''
  const forModel = choice.model !== null ? ` for ${capText(choice.model, 120)}` : ''
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-border p-3">
      <legend className="px-1 text-sm font-medium">Cost estimator</legend>
      {multi ? (
        prices.error ? (
          <p role="status" className="text-sm text-warning">
            The provider did not answer with its per-model prices (
            {modelPricesProblem(prices.error)}): this estimate uses the on-chain ceiling, an upper
            bound.
          </p>
        ) : prices.isPending ? (
          <p role="status" className="text-sm text-muted">
            Loading the per-model prices; until then this estimate uses the on-chain ceiling, an
            upper bound.
          </p>
        ) : models.length === 0 ? (
          <p role="status" className="text-sm text-warning">
            The provider publishes no 0G price for its models: this estimate uses the on-chain
            ceiling, an upper bound.
          </p>
        ) : (
          <Field label="Model">
            <Select
              value={chosen ?? ''}
              onChange={(e) => setPicked(e.target.value)}
              className="w-full sm:w-72"
            >
              {models.map((m) => (
                <option key={m.model} value={m.model}>
                  {capText(m.model, 120)}
                </option>
              ))}
            </Select>
          </Field>
        )
      ) : null}
      <div className="flex flex-wrap gap-3">
        {fields.map((f) => (
          <Field key={f} label={LABELS[f]}>
            <Input
              inputMode="numeric"
              value={text[f]}
              aria-invalid={parsed[f] === null || (f === 'cachedTokens' && cachedTooMany)}
              onChange={(e) => setText((t) => ({ ...t, [f]: e.target.value }))}
              className="w-36"
            />
          </Field>
        ))}
      </div>
      {cache ? (
        <p className="text-xs text-muted">
          Cached input tokens are part of the input tokens and cost 1/{cache.divisor.toString()} of
          the input price (rounded down over all of them, as the provider meters).
        </p>
      ) : null}
      <output
        aria-label="Estimated cost"
        className="text-sm [overflow-wrap:anywhere]"
        title={fee && fee.text !== fee.exact ? `${upTo}${fee.exact} 0G per request` : undefined}
      >
        {fee !== null
          ? `${upTo}${fee.text} 0G per request${forModel}`
          : cachedTooMany
            ? 'Cached input tokens cannot be more than the input tokens'
            : `Enter whole numbers (at most 10^12) for: ${invalid.map((f) => LABELS[f]).join(', ')}`}
      </output>
    </fieldset>
  )
}
