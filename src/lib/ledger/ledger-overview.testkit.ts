import type { LedgerOverview, SubAccount } from './ledger-types'

/** A test sub-account: provider 0x…aa, empty, acknowledged, nonce 0, unless `fields` differ. */
export const subAccount = (fields: Partial<SubAccount> = {}): SubAccount => ({
  provider: '0x00000000000000000000000000000000000000aa',
  balance: 0n,
  pendingRefund: 0n,
  refunds: [],
  acknowledged: true,
  nonce: 0n,
  ...fields,
})

/** A test ledger overview: no ledger, no sub-accounts, block 1, unless `fields` say otherwise. */
export const ledgerOverview = (fields: Partial<LedgerOverview> = {}): LedgerOverview => ({
  ledger: null,
  accounts: [],
  fineTuningAccounts: [],
  lockTime: 0n,
  chainTime: 0n,
  blockNumber: 1n,
  readAt: 0,
  ...fields,
})
