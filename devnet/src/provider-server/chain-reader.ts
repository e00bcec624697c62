/**
 * The provider server's view of the chain: viem clients for the local anvil and typed reads of the
 * InferenceServing state that authentication, admission and settlement depend on.
 */
import {
  createPublicClient,
  defineChain,
  http,
  type Address,
  type Chain,
  type PublicClient,
} from 'viem'
import { inferenceServingAbi } from '../abis/inference-serving'
import type { Service } from '../../../src/contracts/service'

/** The sub-account fields the server uses (see InferenceAccount.sol). */
export interface SubAccount {
  nonce: bigint
  balance: bigint
  pendingRefund: bigint
  acknowledged: boolean
  generation: bigint
  revokedBitmap: bigint
}

/** The service fields the server uses; read per request so price or acknowledgement changes apply. */
export type OnChainService = Pick<
  Service,
  | 'serviceType'
  | 'model'
  | 'verifiability'
  | 'inputPrice'
  | 'outputPrice'
  | 'additionalInfo'
  | 'teeSignerAddress'
  | 'teeSignerAcknowledged'
>

export interface ChainReader {
  chain: Chain
  client: PublicClient
  inference: Address
  getService(provider: Address): Promise<OnChainService>
  /** The sub-account of `user` with `provider`, or null when none exists. */
  getSubAccount(user: Address, provider: Address): Promise<SubAccount | null>
}

/** A viem chain object for the devnet RPC (0G has 18 decimals like ETH). */
export function devnetChain(rpcUrl: string, chainId: number): Chain {
  return defineChain({
    id: chainId,
    name: '0G Devnet',
    nativeCurrency: { name: '0G', symbol: '0G', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  })
}

/** Reads straight from the node, no caching: revocations must take effect on the next request. */
export function createChainReader(
  rpcUrl: string,
  chainId: number,
  inference: Address,
): ChainReader {
  const chain = devnetChain(rpcUrl, chainId)
  // anvil mines on demand: poll receipts fast (viem's default is 4 s for an unknown chain).
  const client = createPublicClient({
    chain,
    transport: http(rpcUrl, { retryCount: 1 }),
    pollingInterval: 50,
  })
  return {
    chain,
    client,
    inference,
    async getService(provider) {
      const s = await client.readContract({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'getService',
        args: [provider],
      })
      return {
        serviceType: s.serviceType,
        model: s.model,
        verifiability: s.verifiability,
        inputPrice: s.inputPrice,
        outputPrice: s.outputPrice,
        additionalInfo: s.additionalInfo,
        teeSignerAddress: s.teeSignerAddress,
        teeSignerAcknowledged: s.teeSignerAcknowledged,
      }
    },
    async getSubAccount(user, provider) {
      const exists = await client.readContract({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'accountExists',
        args: [user, provider],
      })
      if (!exists) return null
      const a = await client.readContract({
        address: inference,
        abi: inferenceServingAbi,
        functionName: 'getAccount',
        args: [user, provider],
      })
      return {
        nonce: a.nonce,
        balance: a.balance,
        pendingRefund: a.pendingRefund,
        acknowledged: a.acknowledged,
        generation: a.generation,
        revokedBitmap: a.revokedBitmap,
      }
    },
  }
}
