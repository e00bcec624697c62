/** A devnet user driven with viem: ledger setup and app-sk tokens built with our protocol lib. */
import { createPublicClient, createWalletClient, http, toBytes, type Address, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { inferenceServingAbi } from '../../../src/contracts/abis/inference-serving'
import { ledgerManagerAbi } from '../../../src/contracts/abis/ledger-manager'
import { INFERENCE_SERVICE_NAME } from '../../../src/contracts/addresses'
import {
  EPHEMERAL_TOKEN_ID,
  encodeAppSk,
  randomNonce,
  tokenDigest,
  tokenMessage,
  type AppSkToken,
} from '../../../src/lib/protocol/app-sk-token'
import type { DevnetInfo } from '../../src/types'

export function devnetUser(devnet: DevnetInfo, privateKey: Hex) {
  const account = privateKeyToAccount(privateKey)
  const publicClient = createPublicClient({ transport: http(devnet.rpcUrl), pollingInterval: 50 })
  const wallet = createWalletClient({ account, transport: http(devnet.rpcUrl), chain: anvil })
  const write = async (
    params: Parameters<typeof publicClient.simulateContract>[0],
  ): Promise<void> => {
    const { request } = await publicClient.simulateContract({ ...params, account } as never)
    const hash = await wallet.writeContract(request as never)
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 50 })
    if (receipt.status !== 'success') throw new Error(`transaction reverted: ${hash}`)
  }
  return {
    address: account.address,
    publicClient,
    addLedger: (value: bigint) =>
      write({
        address: devnet.contracts.ledger,
        abi: ledgerManagerAbi,
        functionName: 'addLedger',
        args: [''],
        value,
      } as never),
    transferFund: (provider: Address, amount: bigint) =>
      write({
        address: devnet.contracts.ledger,
        abi: ledgerManagerAbi,
        functionName: 'transferFund',
        args: [provider, INFERENCE_SERVICE_NAME, amount],
      } as never),
    revokeToken: (provider: Address, tokenId: number) =>
      write({
        address: devnet.contracts.inference,
        abi: inferenceServingAbi,
        functionName: 'revokeToken',
        args: [provider, tokenId],
      } as never),
    /** An `app-sk-…` key for `provider`, signed by this user (ephemeral id 255 unless given). */
    appSk: async (provider: Address, opts: Partial<AppSkToken> = {}): Promise<string> => {
      const account_ = await publicClient.readContract({
        address: devnet.contracts.inference,
        abi: inferenceServingAbi,
        functionName: 'getAccount',
        args: [account.address, provider],
      })
      const now = Date.now()
      const token: AppSkToken = {
        address: account.address,
        provider,
        timestamp: now,
        expiresAt: now + 24 * 3600 * 1000,
        nonce: randomNonce(),
        generation: Number(account_.generation),
        tokenId: EPHEMERAL_TOKEN_ID,
        ...opts,
      }
      const message = tokenMessage(token)
      const signature = await account.signMessage({
        message: { raw: toBytes(tokenDigest(message)) },
      })
      return encodeAppSk(message, signature)
    },
  }
}
