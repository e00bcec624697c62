import { useQuery } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { useAccount } from 'wagmi'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { listTransactions, subscribeTransactions, transactionsVersion } from '@/api/tx-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { txRecordsToHistory, type HistoryEntry } from '@/lib/ledger/history'
import { chainHistoryQueryOptions } from '@/chain/ledger/history-query'
import { ledgerCallsQueryOptions } from '@/chain/ledger/ledger-tx-search'

/**
 * The wallet's history on the shown chain: chain events (TanStack result in `chain`), the ledger
 * calls any client made, found by a transaction search (`calls`: the explorer's or the node's; its
 * `source` is 'none' where there is neither), and the local transaction log (`local`, live). Join
 * with `joinHistory`, then sort and filter with `mergeHistory`. Empty without a wallet. Callers
 * that need only the events pass `searchCalls: false`.
 */
export function useHistory({ searchCalls = true }: { searchCalls?: boolean } = {}) {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = useReadClient(chainId)
  const chain = useQuery(chainHistoryQueryOptions(client, chainId, address))
  const callsOptions = ledgerCallsQueryOptions(client, chainId, address)
  // Only the History card needs the search (it may ask a third-party explorer).
  const calls = useQuery({ ...callsOptions, enabled: searchCalls && callsOptions.enabled })
  const version = useSyncExternalStore(subscribeTransactions, transactionsVersion)
  const local: HistoryEntry[] = useMemo(
    () => (address ? txRecordsToHistory(listTransactions(chainId, address)) : []),
    // `version` changes whenever the log does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [address, chainId, version],
  )
  return { chain, calls, local }
}
