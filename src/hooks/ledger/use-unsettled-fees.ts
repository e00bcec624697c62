import { useQueries } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useAccount } from 'wagmi'
import { HttpError } from '@/lib/errors/classes'
import { readSessionToken } from '@/api/session-token-store'
import { fetchUnsettledFee } from '@/api/unsettled-fee'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { localUnsettled } from '@/lib/ledger/unsettled'
import { useHistory } from './use-history'
import { useLocalUsage } from './use-local-usage'

export interface UnsettledFee {
  fee: bigint
  /** 'provider': the provider's own answer; 'local': this browser's records minus settlements. */
  source: 'provider' | 'local'
}

/**
 * Unsettled usage per provider: asks the provider (`/v1/user/{addr}/unsettledfee`) when this
 * session holds an `app-sk` token for it (never asks the wallet to sign), otherwise, or on a 4xx,
 * falls back to the local estimate. Keyed by provider address (lower case).
 */
export function useUnsettledFees(providers: readonly { provider: Address; url?: string }[]) {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const records = useLocalUsage(address)
  const history = useHistory({ searchCalls: false }).chain.data ?? []
  const results = useQueries({
    queries: providers.map(({ provider, url }) => ({
      queryKey: ['unsettled-fee', { chainId, user: address, provider, url }] as const,
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const token = address ? readSessionToken(chainId, address, provider) : null
        if (!token || !url || !address) return null
        try {
          return await fetchUnsettledFee(url, address, token.authorization, signal)
        } catch (e) {
          if (e instanceof HttpError && e.status < 500) return null
          throw e
        }
      },
      enabled: Boolean(address),
      retry: false,
    })),
  })
  const fees = new Map<string, UnsettledFee>()
  providers.forEach(({ provider }, i) => {
    const answer = results[i]?.data
    fees.set(
      provider.toLowerCase(),
      typeof answer === 'bigint'
        ? { fee: answer, source: 'provider' }
        : { fee: localUnsettled(provider, records, history), source: 'local' },
    )
  })
  return fees
}
