import { useAccount, useChainId } from 'wagmi'
import { chainLabel, getSupportedChain, isSupportedChainId, supportedChains } from '@/config/chains'
import { DEVNET_CHAIN_ID, type SupportedChainId } from '@/contracts/addresses'

/**
 * The network whose data the app shows (`chainId`, always a configured chain) and the wallet's
 * network. `isWrongNetwork` is true while a connected wallet sits on a chain this build does not
 * support; data then keeps coming from the last supported chain, named by `label`.
 */
export function useSupportedChain() {
  const chainId = useChainId()
  const { chainId: walletChainId, isConnected } = useAccount()
  if (!isSupportedChainId(chainId)) {
    // wagmi only ever reports configured chains here; reaching this is a configuration bug.
    throw new Error(`Chain ${chainId} is not configured`)
  }
  return {
    chainId: chainId satisfies SupportedChainId,
    chain: getSupportedChain(chainId),
    label: chainLabel(chainId),
    isDevnet: chainId === DEVNET_CHAIN_ID,
    supportedChains,
    isConnected,
    walletChainId,
    isWrongNetwork:
      isConnected && walletChainId !== undefined && !isSupportedChainId(walletChainId),
  }
}
