/**
 * A dev wallet prepared for provider-server tests: a ledger (created or topped up, since the chain
 * persists across test files), sub-accounts with chosen providers, token helpers and raw requests.
 */
import { createWalletClient, http, parseEther, type Address } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { inferenceServingAbi } from '../../../src/contracts/abis/inference-serving'
import { ledgerManagerAbi } from '../../../src/contracts/abis/ledger-manager'
import type { DevnetInfo } from '../../src/types'
import { devnetUser } from './user'

export type ProviderInfo = DevnetInfo['providers'][number]

export function providerBySlug(devnet: DevnetInfo, slug: string): ProviderInfo {
  const p = devnet.providers.find((x) => x.slug === slug)
  if (!p) throw new Error(`no provider ${slug}`)
  return p
}

export function providerTestUser(devnet: DevnetInfo, walletIndex: number) {
  const key = devnet.devWallets[walletIndex]!.privateKey
  const base = devnetUser(devnet, key)
  const account = privateKeyToAccount(key)
  const wallet = createWalletClient({ account, transport: http(devnet.rpcUrl) })
  const send = async (params: Record<string, unknown>): Promise<void> => {
    const { request } = await base.publicClient.simulateContract({ ...params, account } as never)
    const hash = await wallet.writeContract(request as never)
    const receipt = await base.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 50 })
    if (receipt.status !== 'success') throw new Error(`transaction reverted: ${hash}`)
  }
  const subAccount = (provider: Address) =>
    base.publicClient.readContract({
      address: devnet.contracts.inference,
      abi: inferenceServingAbi,
      functionName: 'getAccount',
      args: [account.address, provider],
    })
  return {
    ...base,
    subAccount,
    /** Creates the ledger with `amount`, or deposits `amount` into the existing one. */
    async fundLedger(amount: bigint): Promise<void> {
      const exists = await base.publicClient
        .readContract({
          address: devnet.contracts.ledger,
          abi: ledgerManagerAbi,
          functionName: 'getLedger',
          args: [account.address],
        })
        .then(() => true)
        .catch(() => false)
      if (exists) {
        await send({
          address: devnet.contracts.ledger,
          abi: ledgerManagerAbi,
          functionName: 'depositFund',
          value: amount,
        })
      } else await base.addLedger(amount)
    },
    revokeAllTokens: (provider: Address) =>
      send({
        address: devnet.contracts.inference,
        abi: inferenceServingAbi,
        functionName: 'revokeAllTokens',
        args: [provider],
      }),
    /** `Authorization` header value for `provider`. */
    async bearer(provider: Address, opts: Parameters<typeof base.appSk>[1] = {}): Promise<string> {
      return `Bearer ${await base.appSk(provider, opts)}`
    },
  }
}

export type ProviderTestUser = ReturnType<typeof providerTestUser>

/** Chat body bytes (kept exact: the signature covers them). */
export function chatBody(content: string, extra: Record<string, unknown> = {}): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({ messages: [{ role: 'user', content }], ...extra }),
  )
}

/** POST to a provider route with an optional auth header. */
export function post(
  url: string,
  body: Uint8Array | string,
  authorization?: string,
  contentType = 'application/json',
) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      ...(authorization ? { Authorization: authorization } : {}),
    },
    body: typeof body === 'string' ? body : Buffer.from(body),
  })
}

/** The OpenAI-style error of a response. */
export async function errorOf(
  res: Response,
): Promise<{ message: string; type: string; code: string | null }> {
  const body = (await res.json()) as {
    error: { message: string; type: string; code: string | null }
  }
  return body.error
}

export const ONE_0G = parseEther('1')
