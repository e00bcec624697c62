import { useSupportedChain } from './use-supported-chain'

export type WalletGateReason = 'not-connected' | 'wrong-network'

/**
 * Whether a wallet action may proceed, and if not, why: no wallet connected, or the wallet is on
 * an unsupported network. Checked before acting, so buttons can say what is missing.
 */
export function useWalletGate(): { isOk: boolean; reason: WalletGateReason | undefined } {
  const { isConnected, isWrongNetwork } = useSupportedChain()
  const reason = !isConnected ? 'not-connected' : isWrongNetwork ? 'wrong-network' : undefined
  return { isOk: reason === undefined, reason }
}
