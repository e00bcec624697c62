/**
 * The Account page's chain history (src/chain/ledger/history-query.ts) against the real contracts:
 * one `eth_getLogs` per block chunk for both contracts and all events, filtered to the user by
 * topic. A fresh user transfers, is served and settled, and retrieves; each shows up with its
 * provider; another user's history stays empty.
 */
import { createPublicClient, createWalletClient, http, parseEther, type Hex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { anvil } from 'viem/chains'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { ledgerManagerAbi } from '../src/abis/ledger-manager'
import { DEVNET_CHAIN_ID } from '../../src/contracts/addresses'
import { fetchInferenceServiceName } from '../../src/chain/ledger/service-name-query'
import { fetchChainHistory } from '../../src/chain/ledger/history-query'
import { chatBody, post, providerBySlug } from './support/provider-user'
import { devnetUser } from '../testkit/user'

const devnet = inject('devnet')
const client = createPublicClient({ transport: http(devnet.rpcUrl), pollingInterval: 50 })
const glm = providerBySlug(devnet, 'glm-5-fp8')

async function freshUser() {
  const key: Hex = generatePrivateKey()
  const address = privateKeyToAccount(key).address
  await client.request({
    method: 'anvil_setBalance',
    params: [address, `0x${parseEther('100').toString(16)}`],
  } as never)
  return { ...devnetUser(devnet, key), key }
}

let user: Awaited<ReturnType<typeof freshUser>>
let rpcMethods: string[] = []

beforeAll(async () => {
  user = await freshUser()
  await user.createLedger(parseEther('5'))
  await user.transferFund(glm.address, parseEther('2'))
  const res = await post(
    `${glm.url}/v1/proxy/chat/completions`,
    chatBody('history, please'),
    `Bearer ${await user.appSk(glm.address)}`,
  )
  expect(res.status).toBe(200)
  await res.arrayBuffer()
  const settle = await post(
    `${devnet.providerServerUrl}/__admin/settle`,
    JSON.stringify({ slug: glm.slug }),
  )
  expect(settle.status).toBe(200)
}, 60_000)

describe('chain history', () => {
  it('lists transfer, settlement and fee, and a retrieve, each with its provider', async () => {
    // Retrieve: starts the refund (RefundRequested).
    const wallet = createWalletClient({
      account: privateKeyToAccount(user.key),
      chain: anvil,
      transport: http(devnet.rpcUrl),
    })
    const hash = await wallet.writeContract({
      address: devnet.contracts.ledger,
      abi: ledgerManagerAbi,
      functionName: 'retrieveFund',
      args: [[glm.address], await fetchInferenceServiceName(client, DEVNET_CHAIN_ID)],
    })
    await client.waitForTransactionReceipt({ hash, pollingInterval: 50 })

    const counting = createPublicClient({
      transport: http(devnet.rpcUrl, {
        onFetchRequest: async (req) => {
          const body = (await req.clone().json()) as { method: string } | { method: string }[]
          for (const b of [body].flat()) rpcMethods.push(b.method)
        },
      }),
    })
    rpcMethods = []
    const history = await fetchChainHistory(counting as never, DEVNET_CHAIN_ID, user.address)
    const kinds = history.map((e) => e.kind)
    expect(kinds).toContain('balance-updated')
    expect(kinds).toContain('settlement')
    expect(kinds).toContain('fund-spent')
    expect(kinds).toContain('refund-requested')
    for (const e of history) {
      expect(e.provider?.toLowerCase()).toBe(glm.address.toLowerCase())
      expect(e.at).toBeGreaterThan(0)
    }
    const transfer = history.find(
      (e) => e.kind === 'balance-updated' && e.amount === parseEther('2'),
    )
    expect(transfer).toBeDefined()
    // All five events of both contracts in one eth_getLogs (the devnet is one block chunk).
    expect(rpcMethods.filter((m) => m === 'eth_getLogs')).toHaveLength(1)
  })

  it("another user's history does not include these events", async () => {
    const other = await freshUser()
    expect(await fetchChainHistory(client as never, DEVNET_CHAIN_ID, other.address)).toEqual([])
  })
})
