import { useMemo } from 'react'
import { useAccount } from 'wagmi'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { auditSettlements } from '@/lib/ledger/settlement-audit'
import { useHistory } from './use-history'
import { useLocalUsage } from './use-local-usage'

/**
 * The settlement audit of the connected wallet on the shown chain: this browser's usage records
 * against the providers' settlements read from chain events (the History card's query, so no
 * second read). `chain` is the events query, for its loading and error states.
 */
export function useSettlementAudit() {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const records = useLocalUsage(address)
  const { chain } = useHistory({ searchCalls: false })
  const audits = useMemo(
    () =>
      address && chain.data
        ? auditSettlements({ chainId, user: address, records, history: chain.data })
        : [],
    [address, chain.data, chainId, records],
  )
  return { audits, chain, recordCount: records.length }
}
