import { useMemo } from 'react'
import { useClient } from 'wagmi'
import { txClientOf, type TxClient } from '@/chain/tx/tx-client'

/** The reads and transaction bookkeeping of `chainId` (`TxClient`), without viem's public actions. */
export function useTxClient(chainId: number): TxClient | undefined {
  const client = useClient({ chainId })
  return useMemo(() => (client ? txClientOf(client) : undefined), [client])
}
