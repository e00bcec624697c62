import { useMutation } from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { readHealth, recordHealth, subscribeHealth } from '@/api/health-store'
import { probeProvider } from '@/api/provider-probe'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { summarizeHealth } from '@/lib/catalog/health'

/** Health of one provider on `chainId` as measured by this browser (stored samples, summarized). */
export function useHealthOn(chainId: number, provider: string) {
  const samples = useSyncExternalStore(
    subscribeHealth,
    useCallback(() => readHealth(chainId, provider), [chainId, provider]),
  )
  return useMemo(() => summarizeHealth(samples), [samples])
}

/**
 * Measures providers now: one timed `GET /v1/models` each (unauthenticated, free), stored per
 * chain and provider. Failures are samples, not errors.
 */
export function useMeasureHealth() {
  const { chainId } = useSupportedChain()
  return useMutation({
    mutationKey: ['services', 'health', chainId],
    mutationFn: async (targets: readonly { provider: string; url: string }[]) => {
      // Non-http(s) URLs are never called, so they get no sample either.
      const callable = targets.filter((t) => /^https?:\/\//i.test(t.url))
      await Promise.all(
        callable.map(async ({ provider, url }) => {
          const result = await probeProvider(url).catch(() => ({ ok: false, ms: 0 }))
          recordHealth(chainId, provider, { at: Date.now(), ms: result.ms, ok: result.ok })
        }),
      )
    },
    meta: { silentError: true },
  })
}
