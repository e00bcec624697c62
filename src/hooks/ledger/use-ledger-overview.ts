import { useQuery } from '@tanstack/react-query'
import { useAccount, usePublicClient } from 'wagmi'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { ledgerOverviewQueryOptions } from '@/chain/ledger/ledger-query'
import { useRefetchOnFocus } from './use-refetch-on-focus'

/**
 * The connected wallet's ledger (null when it has none), sub-accounts and lock time on the shown
 * chain. Refreshed after our own transactions and when the tab regains focus; never polled.
 * Disabled without a wallet. Returns the TanStack result unchanged.
 */
export function useLedgerOverview() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = usePublicClient({ chainId })
  const query = useQuery(ledgerOverviewQueryOptions(client, chainId, address))
  useRefetchOnFocus(query.refetch, query.isSuccess)
  return query
}
