import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { readHealth, subscribeHealth } from '@/api/health-store'
import { summarizeHealth } from '@/lib/catalog/health'

/** Health of one provider on `chainId` as measured by this browser (stored samples, summarized). */
export function useHealthOn(chainId: number, provider: string) {
  const samples = useSyncExternalStore(
    subscribeHealth,
    useCallback(() => readHealth(chainId, provider), [chainId, provider]),
  )
  return useMemo(() => summarizeHealth(samples), [samples])
}
