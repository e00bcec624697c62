/**
 * Provider-server test helpers: a dev wallet as a devnet user (the actor is devnet/testkit/user.ts:
 * a ledger created or topped up, since the chain persists across test files, sub-accounts, tokens),
 * raw requests and a second provider server.
 */
import { parseEther } from 'viem'
import { inject } from 'vitest'
import {
  startProviderServer,
  type ProviderServer,
  type ProviderServerOptions,
} from '../../src/provider-server/server'
import { plannedProviders } from '../../src/seed'
import type { DevnetInfo } from '../../src/types'
import { devnetUser } from '../../testkit/user'

export type ProviderInfo = DevnetInfo['providers'][number]

export function providerBySlug(devnet: DevnetInfo, slug: string): ProviderInfo {
  const p = devnet.providers.find((x) => x.slug === slug)
  if (!p) throw new Error(`no provider ${slug}`)
  return p
}

/** The seeded providers of `slugs`, in that order. */
export function providersBySlug<S extends string[]>(
  devnet: DevnetInfo,
  ...slugs: S
): { [K in keyof S]: ProviderInfo } {
  return slugs.map((slug) => providerBySlug(devnet, slug)) as { [K in keyof S]: ProviderInfo }
}

/** Dev wallet `walletIndex` as a devnet user. */
export function providerTestUser(devnet: DevnetInfo, walletIndex: number) {
  return devnetUser(devnet, devnet.devWallets[walletIndex]!.privateKey)
}

export type ProviderTestUser = ReturnType<typeof providerTestUser>

/**
 * A provider-server test file's setup: the devnet the global setup provides and dev wallet
 * `walletIndex` as its user (each file uses its own wallet so their ledgers do not interfere).
 */
export function providerTestSetup(walletIndex: number) {
  const devnet = inject('devnet')
  return { devnet, user: providerTestUser(devnet, walletIndex) }
}

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

/**
 * Another provider server for the seeded providers on the test devnet's chain, on a free local
 * port, with its own meter and knobs and no log; `opts` give the rest.
 */
export function startExtraProviderServer(
  devnet: DevnetInfo,
  opts: Pick<ProviderServerOptions, 'runId' | 'testMode' | 'settleIntervalMs' | 'rateLimit'> &
    Partial<ProviderServerOptions>,
): Promise<ProviderServer> {
  return startProviderServer({
    host: '127.0.0.1',
    port: 0,
    rpcUrl: devnet.rpcUrl,
    chainId: devnet.chainId,
    inferenceAddress: devnet.contracts.inference,
    providers: plannedProviders('http://127.0.0.1:0'),
    log: () => {},
    ...opts,
  })
}
