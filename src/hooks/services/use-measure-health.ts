import { useMutation } from '@tanstack/react-query'
import { recordHealth } from '@/api/health-store'
import { probeProvider } from '@/api/provider-probe'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

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
