import { useQuery } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { useAccount, usePublicClient } from 'wagmi'
import { listTransactions, subscribeTransactions, transactionsVersion } from '@/api/tx-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { txRecordsToHistory, type HistoryEntry } from '@/lib/ledger/history'
import { chainHistoryQueryOptions } from '@/chain/ledger/history-query'

/**
 * The wallet's history on the shown chain: chain events (TanStack result in `chain`) and the local
 * transaction log (`local`, live). Merge and filter with `mergeHistory`. Empty without a wallet.
 */
export function useHistory() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = usePublicClient({ chainId })
  const chain = useQuery(chainHistoryQueryOptions(client, chainId, address))
  const version = useSyncExternalStore(subscribeTransactions, transactionsVersion)
  const local: HistoryEntry[] = useMemo(
    () => (address ? txRecordsToHistory(listTransactions(chainId, address)) : []),
    // `version` changes whenever the log does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [address, chainId, version],
  )
  return { chain, local }
}
