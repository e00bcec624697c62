/**
 * The one paid-exchange workflow after the call (#12.3): persist "verifying" → record usage →
 * verify → store the verdict, with usage ids unique per response. The signature check itself is
 * stubbed (its own tests are verify-response.test.ts and the devnet conformance test).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Exchange } from '@/api/provider-client'
import type { Service } from '@/contracts/service'
import type { VerdictPatch } from '@/lib/playground/paid-exchange'
import type { VerificationResult } from '@/lib/protocol/verify-response'
import type * as VerifyModule from './verify-exchange'

const user = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const
const service = {
  provider: '0x00000000000000000000000000000000000000B2',
  serviceType: 'chatbot',
  url: 'http://127.0.0.1:1',
  model: 'GLM-5-FP8',
  inputPrice: 2n,
  outputPrice: 3n,
  additionalInfo: '',
} as unknown as Service
const verified = { status: 'verified' } as unknown as VerificationResult
const verifyOnce = vi.fn()
vi.mock('./verify-exchange', async (actual) => ({
  ...(await actual<typeof VerifyModule>()),
  verifyOnce: (...args: unknown[]) => verifyOnce(...args) as unknown,
}))

let data: Map<string, string>
beforeEach(() => {
  vi.resetModules()
  verifyOnce.mockReset()
  verifyOnce.mockResolvedValue({ result: verified })
  data = new Map()
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  })
})
afterEach(() => vi.unstubAllGlobals())

const load = async () => ({
  flow: await import('./paid-exchange'),
  usage: await import('@/api/usage-store'),
})

const exchange = (chatId: string): Exchange => ({
  chatId,
  requestBody: new TextEncoder().encode('{"q":1}'),
  responseBody: new TextEncoder().encode('{"a":2}'),
})
const tokens = { kind: 'tokens', inputTokens: 10n, outputTokens: 5n } as const

function settleInput(chatId: string, log: string[] = []) {
  return {
    ctx: { chainId: 31337 as const },
    owner: { chainId: 31337, user },
    service,
    exchange: exchange(chatId),
    usage: tokens,
    kind: 'chat' as const,
    persist: async (paid: { id: string; verification: { status: string } }) => {
      log.push(`persist ${paid.verification.status}`)
      return paid.id
    },
    patchVerdict: (id: string, p: VerdictPatch) =>
      void log.push(`patch ${id} ${p.verification.status}`),
  }
}

describe('settlePaidExchange', () => {
  it('persists "verifying" with the expected text, records the usage, then stores the verdict', async () => {
    const { flow, usage } = await load()
    const log: string[] = []
    verifyOnce.mockImplementation(async () => {
      log.push(`verify (usage records: ${usage.listUsage(31337, user).length})`)
      return { result: verified }
    })
    const { paid, saved, verdict } = await flow.settlePaidExchange(settleInput('chat-1', log))
    expect(saved).toBe(paid.id)
    expect(paid.fee).toBe(10n * 2n + 5n * 3n)
    expect(paid.verification.status).toBe('verifying')
    expect(paid.verification.expectedText).toMatch(/^[0-9a-f]{64}:[0-9a-f]{64}$/)
    expect(await verdict).toEqual({ verification: verified })
    expect(log).toEqual([
      'persist verifying',
      'verify (usage records: 1)',
      `patch ${paid.id} verified`,
    ])
    const [record] = usage.listUsage(31337, user)
    expect(record).toMatchObject({ id: paid.id, chatId: 'chat-1', fee: '35', kind: 'chat' })
    // The check is keyed by the record id, like the resumed one after a reload.
    expect(verifyOnce.mock.calls[0]![0]).toBe(paid.id)
  })

  it('two responses with an empty chat id both count', async () => {
    const { flow, usage } = await load()
    await flow.settlePaidExchange(settleInput(''))
    await flow.settlePaidExchange(settleInput(''))
    const records = usage.listUsage(31337, user)
    expect(records).toHaveLength(2)
    expect(new Set(records.map((r) => r.id)).size).toBe(2)
    expect(records.every((r) => r.id !== '' && r.chatId === undefined)).toBe(true)
  })

  it('the same response written twice (a retried step) counts once', async () => {
    const { flow, usage } = await load()
    const first = await flow.settlePaidExchange({ ...settleInput('chat-1'), id: 'rec-1' })
    await first.verdict
    await flow.settlePaidExchange({ ...settleInput('chat-1'), id: 'rec-1' })
    expect(usage.listUsage(31337, user).map((r) => r.id)).toEqual(['rec-1'])
  })

  it('a failed persist still records the usage (the provider charged it) and is thrown', async () => {
    const { flow, usage } = await load()
    const input = {
      ...settleInput('chat-1'),
      persist: () => Promise.reject(new Error('disk full')),
    }
    await expect(flow.settlePaidExchange(input)).rejects.toThrow('disk full')
    expect(usage.listUsage(31337, user)).toHaveLength(1)
    expect(verifyOnce).not.toHaveBeenCalled()
  })

  it('no reported usage: nothing is priced or recorded, the check still runs', async () => {
    const { flow, usage } = await load()
    const { paid, verdict } = await flow.settlePaidExchange({ ...settleInput('c'), usage: null })
    expect(paid.fee).toBeNull()
    expect(await verdict).toEqual({ verification: verified })
    expect(usage.listUsage(31337, user)).toEqual([])
  })

  it('a verdict that cannot be stored does not reject', async () => {
    const { flow } = await load()
    const { verdict } = await flow.settlePaidExchange({
      ...settleInput('c'),
      patchVerdict: () => Promise.reject(new Error('gone')),
    })
    expect(await verdict).toEqual({ verification: verified })
  })
})

describe('resumeChecks', () => {
  it('resumes the verifying results of a known service from the stored text, by record id', async () => {
    const { flow } = await load()
    const patched: string[] = []
    const started = flow.resumeChecks(
      [
        {
          id: 'r1',
          chatId: 'c1',
          provider: service.provider.toLowerCase(),
          verification: { status: 'verifying', expectedText: 'a:b' },
        },
        {
          id: 'r2',
          chatId: 'c2',
          provider: '0x00000000000000000000000000000000000000C3',
          verification: { status: 'verifying', expectedText: 'a:b' },
        },
        { id: 'r3', chatId: 'c3', provider: service.provider, verification: verified },
      ],
      [service],
      { chainId: 31337 },
      (id, p) => void patched.push(`${id} ${p.verification.status}`),
    )
    await Promise.all(started)
    expect(verifyOnce).toHaveBeenCalledTimes(1)
    expect(verifyOnce.mock.calls[0]![0]).toBe('r1')
    expect(verifyOnce.mock.calls[0]![3]).toEqual({ chatId: 'c1', expectedText: 'a:b' })
    expect(patched).toEqual(['r1 verified'])
  })
})

describe('settlePaidExchange for a multi-model service (docs/protocol.md §8)', () => {
  const forwarder = {
    ...service,
    model: 'qwen-plus',
    inputPrice: 100n,
    outputPrice: 200n,
    additionalInfo: JSON.stringify({ MultiModel: true }),
  } as unknown as Service
  const models = [
    { model: 'qwen-plus', inputPrice: 4n, outputPrice: 12n, tiers: null, cacheTokenBilling: null },
    { model: 'qwen-turbo', inputPrice: 1n, outputPrice: 2n, tiers: null, cacheTokenBilling: null },
  ]
  const withBody = (body: string): Exchange => ({
    chatId: `c-${body.length}`,
    requestBody: new TextEncoder().encode(body),
    responseBody: new TextEncoder().encode('{}'),
  })

  it('bills the model the request named, the service model when none, the ceiling without a list', async () => {
    const { flow } = await load()
    const settle = (exchange: Exchange, modelPrices?: typeof models) =>
      flow.settlePaidExchange({ ...settleInput('x'), service: forwarder, exchange, modelPrices })
    expect((await settle(withBody('{"model":"qwen-turbo"}'), models)).paid.fee).toBe(
      10n * 1n + 5n * 2n,
    )
    expect((await settle(withBody('{"messages":[]}'), models)).paid.fee).toBe(10n * 4n + 5n * 12n)
    // An unlisted model, or no published list: the on-chain ceiling, an upper bound.
    expect((await settle(withBody('{"model":"other"}'), models)).paid.fee).toBe(
      10n * 100n + 5n * 200n,
    )
    expect((await settle(withBody('{"model":"qwen-turbo"}'))).paid.fee).toBe(10n * 100n + 5n * 200n)
    expect(flow.requestedModel(new TextEncoder().encode('--boundary'))).toBe(null)
  })

  it('ignores model prices for a single-model service', async () => {
    const { flow } = await load()
    const { paid } = await flow.settlePaidExchange({
      ...settleInput('y'),
      exchange: withBody('{"model":"qwen-turbo"}'),
      modelPrices: models,
    })
    expect(paid.fee).toBe(10n * 2n + 5n * 3n)
  })
})
