/**
 * The devnet under load, on devnets of its own (so the shared one is not disturbed):
 * - 200 concurrent chats across providers and users with the default limits (30/min, burst 5,
 *   5 concurrent per user and provider): no crash, every answer 200 or a correct 429;
 * - a bounded soak (SOAK_REQUESTS, default 10 000) with raised limits: heap flat, metering equals
 *   the sum of the fees in the answers, settlement debits exactly that on chain.
 */
import { parseEther } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningDevnet } from '../src/devnet'
import {
  LOAD_SLUGS,
  pairKey,
  runBounded,
  setUpUsers,
  startPrivateDevnet,
  tinyChat,
  unsettledEntries,
  type ChatOutcome,
  type LoadUser,
} from './support/load'
import { providerBySlug } from './support/provider-user'

const SOAK_REQUESTS = Number(process.env.SOAK_REQUESTS ?? 10_000)
const SOAK_CONCURRENCY = 20
const DEFAULT_LIMITS = { perMinute: 30, burst: 5, concurrent: 5 }

/** Sub-account balances per (slug, user), read from chain. */
async function balances(devnet: RunningDevnet, users: LoadUser[]): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>()
  for (const { user } of users) {
    for (const slug of LOAD_SLUGS) {
      const p = providerBySlug(devnet.info, slug)
      out.set(pairKey(slug, user.address), (await user.subAccount(p.address)).balance)
    }
  }
  return out
}

/** Settles everything and checks each sub-account fell by exactly `expected` for its pair. */
async function expectSettledExactly(
  devnet: RunningDevnet,
  users: LoadUser[],
  expected: Map<string, bigint>,
): Promise<void> {
  const before = await balances(devnet, users)
  await devnet.settleAll()
  const after = await balances(devnet, users)
  for (const [key, fee] of expected) {
    expect(before.get(key)! - after.get(key)!, key).toBe(fee)
  }
  for (const e of await unsettledEntries(devnet.info)) {
    expect(e.unsettled, `${e.slug} ${e.user} left unsettled`).toBe('0')
    expect(e.requests, 'request hashes are dropped once settled').toBe(0)
    expect(e.inFlight).toBe('0')
  }
}

/** Compares the server's meter with the per-pair sums of the fees the answers reported. */
async function expectMeterEquals(
  devnet: RunningDevnet,
  expected: Map<string, bigint>,
  served: Map<string, number>,
): Promise<void> {
  const entries = await unsettledEntries(devnet.info)
  const metered = new Map(entries.map((e) => [pairKey(e.slug, e.user), e]))
  for (const [key, fee] of expected) {
    expect(metered.get(key)?.unsettled, key).toBe(fee.toString())
    expect(metered.get(key)?.servedRequests, key).toBe(served.get(key))
  }
  expect(
    entries.filter((e) => !expected.has(pairKey(e.slug, e.user)) && e.unsettled !== '0'),
  ).toEqual([])
}

function tally(
  fees: Map<string, bigint>,
  served: Map<string, number>,
  key: string,
  out: ChatOutcome,
): void {
  if (out.status !== 200) return
  fees.set(key, (fees.get(key) ?? 0n) + out.fee)
  served.set(key, (served.get(key) ?? 0) + 1)
}

describe('200 concurrent requests with the default rate limits', () => {
  let devnet: RunningDevnet
  let users: LoadUser[]
  beforeAll(async () => {
    devnet = await startPrivateDevnet(DEFAULT_LIMITS)
    users = await setUpUsers(devnet.info, LOAD_SLUGS, parseEther('5'))
  }, 120_000)
  afterAll(() => devnet?.stop())

  it('answers every request 200 or 429 (no Retry-After, as the broker), meters and settles exactly the 200s', async () => {
    const pairs = users.flatMap((u) => LOAD_SLUGS.map((slug) => ({ u, slug })))
    const started = Date.now()
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const { u, slug } = pairs[i % pairs.length]!
        const p = providerBySlug(devnet.info, slug)
        const out = await tinyChat(p, u.auth.get(slug)!, `load ${i}`)
        return { key: pairKey(slug, u.user.address), out }
      }),
    )
    const elapsedMin = (Date.now() - started) / 60_000
    const fees = new Map<string, bigint>()
    const served = new Map<string, number>()
    for (const { key, out } of results) {
      expect(
        [200, 429],
        JSON.stringify(out, (_k, v: unknown) => String(v)),
      ).toContain(out.status)
      if (out.status === 429) {
        expect(out.message).toMatch(/rate limit exceeded|too many concurrent requests/)
        expect(out.retryAfter).toBeNull()
      }
      tally(fees, served, key, out)
    }
    // Per (user, provider): never more than the burst plus what refilled meanwhile; at least one served.
    const allowed = DEFAULT_LIMITS.burst + Math.ceil(elapsedMin * DEFAULT_LIMITS.perMinute)
    for (const { u, slug } of pairs) {
      const n = served.get(pairKey(slug, u.user.address)) ?? 0
      expect(n).toBeGreaterThanOrEqual(1)
      expect(n).toBeLessThanOrEqual(allowed)
    }
    expect(results.filter((r) => r.out.status === 429).length).toBeGreaterThan(0)
    const health = await fetch(`${devnet.info.providerServerUrl}/health`)
    expect(health.status).toBe(200)
    await expectMeterEquals(devnet, fees, served)
    await expectSettledExactly(devnet, users, fees)
  })
})

describe(`bounded soak: ${SOAK_REQUESTS} requests on loopback`, () => {
  let devnet: RunningDevnet
  let users: LoadUser[]
  beforeAll(async () => {
    devnet = await startPrivateDevnet({ perMinute: 1_000_000, burst: 1_000_000, concurrent: 1000 })
    users = await setUpUsers(devnet.info, LOAD_SLUGS, parseEther('50'))
  }, 120_000)
  afterAll(() => devnet?.stop())

  const heap = (): number => {
    const gc = (globalThis as { gc?: () => void }).gc
    if (!gc) throw new Error('run with --expose-gc (vitest.config.ts, project devnet: execArgv)')
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }

  it('stays up, heap flat, meters the sum of the fees and settles exactly that', async () => {
    const pairs = users.flatMap((u) => LOAD_SLUGS.map((slug) => ({ u, slug })))
    const fees = new Map<string, bigint>()
    const served = new Map<string, number>()
    const statuses = new Map<number, number>()
    const warmUp = Math.min(1000, Math.floor(SOAK_REQUESTS / 10))
    let heapAfterWarmUp = 0
    const samples: number[] = []
    const run = (from: number, to: number) =>
      runBounded(to - from, SOAK_CONCURRENCY, async (j) => {
        const i = from + j
        const { u, slug } = pairs[i % pairs.length]!
        const out = await tinyChat(providerBySlug(devnet.info, slug), u.auth.get(slug)!, `s${i}`)
        statuses.set(out.status, (statuses.get(out.status) ?? 0) + 1)
        tally(fees, served, pairKey(slug, u.user.address), out)
      })
    await run(0, warmUp)
    heapAfterWarmUp = heap()
    const quarter = Math.ceil((SOAK_REQUESTS - warmUp) / 4)
    for (let from = warmUp; from < SOAK_REQUESTS; from += quarter) {
      await run(from, Math.min(SOAK_REQUESTS, from + quarter))
      samples.push(heap())
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: SOAK_REQUESTS })
    // Flat: what stays per request is its stored signature and request hash (a few hundred bytes,
    // capped at MAX_STORED_SIGNATURES / dropped on settlement); everything else is garbage.
    const growth = samples[samples.length - 1]! - heapAfterWarmUp
    const growthLimit = 16 * 1024 * 1024 + SOAK_REQUESTS * 2048
    expect(growth, `heap samples ${samples.join(', ')} after ${heapAfterWarmUp}`).toBeLessThan(
      growthLimit,
    )
    await expectMeterEquals(devnet, fees, served)
    const entries = await unsettledEntries(devnet.info)
    expect(entries.reduce((n, e) => n + e.requests, 0)).toBe(SOAK_REQUESTS)
    expect(entries.every((e) => e.inFlight === '0')).toBe(true)
    await expectSettledExactly(devnet, users, fees)
  }, 300_000)
})
