/**
 * Per-model prices of a multi-model forwarder (docs/protocol.md §8; the broker's
 * `config/model_pricing.go` `ResolveRequestedModel` and `ctrl` `GetBillingPrices`): a request is
 * billed at the prices of the model it names, or of the service's model when it names none; a
 * model the provider does not list is refused before anything is forwarded. Prices come from the
 * provider's own configuration (the catalog entry), as the broker's do, not from chain.
 */
import { priceForModel } from '../../../src/lib/protocol/billing'
import type { PricedService } from '../../../src/lib/protocol/pricing'
import type { CatalogEntry } from '../catalog'
import { BrokerError } from './http-json'

export interface ModelBilling {
  /** the service as this request is billed (per-model prices, or the on-chain ones) */
  billed: PricedService
  /** the model the request is served and billed as */
  model: string
  /** the model the broker writes into the forwarded body, when it differs from the client's */
  forwardModel: string | null
}

/**
 * How a request naming `requested` (null = no `model` field) is billed by this provider. A
 * single-model service bills every request at its on-chain prices.
 */
export function modelBilling(
  entry: CatalogEntry,
  onChain: PricedService,
  requested: string | null,
): ModelBilling {
  if (!entry.modelPricing) {
    return { billed: onChain, model: entry.model, forwardModel: null }
  }
  const model = requested ?? entry.model
  const listed = entry.modelPricing.find((m) => m.model === model)
  if (!listed) {
    throw new BrokerError(
      `prepare HTTP request: validate model allowlist: model not supported: '${model}' is not available for this service`,
    )
  }
  const { exact: _exact, ...billed } = priceForModel(
    { ...onChain, model: entry.model },
    entry.modelPricing,
    model,
  )
  return { billed, model, forwardModel: requested === model ? null : model }
}
