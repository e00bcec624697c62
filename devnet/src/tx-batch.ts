/**
 * Sends pre-signed transactions with explicit nonces and gas, then mines them in one block.
 * This keeps the devnet deploy at three blocks and one round trip per transaction.
 */
import {
  createPublicClient,
  getContractAddress,
  http,
  type Address,
  type Hex,
  type PublicClient,
} from 'viem'
import type { PrivateKeyAccount } from 'viem/accounts'
import { DEVNET_CHAIN_ID } from './chain'

export interface PlannedTx {
  from: PrivateKeyAccount
  to?: Address
  data: Hex
  value?: bigint
  gas: bigint
  label: string
}

export function rpcClient(rpcUrl: string): PublicClient {
  return createPublicClient({ transport: http(rpcUrl), pollingInterval: 50 })
}

/** Signs and submits `txs` (automine off), mines one block, and throws naming any reverted tx. */
export async function sendInOneBlock(client: PublicClient, txs: PlannedTx[]): Promise<void> {
  await client.request({ method: 'evm_setAutomine', params: [false] } as never)
  const nonces = new Map<Address, number>()
  const hashes: { hash: Hex; label: string }[] = []
  try {
    for (const tx of txs) {
      const addr = tx.from.address
      let nonce = nonces.get(addr)
      if (nonce === undefined)
        nonce = await client.getTransactionCount({ address: addr, blockTag: 'pending' })
      nonces.set(addr, nonce + 1)
      const raw = await tx.from.signTransaction({
        chainId: DEVNET_CHAIN_ID,
        type: 'eip1559',
        nonce,
        to: tx.to ?? null,
        data: tx.data,
        value: tx.value ?? 0n,
        gas: tx.gas,
        maxFeePerGas: 20_000_000_000n,
        maxPriorityFeePerGas: 1_000_000_000n,
      })
      const hash = await client.request({ method: 'eth_sendRawTransaction', params: [raw] })
      hashes.push({ hash, label: tx.label })
    }
    await client.request({ method: 'evm_mine', params: [] } as never)
  } finally {
    await client.request({ method: 'evm_setAutomine', params: [true] } as never)
  }
  for (const { hash, label } of hashes) {
    const receipt = await client.getTransactionReceipt({ hash })
    if (receipt.status !== 'success')
      throw new Error(`devnet setup transaction reverted: ${label} (${hash})`)
  }
}

/** The address a contract created by `from` at `nonce` gets. */
export function createdAt(from: Address, nonce: number): Address {
  return getContractAddress({ from, nonce: BigInt(nonce) })
}
