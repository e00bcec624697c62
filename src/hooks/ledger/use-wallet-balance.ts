import { useAccount, useBalance } from 'wagmi'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useRefetchOnFocus } from './use-refetch-on-focus'

/** The connected wallet's native 0G balance on the shown chain (neuron); refreshed on focus. */
export function useWalletBalance() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const query = useBalance({ address, chainId, query: { enabled: Boolean(address) } })
  useRefetchOnFocus(query.refetch, query.isSuccess)
  return query
}
