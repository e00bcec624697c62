/**
 * Where the ledger's total sits, to the neuron: available in the ledger, in inference
 * sub-accounts, in fine-tuning sub-accounts, and refunds still pending in either (a sub-account's
 * balance includes its pending refund, so the pending part is taken out of each and shown once).
 * The ledger contract counts every sub-account's balance as locked, so
 * available + inference + fine-tuning + pending refunds = total when the parts are complete.
 */
import type { LedgerOverview, SubAccount } from './ledger-types'

export interface LedgerBreakdown {
  total: bigint
  available: bigint
  /** balances minus pending refunds of inference sub-accounts */
  inference: bigint
  /** the same for fine-tuning sub-accounts; null when they could not be read */
  fineTuning: bigint | null
  /** pending refunds of both kinds (fine-tuning ones only when read) */
  pendingRefunds: bigint
  /** total minus the sum of the parts: 0 when they add up; otherwise what is not accounted for */
  unaccounted: bigint
}

const free = (list: readonly SubAccount[]) =>
  list.reduce((s, a) => s + (a.balance - a.pendingRefund), 0n)
const pending = (list: readonly SubAccount[]) => list.reduce((s, a) => s + a.pendingRefund, 0n)

/** The breakdown of `overview`'s ledger (all zero without a ledger). */
export function ledgerBreakdown(overview: LedgerOverview): LedgerBreakdown {
  const total = overview.ledger?.total ?? 0n
  const available = overview.ledger?.available ?? 0n
  const ft = overview.fineTuningAccounts
  const inference = free(overview.accounts)
  const fineTuning = ft === null ? null : free(ft)
  const pendingRefunds = pending(overview.accounts) + (ft === null ? 0n : pending(ft))
  const unaccounted = total - available - inference - (fineTuning ?? 0n) - pendingRefunds
  return { total, available, inference, fineTuning, pendingRefunds, unaccounted }
}
