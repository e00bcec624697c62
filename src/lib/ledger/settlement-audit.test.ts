import { describe, expect, it } from 'vitest'
import type { Address, Hash } from 'viem'
import type { UsageRecord } from '../usage-record'
import type { HistoryEntry } from './history'
import { auditSettlements, auditToCsv, collectVerdicts } from './settlement-audit'

const USER = '0x1111111111111111111111111111111111111111' as Address
const OTHER_USER = '0x9999999999999999999999999999999999999999' as Address
const P1 = '0xAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAa' as Address
const P2 = '0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' as Address
const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash

let n = 0
function rec(over: Partial<UsageRecord> & { at: number; fee: string }): UsageRecord {
  n++
  return {
    id: `r${n}`,
    chainId: 31337,
    user: USER,
    provider: P1,
    model: 'GLM-5-FP8',
    kind: 'chat',
    chatId: `chatcmpl-${n}`,
    ...over,
  }
}

function spent(at: number, amount: bigint, hash: Hash, provider: Address = P1): HistoryEntry {
  return {
    id: `chain:${hash}:${at}`,
    kind: 'fund-spent',
    at,
    provider,
    amount,
    detail: 'Paid',
    hash,
    blockNumber: 1n,
    source: 'chain',
  }
}

const audit = (records: UsageRecord[], history: HistoryEntry[], verdicts?: Map<string, string>) =>
  auditSettlements({ chainId: 31337, user: USER, records, history, verdicts })

describe('auditSettlements', () => {
  it('matched: the settlement took exactly the recorded fees (bigint, to the neuron)', () => {
    const [a] = audit(
      [
        rec({ at: 1000, fee: '123456789012345678' }),
        rec({ at: 2000, fee: '1' }),
        rec({ at: 2500, fee: '999999999999999999999' }),
      ],
      [spent(3000, 123456789012345678n + 1n + 999999999999999999999n, tx(1))],
    )
    expect(a!.status).toBe('matched')
    expect(a!.difference).toBe(0n)
    expect(a!.recorded).toBe(1_000_123_456_789_012_345_678n)
    expect(a!.settled).toBe(a!.recorded)
    expect(a!.unsettled).toBe(0n)
    expect(a!.responses.every((r) => r.settlement === tx(1))).toBe(true)
    expect(a!.settlements[0]!.recorded).toBe(a!.recorded)
  })

  it('over-charged: a settlement took more than recorded, by the exact difference', () => {
    const [a] = audit(
      [rec({ at: 1000, fee: '500' })],
      [spent(2000, 1_000_000_000_000_000_500n, tx(1))],
    )
    expect(a!.status).toBe('over-charged')
    expect(a!.difference).toBe(1_000_000_000_000_000_000n)
  })

  it('under-charged: the settlements took less than recorded before them', () => {
    const [a] = audit(
      [rec({ at: 1000, fee: '700' }), rec({ at: 3000, fee: '300' })],
      [spent(2000, 700n, tx(1)), spent(4000, 250n, tx(2))],
    )
    expect(a!.status).toBe('under-charged')
    expect(a!.difference).toBe(50n)
    expect(a!.responses.map((r) => r.settlement)).toEqual([tx(1), tx(2)])
    expect(a!.settlements.map((s) => s.recorded)).toEqual([700n, 300n])
  })

  it('responses after the last settlement are unsettled, not under-charged', () => {
    const [a] = audit(
      [rec({ at: 1000, fee: '40' }), rec({ at: 5000, fee: '60' }), rec({ at: 6000, fee: '5' })],
      [spent(2000, 40n, tx(1))],
    )
    expect(a!.status).toBe('matched')
    expect(a!.recorded).toBe(40n)
    expect(a!.unsettled).toBe(65n)
    expect(a!.lastSettlement).toBe(2000)
    expect(a!.responses.map((r) => r.settlement)).toEqual([tx(1), null, null])
  })

  it('compares in chain time: a chain clock behind the browser’s is allowed for', () => {
    // The chain is 30 s behind: a settlement at chain time 10 000 came after a response recorded
    // at browser time 35 000 (chain 5 000) and before one at 45 000 (chain 15 000).
    const records = [rec({ at: 35_000, fee: '8' }), rec({ at: 45_000, fee: '2' })]
    const history = [spent(10_000, 8n, tx(1))]
    const [a] = auditSettlements({
      chainId: 31337,
      user: USER,
      records,
      history,
      clockOffsetMs: -30_000,
    })
    expect(a!.status).toBe('matched')
    expect(a!.unsettled).toBe(2n)
    expect(a!.responses[0]!.at).toBe(35_000)
    // Without the offset the settlement looks older than both responses.
    expect(audit(records, history)[0]!.status).toBe('not-settled')
  })

  it('no settlement yet: not settled, everything unsettled', () => {
    const [a] = audit([rec({ at: 1000, fee: '40' })], [])
    expect(a!.status).toBe('not-settled')
    expect(a!.unsettled).toBe(40n)
    expect(a!.lastSettlement).toBeNull()
  })

  it('settlements before the first recorded response are not in the period', () => {
    const [a] = audit([rec({ at: 5000, fee: '40' })], [spent(1000, 999n, tx(1))])
    expect(a!.status).toBe('not-settled')
    expect(a!.settled).toBe(0n)
  })

  it('FundSpent of one transaction is summed; another provider’s settlements are its own', () => {
    const audits = audit(
      [rec({ at: 1000, fee: '30' }), rec({ at: 1000, fee: '7', provider: P2 })],
      [
        spent(2000, 10n, tx(1)),
        spent(2000, 20n, tx(1)),
        spent(2000, 7n, tx(2), P2),
        // A provider this browser never used: not audited.
        spent(2000, 9n, tx(3), '0xcccccccccccccccccccccccccccccccccccccccc'),
      ],
    )
    expect(audits.map((a) => [a.provider.toLowerCase(), a.status, a.settled])).toEqual([
      [P1.toLowerCase(), 'matched', 30n],
      [P2, 'matched', 7n],
    ])
  })

  it('ignores another user’s and another chain’s records, repeated ids and other history rows', () => {
    const [a] = audit(
      [
        rec({ at: 1000, fee: '10', id: 'same' }),
        rec({ at: 1100, fee: '10', id: 'same' }),
        rec({ at: 1000, fee: '77', user: OTHER_USER }),
        rec({ at: 1000, fee: '77', chainId: 16661 }),
      ],
      [
        spent(2000, 10n, tx(1)),
        { ...spent(2000, 5n, tx(2)), kind: 'transfer' },
        { ...spent(2000, 5n, tx(3)), source: 'local' },
      ],
    )
    expect(a!.responses).toHaveLength(1)
    expect(a!.status).toBe('matched')
    expect(a!.settled).toBe(10n)
  })

  it('drops malformed and hostile records and history rows', () => {
    const bad = [
      { ...rec({ at: 1000, fee: '-5' }) },
      { ...rec({ at: 1000, fee: '1e18' }) },
      { ...rec({ at: 1000, fee: '9'.repeat(60) }) },
      { ...rec({ at: Number.NaN, fee: '5' }) },
      { ...rec({ at: 1000, fee: '5' }), provider: 'not-an-address' as Address },
      { ...rec({ at: 1000, fee: '5' }), id: '' },
      null as unknown as UsageRecord,
      { ...rec({ at: 1000, fee: 5 as unknown as string }) },
    ]
    const hostile = rec({
      at: 1500,
      fee: '3',
      model: '=HYPERLINK("http://evil")\u202E',
      chatId: '+cmd|x',
    })
    const [a] = audit(
      [...bad, hostile],
      [
        spent(2000, 3n, tx(1)),
        { ...spent(2000, 5n, tx(2)), amount: -5n },
        { ...spent(2000, 5n, tx(2)), hash: '0xnothash' as Hash },
        { ...spent(2000, 5n, tx(4)), provider: undefined },
      ],
    )
    expect(a!.responses).toHaveLength(1)
    expect(a!.status).toBe('matched')
    expect(a!.responses[0]!.model).toBe('=HYPERLINK("http://evil")')
    const csv = auditToCsv([a!])
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil"")",'+cmd|x,`)
  })
})

describe('auditToCsv', () => {
  it('one audit row, its settlements and responses, exact 0G amounts', () => {
    const verdicts = new Map([['v1', 'verified']])
    const audits = audit(
      [
        rec({ id: 'v1', at: Date.UTC(2026, 0, 1), fee: '1500000000000000' }),
        rec({ id: 'v2', at: Date.UTC(2026, 0, 3), fee: '2', chatId: undefined }),
      ],
      [spent(Date.UTC(2026, 0, 2), 1_500_000_000_000_001n, tx(1))],
      verdicts,
    )
    expect(auditToCsv(audits).split('\n')).toEqual([
      'provider,row,time,model,chat_id,amount_0g,tx,status,verdict',
      `${P1},audit,2026-01-02T00:00:00.000Z,,,0.000000000000000001,,over-charged,`,
      `${P1},settlement,2026-01-02T00:00:00.000Z,,,0.001500000000000001,${tx(1)},,`,
      `${P1},response,2026-01-01T00:00:00.000Z,GLM-5-FP8,chatcmpl-${n - 1},0.0015,${tx(1)},settled,verified`,
      `${P1},response,2026-01-03T00:00:00.000Z,GLM-5-FP8,,0.000000000000000002,,unsettled,`,
      '',
    ])
  })
})

describe('collectVerdicts', () => {
  it('reads replies, kept alternatives, gallery items and columns; ignores unknown statuses', () => {
    const verdicts = collectVerdicts([
      [
        {
          id: 'conv',
          messages: [
            { id: 'u1', role: 'user' },
            {
              id: 'a1',
              verification: { status: 'verified' },
              alternatives: [{ id: 'a0', verification: { status: 'invalid' } }],
            },
          ],
        },
      ],
      [{ id: 'g1', verification: { status: 'no-proof' } }, null, 'junk'],
      [{ id: 'run', columns: [{ id: 'c1', verification: { status: '<script>' } }] }],
    ])
    expect(Object.fromEntries(verdicts)).toEqual({
      a1: 'verified',
      a0: 'invalid',
      g1: 'not verified',
    })
  })
})
