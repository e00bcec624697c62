/**
 * Shared server state handed to every route: the providers with their keys, chain access, meter,
 * limiter, signatures, test knobs and settlement.
 */
import type { StatusBoard } from './status-board'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Address } from 'viem'
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import type { CatalogEntry } from '../catalog'
import type { SeededProvider } from '../types'
import type { AccountCache } from './account-cache'
import type { ChainReader } from './chain-reader'
import type { Knobs } from './knobs'
import type { Meter } from './metering'
import type { RateLimiter } from './rate-limit'
import type { Settler } from './settlement'
import type { SignatureStore } from './signatures'

/** One provider as the server runs it. */
export interface ProviderRuntime {
  slug: string
  entry: CatalogEntry
  address: Address
  /** Signs responses, attestation report data and settlements. */
  teeAccount: PrivateKeyAccount
  /** Sends the settlement transactions (msg.sender must be the provider). */
  providerAccount: PrivateKeyAccount
  seeded: SeededProvider
}

export interface UpstreamConfig {
  /** OpenAI-compatible base URL including /v1 */
  url: string
  model?: string
  apiKey?: string
}

export interface ServerContext {
  providers: Map<string, ProviderRuntime>
  chain: ChainReader
  /** sub-accounts as the broker's contractAccountCache holds them */
  accounts: AccountCache
  meter: Meter
  limiter: RateLimiter
  signatures: SignatureStore
  knobs: Knobs
  settler: Settler
  /** per-service figures for `GET /status/health` (the 0G status API's shape) */
  status: StatusBoard
  runId: string
  chainId: number
  testMode: boolean
  upstream: UpstreamConfig | null
  log: (line: string) => void
}

/** What a per-provider route handler receives. */
export interface RouteContext {
  req: IncomingMessage
  res: ServerResponse
  server: ServerContext
  provider: ProviderRuntime
  /** Path parameters (e.g. chatId, addr). */
  params: Record<string, string>
  url: URL
}

/** Builds the runtime for a seeded provider. */
export function providerRuntime(p: SeededProvider): ProviderRuntime {
  return {
    slug: p.entry.slug,
    entry: p.entry,
    address: p.address,
    teeAccount: privateKeyToAccount(p.teeKey),
    providerAccount: privateKeyToAccount(p.privateKey),
    seeded: p,
  }
}
