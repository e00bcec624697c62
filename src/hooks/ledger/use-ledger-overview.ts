import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useAccount } from 'wagmi'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useNewBlockRefresh } from '@/hooks/chain/use-new-block-refresh'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { ledgerKeys, ledgerOverviewQueryOptions } from '@/chain/ledger/ledger-query'
import { loadSavedOverview, saveOverview } from '@/chain/ledger/persisted-overview'
import type { LedgerOverview } from '@/lib/ledger/ledger-types'

/**
 * The connected wallet's ledger (null when it has none), sub-accounts and lock time on the shown
 * chain. Refreshed after our own transactions, when the tab regains focus, and when a newer block
 * is seen while the page is visible (useNewBlockRefresh). A returning visit shows the copy saved
 * in this browser at once (`data.fromCache`) until the fresh read arrives; each read is saved.
 * Disabled without a wallet. Returns the TanStack result unchanged.
 */
export function useLedgerOverview() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = useReadClient(chainId)
  const queryClient = useQueryClient()
  const query = useQuery(ledgerOverviewQueryOptions(client, chainId, address))
  useNewBlockRefresh(query.data?.blockNumber, query.refetch, query.isSuccess)
  useEffect(() => {
    if (!address) return
    let live = true
    void loadSavedOverview(chainId, address).then((saved) => {
      const key = ledgerKeys.overview(chainId, address)
      if (!live || !saved || queryClient.getQueryData<LedgerOverview>(key)) return
      queryClient.setQueryData(key, saved, { updatedAt: saved.readAt })
    })
    return () => {
      live = false
    }
  }, [chainId, address, queryClient])
  const data = query.data
  useEffect(() => {
    if (address && data && !data.fromCache) void saveOverview(chainId, address, data)
  }, [chainId, address, data])
  return query
}
