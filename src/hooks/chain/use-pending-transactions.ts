import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useAccount, usePublicClient } from 'wagmi'
import { listTransactions, subscribeTransactions, transactionsVersion } from '@/api/tx-store'
import { explorerTxUrl } from '@/config/chains'
import { isChainRead } from '@/chain/chain-read-keys'
import { trackTransaction } from '@/chain/tx/tx-tracker'
import { useSupportedChain } from './use-supported-chain'

/**
 * This wallet's transactions still pending on the shown chain, from the local log. Mounting it
 * resumes watching each one (after a reload, too) and refreshes chain reads when one is mined.
 * Empty without a connected wallet.
 */
export function usePendingTransactions() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = usePublicClient({ chainId })
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
    if (!client) return
    for (const record of pending) {
      trackTransaction(client, record)
        .then(() => queryClient.invalidateQueries({ predicate: isChainRead }))
        .catch(() => {
          /* RPC down: the record stays pending and is retried on the next mount */
        })
    }
    // Keyed by the hashes so a re-render does not restart anything (the tracker dedupes anyway).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, hashes, queryClient])
  return pending
}
