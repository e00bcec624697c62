import { describe, expect, it } from 'vitest'
import { ledgerOverview, subAccount } from './ledger-overview.testkit'
import { MAX_SAVED_ACCOUNTS, parseSavedOverview } from './saved-overview'

const overview = ledgerOverview({
  ledger: { total: 5n * 10n ** 18n, available: 3n * 10n ** 18n, locked: 2n * 10n ** 18n },
  accounts: [
    subAccount({
      balance: 2n * 10n ** 18n,
      pendingRefund: 1n,
      refunds: [{ index: 0n, amount: 1n, createdAt: 100n, processed: false }],
      nonce: 4n,
    }),
  ],
  fineTuningAccounts: [
    subAccount({
      provider: '0x00000000000000000000000000000000000000bb',
      balance: 3n,
      acknowledged: false,
    }),
  ],
  lockTime: 7200n,
  chainTime: 1000n,
  blockNumber: 12n,
  readAt: 1_700_000_000_000,
})

describe('parseSavedOverview', () => {
  it('reads a saved overview back exactly, marked as saved', () => {
    expect(parseSavedOverview(overview)).toEqual({ ...overview, fromCache: true })
  })
  it('keeps "could not be read" (null) fine-tuning accounts as null, not as none', () => {
    expect(parseSavedOverview({ ...overview, fineTuningAccounts: null })?.fineTuningAccounts).toBe(
      null,
    )
  })
  it('reads a wallet without a ledger', () => {
    expect(parseSavedOverview({ ...overview, ledger: null, accounts: [] })?.ledger).toBeNull()
  })
  it('recomputes locked instead of trusting it', () => {
    const saved = { ...overview, ledger: { ...overview.ledger!, locked: 999n } }
    expect(parseSavedOverview(saved)?.ledger?.locked).toBe(2n * 10n ** 18n)
  })
  const account = overview.accounts[0]!
  it.each([
    ['amounts as strings', { ...overview, blockNumber: '12' }],
    ['available above total', { ...overview, ledger: { total: 1n, available: 2n } }],
    ['a negative balance', { ...overview, accounts: [{ ...account, balance: -1n }] }],
    ['a bad provider', { ...overview, accounts: [{ ...account, provider: 'javascript:1' }] }],
    [
      'a malformed refund',
      { ...overview, accounts: [{ ...account, refunds: [{ index: 0n, amount: 1 }] }] },
    ],
    [
      'too many accounts',
      { ...overview, accounts: new Array(MAX_SAVED_ACCOUNTS + 1).fill(account) },
    ],
    ['a bad time', { ...overview, readAt: 'now' }],
    ['null', null],
  ])('ignores a saved copy with %s', (_, raw) => {
    expect(parseSavedOverview(raw)).toBeNull()
  })
})
