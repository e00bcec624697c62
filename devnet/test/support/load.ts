/**
 * Helpers for the load tests: a private devnet on free ports, users with ledgers and sub-accounts,
 * tiny non-streamed chat requests, and a bounded-concurrency runner.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseEther } from 'viem'
import { feeFor } from '../../../src/lib/protocol/pricing'
import { additionalInfoFor, CATALOG } from '../../src/catalog'
import { devnetConfigFromEnv } from '../../src/config'
import { startDevnet, type RunningDevnet } from '../../src/devnet'
import type { DevnetInfo } from '../../src/types'
import { readUnsettled, type UnsettledEntry } from '../../testkit/knobs'
import {
  chatBody,
  post,
  providerBySlug,
  providerTestUser,
  type ProviderInfo,
  type ProviderTestUser,
} from './provider-user'

export const LOAD_SLUGS = [
  'glm-5-fp8',
  'deepseek-chat-v3-0324',
  'gpt-oss-120b',
  'qwen-2-5-7b-instruct',
]

/** A devnet of its own (anvil + contracts + provider server) with the given rate limits. */
export function startPrivateDevnet(rate: {
  perMinute: number
  burst: number
  concurrent: number
}): Promise<RunningDevnet> {
  return startDevnet(
    devnetConfigFromEnv({
      DEVNET_RPC_PORT: '0',
      DEVNET_PROVIDER_PORT: '0',
      DEVNET_TEST: '1',
      DEVNET_SETTLE_INTERVAL_MS: '0',
      DEVNET_RATE_PER_MIN: String(rate.perMinute),
      DEVNET_RATE_BURST: String(rate.burst),
      DEVNET_RATE_CONCURRENT: String(rate.concurrent),
      DEVNET_STATE_DIR: mkdtempSync(path.join(os.tmpdir(), 'devnet-load-')),
    }),
  )
}

export interface LoadUser {
  user: ProviderTestUser
  /** Bearer per provider slug. */
  auth: Map<string, string>
}

/** Every dev wallet gets a ledger and `perProvider` 0G in a sub-account with each provider. */
export async function setUpUsers(
  devnet: DevnetInfo,
  slugs: readonly string[],
  perProvider: bigint,
): Promise<LoadUser[]> {
  return Promise.all(
    devnet.devWallets.map(async (_, i) => {
      const user = providerTestUser(devnet, i)
      await user.fundLedger(perProvider * BigInt(slugs.length) + parseEther('1'))
      const auth = new Map<string, string>()
      for (const slug of slugs) {
        const p = providerBySlug(devnet, slug)
        await user.transferFund(p.address, perProvider)
        auth.set(slug, await user.bearer(p.address))
      }
      return { user, auth }
    }),
  )
}

/** The fee of one answer, from the usage in its body, by the published prices. */
export function feeOfUsage(
  slug: string,
  usage: { prompt_tokens: number; completion_tokens: number },
): bigint {
  const entry = CATALOG.find((e) => e.slug === slug)!
  return feeFor(
    {
      serviceType: entry.serviceType,
      inputPrice: entry.inputPrice,
      outputPrice: entry.outputPrice,
      additionalInfo: additionalInfoFor(entry),
    },
    {
      kind: 'tokens',
      inputTokens: BigInt(usage.prompt_tokens),
      outputTokens: BigInt(usage.completion_tokens),
    },
  )
}

export interface ChatOutcome {
  status: number
  retryAfter: string | null
  code: string | null
  /** the error text: the broker's `{"error": "…"}` or the OpenAI envelope's message */
  message: string | null
  fee: bigint
}

/** One tiny non-streamed chat; reads the whole answer. */
export async function tinyChat(p: ProviderInfo, auth: string, text: string): Promise<ChatOutcome> {
  const res = await post(`${p.url}/v1/proxy/chat/completions`, chatBody(text), auth)
  const body = (await res.json()) as {
    usage?: { prompt_tokens: number; completion_tokens: number }
    error?: { code: string | null; message: string } | string
  }
  const error = body.error
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    code: typeof error === 'object' ? error.code : null,
    message: typeof error === 'string' ? error : (error?.message ?? null),
    fee: res.status === 200 && body.usage ? feeOfUsage(p.slug, body.usage) : 0n,
  }
}

/** Runs `total` tasks with at most `concurrency` in flight. */
export async function runBounded(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < total) {
      const i = next++
      await task(i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker))
}

export type { UnsettledEntry }

export async function unsettledEntries(devnet: DevnetInfo): Promise<UnsettledEntry[]> {
  return (await readUnsettled(devnet.providerServerUrl)).entries
}

export const pairKey = (slug: string, user: string): string => `${slug}|${user.toLowerCase()}`
