import { describe, expect, it } from 'vitest'
import { ledgerBreakdown } from './ledger-breakdown'
import { ledgerOverview, subAccount } from './ledger-overview.testkit'

const ZG = 10n ** 18n
const sub = (balance: bigint, pendingRefund = 0n) => subAccount({ balance, pendingRefund })
const base = ledgerOverview({
  ledger: { total: 10n * ZG, available: 4n * ZG, locked: 6n * ZG },
  accounts: [sub(2n * ZG, ZG / 2n), sub(1n)],
  fineTuningAccounts: [sub(4n * ZG - 1n, 7n)],
})

describe('ledgerBreakdown', () => {
  it('splits the total into parts that add up to the neuron', () => {
    const b = ledgerBreakdown(base)
    expect(b).toEqual({
      total: 10n * ZG,
      available: 4n * ZG,
      inference: 2n * ZG - ZG / 2n + 1n,
      fineTuning: 4n * ZG - 1n - 7n,
      pendingRefunds: ZG / 2n + 7n,
      unaccounted: 0n,
    })
    expect(b.available + b.inference + b.fineTuning! + b.pendingRefunds).toBe(b.total)
  })
  it('says what is unaccounted when fine-tuning accounts could not be read', () => {
    const b = ledgerBreakdown({ ...base, fineTuningAccounts: null })
    expect(b.fineTuning).toBeNull()
    expect(b.unaccounted).toBe(4n * ZG - 1n)
  })
  it('is all zero without a ledger', () => {
    const b = ledgerBreakdown({ ...base, ledger: null, accounts: [], fineTuningAccounts: [] })
    expect(b).toMatchObject({ total: 0n, available: 0n, inference: 0n, unaccounted: 0n })
  })
})
