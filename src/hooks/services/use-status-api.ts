import { useQuery } from '@tanstack/react-query'
import { fetchStatus, statusApiUrl } from '@/api/status-api'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/**
 * The public 0G status API on Mainnet/Testnet (provider → status text); disabled on the devnet,
 * and an API that does not answer is simply absent (`data` undefined, no retries).
 */
export function useStatusApi() {
  const { chainId } = useSupportedChain()
  return useQuery({
    queryKey: ['services', 'status-api', { chainId }],
    queryFn: ({ signal }) => fetchStatus(chainId, signal),
    enabled: statusApiUrl(chainId) !== undefined,
    retry: false,
    staleTime: 60_000,
  })
}
