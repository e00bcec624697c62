/** Spendable, unit estimates, refund locks and the funding planner, with edge values. */
import { describe, expect, it } from 'vitest'
import type { Address } from 'viem'
import { planFunding } from './planner'
import { formatDuration, maturedRefunds, openRefunds, retrievable } from './refunds'
import { spendableNow, unitCost, unitsFor, unitsLabel } from './spendable'

const E18 = 10n ** 18n
const A = '0x00000000000000000000000000000000000000a1' as Address
const B = '0x00000000000000000000000000000000000000b2' as Address
const C = '0x00000000000000000000000000000000000000c3' as Address
const chat = {
  serviceType: 'chatbot',
  inputPrice: 10n ** 12n,
  outputPrice: 2n * 10n ** 12n,
  additionalInfo: '',
}
const image = {
  serviceType: 'text-to-image',
  inputPrice: 0n,
  outputPrice: 3n * 10n ** 15n,
  additionalInfo: '',
}

describe('spendableNow', () => {
  it('subtracts pending refunds, unsettled usage and the 1 0G reserve', () => {
    expect(spendableNow(5n * E18, E18, 10n ** 17n)).toBe(3n * E18 - 10n ** 17n)
  })
  it('is exactly 0 at the admission edge and never negative', () => {
    expect(spendableNow(E18, 0n, 0n)).toBe(0n)
    expect(spendableNow(E18 + 1n, 0n, 0n)).toBe(1n)
    expect(spendableNow(E18, 0n, 1n)).toBe(0n)
    expect(spendableNow(0n, 0n, 0n)).toBe(0n)
  })
})

describe('unitCost / unitsFor', () => {
  it('prices a typical chat message (1000 in, 500 out)', () => {
    expect(unitCost(chat)).toEqual({
      unit: 'message',
      cost: 1000n * 10n ** 12n + 500n * 2n * 10n ** 12n,
    })
  })
  it('prices images by outputPrice; speech per minute when billed by duration, else per transcription', () => {
    expect(unitCost(image)).toEqual({ unit: 'image', cost: 3n * 10n ** 15n })
    const stt = {
      serviceType: 'speech-to-text',
      inputPrice: 5n,
      outputPrice: 7n,
      additionalInfo: '',
    }
    expect(unitCost(stt)).toEqual({ unit: 'transcription', cost: 5n * 1000n + 7n * 500n })
    const perSecond = { ...stt, additionalInfo: '{"billingUnit":"second"}' }
    expect(unitCost(perSecond)).toEqual({ unit: 'minute', cost: 5n * 60n })
  })
  it('counts whole units, and free services as no charge', () => {
    expect(unitsFor(E18, 3n * 10n ** 15n)).toBe(333n)
    expect(unitsFor(E18, 0n)).toBeNull()
    expect(unitsLabel(1234n, 'message')).toBe('1,234 messages')
    expect(unitsLabel(1n, 'image')).toBe('1 image')
    expect(unitsLabel(null, 'image')).toBe('no charge')
  })
})

describe('refunds', () => {
  const account = {
    provider: A,
    balance: 5n * E18,
    pendingRefund: 3n * E18,
    acknowledged: true,
    nonce: 0n,
    refunds: [
      { index: 0n, amount: E18, createdAt: 1000n, processed: false },
      { index: 1n, amount: 2n * E18, createdAt: 2000n, processed: false },
      { index: 2n, amount: 9n * E18, createdAt: 0n, processed: true },
    ],
  }
  it('unlocks exactly at createdAt + lockTime', () => {
    expect(openRefunds(account, 3600n, 4599n).map((r) => r.secondsLeft)).toEqual([1n, 1001n])
    expect(maturedRefunds(account, 3600n, 4599n)).toBe(0n)
    expect(maturedRefunds(account, 3600n, 4600n)).toBe(E18)
    expect(maturedRefunds(account, 3600n, 99999n)).toBe(3n * E18)
  })
  it('retrievable is what is not already refunding', () => {
    expect(retrievable(account)).toBe(2n * E18)
    expect(retrievable({ ...account, pendingRefund: 6n * E18 })).toBe(0n)
  })
  it('formats durations', () => {
    expect(formatDuration(3600n)).toBe('1 h 00 min')
    expect(formatDuration(65n)).toBe('1 min 05 s')
    expect(formatDuration(0n)).toBe('0 s')
    expect(formatDuration(90000n)).toBe('1 d 1 h')
  })
})

describe('planFunding', () => {
  const perImage = 3n * 10n ** 15n
  it('transfers only the deficit for an existing sub-account', () => {
    // 10 images/day × 10 days = 0.3 0G, + 1 0G reserve + 0.1 unsettled = 1.4; has 2 − 1 pending = 1
    const plan = planFunding(
      [{ provider: A, service: image, perDay: 10n }],
      10n,
      [{ provider: A, balance: 2n * E18, pendingRefund: E18, unsettled: 10n ** 17n }],
      100n * E18,
    )
    expect(plan.transfers[0]).toEqual({
      provider: A,
      needed: 100n * perImage + E18 + 10n ** 17n,
      have: E18,
      amount: 100n * perImage + 10n ** 17n,
      isNew: false,
    })
    expect(plan.shortfall).toBe(0n)
  })
  it('proposes nothing when covered, to the neuron', () => {
    const needed = 10n * perImage + E18
    const plan = planFunding(
      [{ provider: A, service: image, perDay: 10n }],
      1n,
      [{ provider: A, balance: needed, pendingRefund: 0n, unsettled: 0n }],
      0n,
    )
    expect(plan.transfers[0]!.amount).toBe(0n)
    const short = planFunding(
      [{ provider: A, service: image, perDay: 10n }],
      1n,
      [{ provider: A, balance: needed - 1n, pendingRefund: 0n, unsettled: 0n }],
      0n,
    )
    expect(short.transfers[0]!.amount).toBe(1n)
    expect(short.shortfall).toBe(1n)
  })
  it('a new sub-account gets the reserve plus usage (at least 1 0G)', () => {
    const plan = planFunding([{ provider: B, service: image, perDay: 0n }], 30n, [], 10n * E18)
    expect(plan.transfers[0]).toMatchObject({ amount: E18, isNew: true })
  })
  it('flags idle sub-accounts not in the plan and sums the shortfall', () => {
    const plan = planFunding(
      [
        { provider: A, service: image, perDay: 1000n },
        { provider: B, service: chat, perDay: 1n },
      ],
      1n,
      [
        { provider: C, balance: 2n * E18, pendingRefund: 5n * 10n ** 17n, unsettled: 0n },
        { provider: B, balance: 10n * E18, pendingRefund: 0n, unsettled: 0n },
      ],
      E18,
    )
    expect(plan.idle).toEqual([{ provider: C, amount: 15n * 10n ** 17n }])
    expect(plan.transfers.map((t) => t.amount)).toEqual([1000n * perImage + E18, 0n])
    expect(plan.shortfall).toBe(1000n * perImage)
  })
})
