import { useMemo } from 'react'
import { useClient } from 'wagmi'
import { readClientOf, type ReadClient } from '@/chain/read-client'

export type { ReadClient }

/** A lean read client for `chainId` (`readClientOf`: only the viem actions the fetchers call). */
export function useReadClient(chainId: number): ReadClient | undefined {
  const client = useClient({ chainId })
  return useMemo(() => (client ? readClientOf(client) : undefined), [client])
}
