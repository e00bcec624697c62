import { useQuery } from '@tanstack/react-query'
import { fetchStatus, statusApiUrl } from '@/api/status-api'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/**
 * The provider status API of the shown network (0G's on Mainnet/Testnet, the devnet's stand-in
 * when `npm start` configured one); an API that does not answer is simply absent (`data`
 * undefined, no retries). `source` names where the figures come from, for the UI. Only `data` is
 * returned: the table re-renders when the report changes, not on every fetch state.
 */
export function useStatusApi() {
  const { chainId, isDevnet } = useSupportedChain()
  const url = statusApiUrl(chainId)
  const query = useQuery({
    queryKey: ['services', 'status-api', { chainId }],
    queryFn: ({ signal }) => fetchStatus(chainId, signal),
    enabled: url !== undefined,
    retry: false,
    staleTime: 60_000,
  })
  const source = isDevnet ? "the devnet's status endpoint" : url ? new URL(url).host : ''
  return { data: query.data, source }
}
