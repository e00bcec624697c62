import { useQuery } from '@tanstack/react-query'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { allServicesQueryOptions, type ServicesSnapshot } from '@/chain/services/all-services-query'
import type { ServiceType } from '@/lib/protocol/pricing'

/**
 * Services of one type on the network being shown (from the chain snapshot), in registry order.
 * Returns the TanStack result; `data` is the filtered list.
 */
export function usePlaygroundServices(type: ServiceType) {
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  return useQuery({
    ...allServicesQueryOptions(client, chainId),
    select: (s: ServicesSnapshot) => s.services.filter((x) => x.serviceType === type),
  })
}
