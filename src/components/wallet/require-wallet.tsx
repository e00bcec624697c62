import type { ReactNode } from 'react'
import { useWalletGate, type WalletGateReason } from '@/hooks/chain/use-wallet-gate'

/** Why a wallet action cannot proceed, in words. */
export const walletGateMessages: Record<WalletGateReason, string> = {
  'not-connected': 'Connect a wallet to continue.',
  'wrong-network': 'Switch your wallet to a supported network to continue.',
}

interface RequireWalletProps {
  /** Render prop: `isOk` false means disable the action and show `reason`. */
  children: (isOk: boolean, reason: string | undefined) => ReactNode
}

/** Gates a wallet action on a connected wallet on a supported network (Safe's CheckWallet). */
export function RequireWallet({ children }: RequireWalletProps) {
  const { isOk, reason } = useWalletGate()
  return <>{children(isOk, reason ? walletGateMessages[reason] : undefined)}</>
}
