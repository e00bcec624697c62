/**
 * The reads the app's chain fetchers (src/chain) use, bound to a bare viem client (wagmi's
 * `useClient` / `getClient`). wagmi's `usePublicClient` extends the client with every public
 * action (ENS, blobs, simulation, signature verification and the secp256k1 code behind it), which
 * would put all of them in the first screen's JavaScript (docs/performance.md, First screen).
 */
import type { Client, PublicClient } from 'viem'
import { getBlock, getBlockNumber, getTransaction, readContract } from 'viem/actions'

export type ReadClient = Pick<
  PublicClient,
  'readContract' | 'getBlockNumber' | 'getBlock' | 'getTransaction' | 'request'
>

/** `client` with the `ReadClient` actions bound to it. */
export function readClientOf(client: Client): ReadClient {
  return {
    readContract: ((args: Parameters<PublicClient['readContract']>[0]) =>
      readContract(client, args)) as PublicClient['readContract'],
    getBlockNumber: (args) => getBlockNumber(client, args),
    getBlock: ((args?: Parameters<PublicClient['getBlock']>[0]) =>
      getBlock(client, args)) as PublicClient['getBlock'],
    getTransaction: ((args: Parameters<PublicClient['getTransaction']>[0]) =>
      getTransaction(client, args)) as PublicClient['getTransaction'],
    request: client.request as PublicClient['request'],
  }
}
