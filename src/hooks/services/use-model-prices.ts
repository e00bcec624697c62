import { queryOptions, useQuery } from '@tanstack/react-query'
import { fetchModelPrices } from '@/api/model-prices'
export type { ModelPriceList } from '@/api/model-prices'
import type { Service } from '@/contracts/service'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { isMultiModel } from '@/lib/protocol/billing'
import { serviceUrlProblem } from '@/lib/safe-url'

type PricedServiceRef = Pick<Service, 'provider' | 'url' | 'serviceType' | 'additionalInfo'>

/** True when `service`'s per-model prices are to be fetched: multi-model, with a usable URL. */
export function wantsModelPrices(service: PricedServiceRef | undefined): boolean {
  return service !== undefined && isMultiModel(service) && serviceUrlProblem(service.url) === null
}

/** The query of `service`'s `/v1/models` prices (shared by the service page and the playground). */
export function modelPricesQueryOptions(chainId: number, service: PricedServiceRef | undefined) {
  return queryOptions({
    queryKey: ['services', 'model-prices', chainId, service?.provider.toLowerCase(), service?.url],
    queryFn: ({ signal }) => fetchModelPrices(service!.url, signal),
    enabled: wantsModelPrices(service),
    staleTime: 5 * 60_000,
  })
}

/**
 * The per-model prices a multi-model service publishes at `GET {url}/v1/models` (docs/protocol.md
 * §8). Fetched only for a service whose additionalInfo says `MultiModel: true` and whose URL is
 * usable, and only where a component asks for it (the service page's pricing, the estimator, the
 * playground), never for the whole catalog. Disabled (status `pending`, `fetchStatus` `idle`)
 * for every other service.
 */
export function useModelPrices(service: PricedServiceRef | undefined) {
  const { chainId } = useSupportedChain()
  return useQuery(modelPricesQueryOptions(chainId, service))
}
