import { useSyncExternalStore } from 'react'
import { useAccount } from 'wagmi'
import { listUsage, subscribeUsage } from '@/api/usage-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { UsageRecord } from '@/lib/usage-record'

const EMPTY: UsageRecord[] = []
let cache: { key: string; version: number; value: UsageRecord[] } | null = null
let version = 0
const subscribe = (fn: () => void) =>
  subscribeUsage(() => {
    version++
    fn()
  })

/** The connected wallet's local usage records on the shown chain, live (empty when disconnected). */
export function useUsageRecords(): UsageRecord[] {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  return useSyncExternalStore(subscribe, () => {
    if (!address) return EMPTY
    const key = `${chainId}:${address}`
    if (!cache || cache.key !== key || cache.version !== version)
      cache = { key, version, value: listUsage(chainId, address) }
    return cache.value
  })
}
