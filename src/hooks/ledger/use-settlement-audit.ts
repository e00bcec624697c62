import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useAccount } from 'wagmi'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import {
  listCompareRuns,
  listConversations,
  listGallery,
  listTranscripts,
} from '@/api/conversation-store'
import { auditSettlements, collectVerdicts } from '@/lib/ledger/settlement-audit'
import { useHistory } from './use-history'
import { useLocalUsage } from './use-local-usage'

/**
 * The settlement audit of the connected wallet on the shown chain: this browser's usage records
 * against the providers' settlements read from chain events (the History card's query, so no
 * second read). Record times are browser times and settlement times block times, so the chain's
 * clock is estimated from the latest block, read again whenever the events are: chain time minus
 * browser time (a local devnet's clock goes back with a snapshot revert; a browser clock may be
 * off). `chain` is the events query, for its error state.
 */
export function useSettlementAudit() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const client = useReadClient(chainId)
  const records = useLocalUsage(address)
  const { chain } = useHistory({ searchCalls: false })
  // The client is the chain's (chain id in the key); the read follows each read of the events.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const clock = useQuery({
    queryKey: ['ledger', 'chain-clock', { chainId, readAt: chain.dataUpdatedAt }] as const,
    queryFn: async () => {
      if (!client) throw new Error('No client')
      const block = await client.getBlock({ blockTag: 'latest' })
      return Number(block.timestamp) * 1000 - Date.now()
    },
    enabled: Boolean(client && chain.data),
    staleTime: Infinity,
    retry: false,
  })
  const clockKnown = clock.data !== undefined || clock.isError
  // The responses' verification verdicts, from the Playground's stored results (when readable).
  const verdicts = useQuery({
    queryKey: ['ledger', 'audit-verdicts', { chainId, user: address, n: records.length }] as const,
    queryFn: async () => {
      if (!address) return new Map<string, string>()
      const stored = await Promise.all([
        listConversations(chainId, address),
        listGallery(chainId, address),
        listTranscripts(chainId, address),
        listCompareRuns(chainId, address),
      ])
      return collectVerdicts(stored)
    },
    enabled: Boolean(address) && records.length > 0,
    retry: false,
  })
  const audits = useMemo(
    () =>
      address && chain.data && clockKnown
        ? auditSettlements({
            chainId,
            user: address,
            records,
            history: chain.data,
            clockOffsetMs: clock.data ?? 0,
            verdicts: verdicts.data,
          })
        : [],
    [address, chain.data, chainId, records, clock.data, clockKnown, verdicts.data],
  )
  return { audits, chain, isPending: chain.isPending || (Boolean(chain.data) && !clockKnown) }
}
