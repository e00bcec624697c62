import { useQuery } from '@tanstack/react-query'
import { useAccount, usePublicClient } from 'wagmi'
import { useNewBlockRefresh } from '@/hooks/chain/use-new-block-refresh'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { ledgerOverviewQueryOptions } from '@/chain/ledger/ledger-query'

/**
 * The connected wallet's ledger (null when it has none), sub-accounts and lock time on the shown
 * chain. Refreshed after our own transactions, when the tab regains focus, and when a newer block
 * is seen while the page is visible (useNewBlockRefresh).
 * Disabled without a wallet. Returns the TanStack result unchanged.
 */
export function useLedgerOverview() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = usePublicClient({ chainId })
  const query = useQuery(ledgerOverviewQueryOptions(client, chainId, address))
  useNewBlockRefresh(query.data?.blockNumber, query.refetch, query.isSuccess)
  return query
}
