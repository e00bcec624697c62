import { useAccount, useBalance } from 'wagmi'
import { useNewBlockRefresh } from '@/hooks/chain/use-new-block-refresh'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/**
 * The connected wallet's native 0G balance on the shown chain (neuron); refreshed on focus and
 * when a newer block is seen while the page is visible.
 */
export function useWalletBalance() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const query = useBalance({ address, chainId, query: { enabled: Boolean(address) } })
  useNewBlockRefresh(undefined, query.refetch, query.isSuccess)
  return query
}
