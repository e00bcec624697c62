import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useAccount, useClient } from 'wagmi'
import { listTransactions, subscribeTransactions, transactionsVersion } from '@/api/tx-store'
import { explorerTxUrl } from '@/config/chains'
import { isChainRead } from '@/chain/chain-read-keys'
import { useSupportedChain } from './use-supported-chain'

/**
 * This wallet's transactions still pending on the shown chain, from the local log. Mounting it
 * resumes watching each one (after a reload, too) and refreshes chain reads when one is mined.
 * Empty without a connected wallet. The tracker (with viem's public actions) is loaded only when
 * something is pending: it is not first-screen code.
 */
export function usePendingTransactions() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = useClient({ chainId })
  const queryClient = useQueryClient()
  const version = useSyncExternalStore(subscribeTransactions, transactionsVersion)
  const pending = useMemo(
    () =>
      (address ? listTransactions(chainId, address) : [])
        .filter((r) => r.status === 'pending')
        .map((r) => ({ ...r, explorerUrl: explorerTxUrl(r.chainId, r.hash) })),
    // `version` changes whenever the log does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [address, chainId, version],
  )
  const hashes = pending.map((r) => r.hash).join(',')
  useEffect(() => {
    if (!client || pending.length === 0) return
    void import('@/chain/tx/track-pending').then(({ trackPending }) =>
      trackPending(client, pending, () =>
        queryClient.invalidateQueries({ predicate: isChainRead }),
      ),
    )
    // Keyed by the hashes so a re-render does not restart anything (the tracker dedupes anyway).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, hashes, queryClient])
  return pending
}
