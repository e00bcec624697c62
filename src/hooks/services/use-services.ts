import { useQuery } from '@tanstack/react-query'
import { usePublicClient } from 'wagmi'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { allServicesQueryOptions } from '@/chain/services/all-services-query'

/**
 * Every service registered on the network the app is showing, read from chain in one block
 * snapshot. Returns the TanStack result unchanged (`data.services`, `data.blockNumber`, `error`,
 * `isPending`, `refetch`); switching networks switches the query (its key carries the chain id).
 */
export function useServices() {
  const { chainId } = useSupportedChain()
  const client = usePublicClient({ chainId })
  return useQuery(allServicesQueryOptions(client, chainId))
}
