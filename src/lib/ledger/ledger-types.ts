/** The ledger and provider sub-accounts as the Account page uses them (amounts in neuron). */
import type { Address } from 'viem'

export interface Ledger {
  total: bigint
  available: bigint
  /** In provider sub-accounts: total − available. */
  locked: bigint
}

export interface Refund {
  index: bigint
  amount: bigint
  /** chain time, seconds */
  createdAt: bigint
  processed: boolean
}

export interface SubAccount {
  provider: Address
  balance: bigint
  pendingRefund: bigint
  refunds: Refund[]
  acknowledged: boolean
  /** Last settled TEE nonce (grows with every settlement). */
  nonce: bigint
}

export interface LedgerOverview {
  /** null: this wallet has no ledger on the chain. */
  ledger: Ledger | null
  accounts: SubAccount[]
  /**
   * Fine-tuning sub-accounts (their refund records are not listed: `refunds` is empty, the pending
   * total is in `pendingRefund`); null when they could not be read.
   */
  fineTuningAccounts: SubAccount[] | null
  /** Refund lock period, seconds. */
  lockTime: bigint
  /** Chain time of the block the overview was read at, seconds. */
  chainTime: bigint
  blockNumber: bigint
  /** Date.now() when read: with chainTime, gives a live chain clock for countdowns. */
  readAt: number
  /** true: the copy saved in this browser on an earlier visit, shown while a fresh one is read */
  fromCache?: boolean
}
