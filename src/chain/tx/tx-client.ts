/**
 * The chain actions the transaction flow and the transaction tracker use, on a bare viem client
 * (wagmi's `useClient` / `getClient`): each action imported on its own, so the route chunks that
 * send transactions do not carry viem's `publicActions` (ENS, blobs, simulation of calls,
 * signature verification…), which `usePublicClient` and `client.extend(publicActions)` pulled in
 * (docs/performance.md, route chunks).
 */
import type { Client, PublicClient } from 'viem'
import {
  call,
  estimateContractGas,
  getBlock,
  getBlockNumber,
  getTransaction,
  getTransactionCount,
  getTransactionReceipt,
  readContract,
} from 'viem/actions'

/** Reads and transaction bookkeeping: the part of a `PublicClient` the app's writes need. */
export type TxClient = Pick<
  PublicClient,
  | 'readContract'
  | 'getBlockNumber'
  | 'getBlock'
  | 'getTransaction'
  | 'getTransactionReceipt'
  | 'getTransactionCount'
  | 'call'
  | 'estimateContractGas'
>

type Args<K extends keyof TxClient> = Parameters<PublicClient[K]>[0]

/** `client` with the `TxClient` actions bound to it. */
export function txClientOf(client: Client): TxClient {
  return {
    readContract: ((args: Args<'readContract'>) =>
      readContract(client, args)) as PublicClient['readContract'],
    getBlockNumber: (args) => getBlockNumber(client, args),
    getBlock: ((args?: Args<'getBlock'>) => getBlock(client, args)) as PublicClient['getBlock'],
    getTransaction: ((args: Args<'getTransaction'>) =>
      getTransaction(client, args)) as PublicClient['getTransaction'],
    getTransactionReceipt: (args) => getTransactionReceipt(client, args),
    getTransactionCount: (args) => getTransactionCount(client, args),
    call: (args) => call(client, args),
    estimateContractGas: ((args: Args<'estimateContractGas'>) =>
      estimateContractGas(client, args as never)) as PublicClient['estimateContractGas'],
  }
}
