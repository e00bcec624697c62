/**
 * Node-side setup for playground specs: fund the test wallet's ledger and provider sub-accounts
 * with viem directly (the Account UI is not under test here), plus provider lookup by slug.
 */
import { createPublicClient, createWalletClient, http, parseEther, type Address } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { inferenceServingAbi } from '../../devnet/src/abis/inference-serving'
import { ledgerManagerAbi } from '../../devnet/src/abis/ledger-manager'
import { INFERENCE_SERVICE_NAME } from '../../src/contracts/addresses'
import type { DevnetInfo } from '../../devnet/src/types'

export function providerOf(info: DevnetInfo, slug: string) {
  const p = info.providers.find((x) => x.slug === slug)
  if (!p) throw new Error(`no provider ${slug}`)
  return p
}

function walletOf(info: DevnetInfo, user: Address) {
  const wallet = info.devWallets.find((w) => w.address.toLowerCase() === user.toLowerCase())
  if (!wallet) throw new Error(`${user} is not a dev wallet`)
  const account = privateKeyToAccount(wallet.privateKey)
  const client = createWalletClient({ account, chain: anvil, transport: http(info.rpcUrl) })
  const reader = createPublicClient({
    chain: anvil,
    transport: http(info.rpcUrl),
    pollingInterval: 50,
  })
  const send = async (hash: Promise<`0x${string}`>) => {
    const receipt = await reader.waitForTransactionReceipt({
      hash: await hash,
      pollingInterval: 50,
    })
    if (receipt.status !== 'success') throw new Error('setup transaction reverted')
  }
  return { client, send }
}

/** The user revokes every token for `provider` (generation + 1), as another tab or the CLI could. */
export async function revokeAllTokens(
  info: DevnetInfo,
  user: Address,
  provider: Address,
): Promise<void> {
  const { client, send } = walletOf(info, user)
  await send(
    client.writeContract({
      address: info.contracts.inference,
      abi: inferenceServingAbi,
      functionName: 'revokeAllTokens',
      args: [provider],
    }),
  )
}

/** Creates a 3+ 0G ledger for `user` and moves `perProvider` 0G to each provider's sub-account. */
export async function fundUser(
  info: DevnetInfo,
  user: Address,
  slugs: string[],
  perProvider = '3',
): Promise<void> {
  const { client, send } = walletOf(info, user)
  const amount = parseEther(perProvider)
  await send(
    client.writeContract({
      address: info.contracts.ledger,
      abi: ledgerManagerAbi,
      functionName: 'addLedger',
      args: [''],
      value: amount * BigInt(slugs.length) + parseEther('3'),
    }),
  )
  for (const slug of slugs) {
    await send(
      client.writeContract({
        address: info.contracts.ledger,
        abi: ledgerManagerAbi,
        functionName: 'transferFund',
        args: [providerOf(info, slug).address, INFERENCE_SERVICE_NAME, amount],
      }),
    )
  }
}
