/**
 * The chain actions the transaction flow and the transaction tracker use: the reads of
 * `readClientOf` plus transaction bookkeeping, each action imported on its own, so the route
 * chunks that send transactions do not carry viem's `publicActions` (ENS, blobs, simulation of
 * calls, signature verification…), which `usePublicClient` and `client.extend(publicActions)`
 * pulled in (docs/performance.md, route chunks).
 */
import type { Client, PublicClient } from 'viem'
import { call, estimateContractGas, getTransactionCount, getTransactionReceipt } from 'viem/actions'
import { readClientOf, type ReadClient } from '../read-client'

/** Reads and transaction bookkeeping: the part of a `PublicClient` the app's writes need. */
export type TxClient = ReadClient &
  Pick<
    PublicClient,
    'getTransactionReceipt' | 'getTransactionCount' | 'call' | 'estimateContractGas'
  >

/** `client` with the `TxClient` actions bound to it. */
export function txClientOf(client: Client): TxClient {
  return {
    ...readClientOf(client),
    getTransactionReceipt: (args) => getTransactionReceipt(client, args),
    getTransactionCount: (args) => getTransactionCount(client, args),
    call: (args) => call(client, args),
    estimateContractGas: ((args: Parameters<PublicClient['estimateContractGas']>[0]) =>
      estimateContractGas(client, args as never)) as PublicClient['estimateContractGas'],
  }
}
