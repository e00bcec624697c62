import { parseEther, type Address, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { checkAdmission } from './admission'
import type { HttpError } from './http-json'
import { Meter, requestsHashOf } from './metering'
import { RateLimiter } from './rate-limit'

const P = '0x00000000000000000000000000000000000000aa' as Address
const U = '0x00000000000000000000000000000000000000bb' as Address
const h = (n: number): Hex => `0x${n.toString(16).padStart(64, '0')}`

describe('RateLimiter', () => {
  it('allows a burst, then 429 without Retry-After (as the broker) until the bucket refills', () => {
    let now = 0
    const rl = new RateLimiter({ perMinute: 30, burst: 5, concurrent: 10 }, () => now)
    for (let i = 0; i < 5; i++) rl.acquire('k')()
    let err: HttpError | undefined
    try {
      rl.acquire('k')
    } catch (e) {
      err = e as HttpError
    }
    expect(err?.status).toBe(429)
    expect(err?.headers['Retry-After']).toBeUndefined()
    expect(err?.message).toMatch(/retry in 2 s/)
    now += 2000
    expect(() => rl.acquire('k')()).not.toThrow()
    expect(() => rl.acquire('other')()).not.toThrow()
  })

  it('caps concurrent requests and frees a slot on release', () => {
    const rl = new RateLimiter({ perMinute: 600, burst: 100, concurrent: 2 }, () => 0)
    const a = rl.acquire('k')
    rl.acquire('k')
    expect(() => rl.acquire('k')).toThrow(/concurrent/)
    a()
    a() // idempotent
    expect(() => rl.acquire('k')).not.toThrow()
  })
})

describe('Meter', () => {
  it('keeps fees served during a settlement and drops hashes only when fully settled', () => {
    const m = new Meter()
    m.record(P, U, 10n, h(1))
    m.record(P, U, 5n, h(2))
    const [snap] = m.snapshot(P)
    expect(snap).toMatchObject({ totalFee: 15n, requestHashes: [h(1), h(2)] })
    m.record(P, U, 7n, h(3)) // served while the tx is pending
    expect(m.applySettlement(P, snap!, 0n)).toBe(15n)
    expect(m.unsettled(P, U)).toBe(7n)
    expect(m.snapshot(P)[0]!.requestHashes).toEqual([h(3)])
  })

  it('keeps a partial remainder', () => {
    const m = new Meter()
    m.record(P, U, 10n, h(1))
    const [snap] = m.snapshot(P)
    expect(m.applySettlement(P, snap!, 4n)).toBe(6n)
    expect(m.unsettled(P, U)).toBe(4n)
  })

  it('counts in-flight reservations in committed()', () => {
    const m = new Meter()
    const release = m.reserve(P, U, 3n)
    expect(m.committed(P, U)).toBe(3n)
    release()
    release()
    expect(m.committed(P, U)).toBe(0n)
  })

  it('hashes the concatenation of request hashes', () => {
    expect(requestsHashOf([h(1), h(2)])).not.toBe(requestsHashOf([h(2), h(1)]))
  })
})

describe('checkAdmission', () => {
  const account = { balance: parseEther('2'), pendingRefund: 0n }
  it('admits when balance − pendingRefund ≥ unsettled + fee + 1 0G', () => {
    expect(() =>
      checkAdmission({ account, unsettled: parseEther('0.5'), estimatedFee: parseEther('0.5') }),
    ).not.toThrow()
  })
  it('refuses with the broker\'s 400 "insufficient balance" words, amounts as toZG prints them', () => {
    let err: unknown
    try {
      checkAdmission(
        {
          account: { ...account, pendingRefund: parseEther('1') },
          unsettled: parseEther('0.25'),
          estimatedFee: parseEther('0.0000015'),
        },
        '0x00000000000000000000000000000000000000a1',
      )
    } catch (e) {
      err = e
    }
    expect(err).toMatchObject({ status: 400 })
    expect((err as Error).message).toBe(
      'validate request: insufficient balance: your locked balance is 1.000000 0G, but the required minimum is 1.250001 0G (breakdown: minimum reserve 1.000000 0G + unsettled fees 0.250000 0G + current request fee 0.000001 0G). Please add more funds with: 0g-compute-cli transfer-fund --provider 0x00000000000000000000000000000000000000a1 --amount <amount>',
    )
  })
})
