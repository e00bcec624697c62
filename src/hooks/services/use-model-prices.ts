import { useQuery } from '@tanstack/react-query'
import { fetchModelPrices } from '@/api/model-prices'
export type { ModelPriceList } from '@/api/model-prices'
import type { Service } from '@/contracts/service'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { isMultiModel } from '@/lib/protocol/billing'
import { serviceUrlProblem } from '@/lib/safe-url'

/**
 * The per-model prices a multi-model service publishes at `GET {url}/v1/models` (docs/protocol.md
 * §8). Fetched only for a service whose additionalInfo says `MultiModel: true` and whose URL is
 * usable, and only where a component asks for it (the service page's pricing, the estimator, the
 * playground), never for the whole catalog. Disabled (status `pending`, `fetchStatus` `idle`)
 * for every other service.
 */
export function useModelPrices(
  service: Pick<Service, 'provider' | 'url' | 'serviceType' | 'additionalInfo'> | undefined,
) {
  const { chainId } = useSupportedChain()
  const wanted = service !== undefined && isMultiModel(service)
  const usable = service !== undefined && serviceUrlProblem(service.url) === null
  return useQuery({
    queryKey: ['services', 'model-prices', chainId, service?.provider.toLowerCase(), service?.url],
    queryFn: ({ signal }) => fetchModelPrices(service!.url, signal),
    enabled: wanted && usable,
    staleTime: 5 * 60_000,
  })
}
