/** History merge, filters and exact CSV export. */
import { describe, expect, it } from 'vitest'
import type { Address, Hash } from 'viem'
import type { UsageRecord } from '../usage-record'
import {
  historyToCsv,
  joinHistory,
  mergeHistory,
  txRecordsToHistory,
  type HistoryEntry,
} from './history'
import { localUnsettled } from './unsettled'

const P = '0x00000000000000000000000000000000000000Aa' as Address
const Q = '0x00000000000000000000000000000000000000bb' as Address
const h = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash

const chain: HistoryEntry[] = [
  {
    id: 'c1',
    kind: 'balance-updated',
    at: 2000,
    provider: P,
    amount: 2n * 10n ** 18n,
    detail: 'Balance 2 0G',
    source: 'chain',
    blockNumber: 5n,
  },
  {
    id: 'c2',
    kind: 'fund-spent',
    at: 3000,
    provider: Q,
    amount: 1n,
    detail: 'Paid, "fees"',
    source: 'chain',
  },
]
const local = txRecordsToHistory([
  {
    hash: h(1),
    chainId: 31337,
    from: P,
    nonce: 0,
    label: 'Deposit 1 0G',
    kind: 'deposit',
    amount: '1000000000000000000',
    status: 'confirmed',
    submittedAt: 1000,
  },
  {
    hash: h(2),
    chainId: 31337,
    from: P,
    nonce: 1,
    label: 'Transfer 4 0G to x',
    kind: 'transfer',
    providers: [P],
    amount: '4',
    status: 'reverted',
    submittedAt: 4000,
    revertReason: 'Not enough',
  },
])

describe('history', () => {
  it('merges newest first', () => {
    expect(mergeHistory([chain, local]).map((e) => e.at)).toEqual([4000, 3000, 2000, 1000])
  })
  it('filters by kind and by provider, case-insensitively', () => {
    expect(mergeHistory([chain, local], { kind: 'deposit' }).map((e) => e.id)).toEqual([
      `local:${h(1)}`,
    ])
    expect(
      mergeHistory([chain, local], { provider: P.toLowerCase() as Address }).map((e) => e.kind),
    ).toEqual(['transfer', 'balance-updated'])
  })
  it('keeps revert reasons of local transactions', () => {
    expect(local[1]).toMatchObject({
      status: 'reverted',
      detail: 'Transfer 4 0G to x: Not enough',
      amount: 4n,
    })
  })
  it('exports exact amounts and escapes cells', () => {
    const csv = historyToCsv(mergeHistory([chain]))
    const lines = csv.trim().split('\n')
    expect(lines[0]).toBe('time,kind,provider,amount_0g,status,source,tx,block,detail')
    expect(lines[1]).toBe(
      `1970-01-01T00:00:03.000Z,fund-spent,${Q},0.000000000000000001,,chain,,,"Paid, ""fees"""`,
    )
    expect(lines[2]).toContain(',2,,chain,,5,Balance 2 0G')
  })
})

describe('localUnsettled', () => {
  const rec = (provider: Address, fee: string): UsageRecord => ({
    id: fee + provider,
    chainId: 31337,
    user: P,
    provider,
    model: 'm',
    kind: 'chat',
    fee,
    at: 0,
  })
  it('is local fees minus settled fees for that provider, never negative', () => {
    const records = [rec(Q, '5'), rec(Q, '7'), rec(P, '100')]
    expect(localUnsettled(Q, records, chain)).toBe(11n)
    expect(localUnsettled(Q, [rec(Q, '0')], chain)).toBe(0n)
    expect(localUnsettled(P, records, chain)).toBe(100n)
  })
})

describe('joinHistory', () => {
  const row = (over: Partial<HistoryEntry>): HistoryEntry => ({
    id: over.id ?? 'x',
    kind: 'deposit',
    at: 1,
    detail: '',
    source: 'chain',
    ...over,
  })
  it('drops searched rows of transactions the local log has, keeps the others', () => {
    const localRow = row({ id: 'l', hash: h(7), source: 'local', amount: 5n })
    const searchedDup = row({ id: 'n1', hash: h(7).toUpperCase() as Hash, source: 'node' })
    const searchedOther = row({ id: 'n2', hash: h(8), source: 'node', kind: 'create-ledger' })
    const joined = joinHistory([], [searchedDup, searchedOther], [localRow])
    expect(joined.map((e) => e.id)).toEqual(['n2', 'l'])
  })
  it('gives a retrieve row the sum of the refunds its transaction started, exactly', () => {
    const started = (id: string, amount: bigint) =>
      row({ id, kind: 'refund-requested', hash: h(9), amount })
    const retrieve = row({ id: 'r', kind: 'retrieve', hash: h(9), source: 'local' })
    const elsewhere = row({ id: 'r2', kind: 'retrieve', hash: h(10), source: 'node' })
    const joined = joinHistory(
      [started('a', 10n ** 18n + 1n), started('b', 2n)],
      [elsewhere],
      [retrieve],
    )
    expect(joined.find((e) => e.id === 'r')?.amount).toBe(10n ** 18n + 3n)
    // No refund started in that transaction: the amount stays unknown, not 0.
    expect(joined.find((e) => e.id === 'r2')?.amount).toBeUndefined()
  })
})
