import { useCallback, useSyncExternalStore } from 'react'
import { readHealth, subscribeHealth } from '@/api/health-store'
import { summarizeHealth } from '@/lib/catalog/health'

let version = 0
const subscribe = (fn: () => void) =>
  subscribeHealth(() => {
    version++
    fn()
  })
const getVersion = () => version

/**
 * This browser's median latency per provider on `chainId` (ms, null when never measured), as a
 * lookup that changes identity whenever a new sample is stored.
 */
export function useBrowserLatency(chainId: number): (provider: string) => number | null {
  const v = useSyncExternalStore(subscribe, getVersion)
  return useCallback(
    (provider: string) => summarizeHealth(readHealth(chainId, provider)).medianMs,
    // `v` changes with every stored sample.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [chainId, v],
  )
}
