/**
 * Reading back a ledger overview saved in this browser (IndexedDB, by structured clone, so amounts
 * are bigints). The saved copy is untrusted: anything that is not exactly an overview (types,
 * address shapes, list sizes) makes the whole copy ignored.
 */
import { isAddressLike as isAddress, isObj, isUint } from '../stored-data'
import type { LedgerOverview, Refund, SubAccount } from './ledger-types'

/** Most sub-accounts / refunds per sub-account a saved copy may hold. */
export const MAX_SAVED_ACCOUNTS = 1000
export const MAX_SAVED_REFUNDS = 1000

function refundOf(v: unknown): Refund | null {
  if (!isObj(v) || !isUint(v.index) || !isUint(v.amount) || !isUint(v.createdAt)) return null
  if (typeof v.processed !== 'boolean') return null
  return { index: v.index, amount: v.amount, createdAt: v.createdAt, processed: v.processed }
}

function accountOf(v: unknown): SubAccount | null {
  if (!isObj(v) || !isAddress(v.provider) || !isUint(v.balance) || !isUint(v.pendingRefund))
    return null
  if (typeof v.acknowledged !== 'boolean' || !isUint(v.nonce)) return null
  if (!Array.isArray(v.refunds) || v.refunds.length > MAX_SAVED_REFUNDS) return null
  const refunds = v.refunds.map(refundOf)
  if (refunds.some((r) => r === null)) return null
  return {
    provider: v.provider,
    balance: v.balance,
    pendingRefund: v.pendingRefund,
    refunds: refunds as Refund[],
    acknowledged: v.acknowledged,
    nonce: v.nonce,
  }
}

/** The saved overview checked and copied field by field (marked `fromCache`), or null. */
export function parseSavedOverview(raw: unknown): LedgerOverview | null {
  if (!isObj(raw)) return null
  const { ledger, accounts, fineTuningAccounts, lockTime, chainTime, blockNumber, readAt } = raw
  if (!isUint(lockTime) || !isUint(chainTime) || !isUint(blockNumber)) return null
  if (typeof readAt !== 'number' || !Number.isFinite(readAt)) return null
  let parsedLedger: LedgerOverview['ledger'] = null
  if (ledger !== null) {
    if (!isObj(ledger) || !isUint(ledger.total) || !isUint(ledger.available)) return null
    if (ledger.available > ledger.total) return null
    parsedLedger = {
      total: ledger.total,
      available: ledger.available,
      locked: ledger.total - ledger.available,
    }
  }
  if (!Array.isArray(accounts) || accounts.length > MAX_SAVED_ACCOUNTS) return null
  const parsedAccounts = accounts.map(accountOf)
  if (parsedAccounts.some((a) => a === null)) return null
  let parsedFineTuning: SubAccount[] | null = null
  if (fineTuningAccounts !== null) {
    if (!Array.isArray(fineTuningAccounts) || fineTuningAccounts.length > MAX_SAVED_ACCOUNTS)
      return null
    const list = fineTuningAccounts.map(accountOf)
    if (list.some((a) => a === null)) return null
    parsedFineTuning = list as SubAccount[]
  }
  return {
    ledger: parsedLedger,
    accounts: parsedAccounts as SubAccount[],
    fineTuningAccounts: parsedFineTuning,
    lockTime,
    chainTime,
    blockNumber,
    readAt,
    fromCache: true,
  }
}
