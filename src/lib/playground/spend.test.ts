import { describe, expect, it } from 'vitest'
import type { UsageRecord } from '@/lib/usage-record'
import { shareOfMax, spendPerDay, spendPerProvider } from './spend'

const rec = (fee: string, at: string, provider: `0x${string}`, model: string): UsageRecord => ({
  id: `${fee}${at}${provider}`,
  chainId: 31337,
  user: '0x0000000000000000000000000000000000000001',
  provider,
  model,
  kind: 'chat',
  fee,
  at: Date.parse(at),
})
const A = '0x000000000000000000000000000000000000000A'
const B = '0x000000000000000000000000000000000000000B'

describe('spend', () => {
  const records = [
    rec('1000000000000000001', '2026-01-02T23:59:59Z', A, 'a'),
    rec('2', '2026-01-02T00:00:00Z', B, 'b'),
    rec('5', '2026-01-01T12:00:00Z', A, 'a'),
  ]
  it('sums exactly per UTC day, oldest first', () => {
    expect(spendPerDay(records).map((b) => [b.key, b.total, b.count])).toEqual([
      ['2026-01-01', 5n, 1],
      ['2026-01-02', 1000000000000000003n, 2],
    ])
  })
  it('sums per provider, largest first', () => {
    expect(spendPerProvider(records).map((b) => [b.label, b.total])).toEqual([
      ['a', 1000000000000000006n],
      ['b', 2n],
    ])
  })
  it('bar shares use integer math', () => {
    expect(shareOfMax(1n, 3n)).toBe(333)
    expect(shareOfMax(5n, 0n)).toBe(0)
    expect(shareOfMax(2n ** 200n, 2n ** 200n)).toBe(1000)
  })
})
