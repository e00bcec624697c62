import { useMemo } from 'react'
import type { PublicClient } from 'viem'
import { getBlock, getBlockNumber, getTransaction, readContract } from 'viem/actions'
import { useClient } from 'wagmi'

/** The reads the app's chain fetchers (src/chain) use. */
export type ReadClient = Pick<
  PublicClient,
  'readContract' | 'getBlockNumber' | 'getBlock' | 'getTransaction' | 'request'
>

/**
 * A lean read client for `chainId`: wagmi's bare client with only the viem actions the fetchers
 * call. wagmi's `usePublicClient` extends the client with every public action (ENS, blobs,
 * simulation, signature verification and the secp256k1 code behind it), which would put all of
 * them in the first screen's JavaScript (docs/performance.md, First screen).
 */
export function useReadClient(chainId: number): ReadClient | undefined {
  const client = useClient({ chainId })
  return useMemo(() => {
    if (!client) return undefined
    const reader: ReadClient = {
      readContract: ((args: Parameters<PublicClient['readContract']>[0]) =>
        readContract(client, args)) as PublicClient['readContract'],
      getBlockNumber: (args) => getBlockNumber(client, args),
      getBlock: ((args?: Parameters<PublicClient['getBlock']>[0]) =>
        getBlock(client, args)) as PublicClient['getBlock'],
      getTransaction: ((args: Parameters<PublicClient['getTransaction']>[0]) =>
        getTransaction(client, args)) as PublicClient['getTransaction'],
      request: client.request as PublicClient['request'],
    }
    return reader
  }, [client])
}
