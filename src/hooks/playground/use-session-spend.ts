import { useSyncExternalStore } from 'react'
import { useAccount } from 'wagmi'
import { listUsage, subscribeUsage } from '@/api/usage-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { totalFee } from '@/lib/usage-record'

const SESSION_KEY = '0g-playground:session-start'

function sessionStart(): number {
  try {
    const v = Number(sessionStorage.getItem(SESSION_KEY))
    if (v > 0) return v
    const now = Date.now()
    sessionStorage.setItem(SESSION_KEY, String(now))
    return now
  } catch {
    return 0
  }
}

/** Neuron spent by this wallet on this chain since the browser session started (local usage records). */
export function useSessionSpend(): bigint {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const snapshot = useSyncExternalStore(subscribeUsage, () => {
    if (!address) return '0'
    const start = sessionStart()
    return totalFee(listUsage(chainId, address).filter((r) => r.at >= start)).toString()
  })
  return BigInt(snapshot)
}
