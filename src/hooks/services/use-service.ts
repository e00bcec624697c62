import { useQuery } from '@tanstack/react-query'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { allServicesQueryOptions, type ServicesSnapshot } from '@/chain/services/all-services-query'

/**
 * One service (by provider address, case-insensitive) from the network's service snapshot, with
 * the block it was read at. `data.service` is undefined when the provider has no service.
 */
export function useService(provider: string | undefined) {
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  const wanted = provider?.toLowerCase()
  return useQuery({
    ...allServicesQueryOptions(client, chainId),
    select: (snapshot: ServicesSnapshot) => ({
      blockNumber: snapshot.blockNumber,
      readAt: snapshot.readAt,
      service: snapshot.services.find((s) => s.provider.toLowerCase() === wanted),
      all: snapshot.services,
    }),
  })
}
