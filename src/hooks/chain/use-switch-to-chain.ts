import { useMutation } from '@tanstack/react-query'
import { useSwitchChain } from 'wagmi'
import { isAddedButNotSwitched } from '@/lib/errors/user-error'

/**
 * Switches the network: asks the wallet when connected (EIP-3326; a wallet that does not know the
 * chain gets `wallet_addEthereumChain` first, EIP-3085), or just changes the browsed network when
 * not connected. Some wallets add a chain without switching to it; then this switches once more.
 * Errors stay on the mutation (shown inline by the caller), not in a toast.
 */
export function useSwitchToChain() {
  const { switchChainAsync } = useSwitchChain()
  return useMutation({
    mutationKey: ['chain', 'switch'],
    mutationFn: async (chainId: number) => {
      try {
        return await switchChainAsync({ chainId })
      } catch (error) {
        if (!isAddedButNotSwitched(error)) throw error
        return await switchChainAsync({ chainId })
      }
    },
    meta: { silentError: true },
  })
}
