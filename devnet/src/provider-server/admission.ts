/**
 * The broker's admission rule (docs/protocol.md §5):
 * `balance − pendingRefund ≥ unsettledFee + estimatedFee + 1 0G`. The 1 0G reserve protects the
 * provider from fees it has served but not yet settled.
 */
import { formatEther, parseEther } from 'viem'
import type { SubAccount } from './chain-reader'
import { HttpError } from './http-json'

/** MIN_LOCKED_BALANCE of the Go broker. */
export const MIN_LOCKED_BALANCE = parseEther('1')

export interface AdmissionInput {
  account: Pick<SubAccount, 'balance' | 'pendingRefund'>
  /** Served but not yet settled, plus estimates of requests still in flight. */
  unsettled: bigint
  estimatedFee: bigint
}

/** Throws HTTP 402 stating needed vs available (in 0G) when the request may not be served. */
export function checkAdmission({ account, unsettled, estimatedFee }: AdmissionInput): void {
  const available = account.balance - account.pendingRefund
  const needed = unsettled + estimatedFee + MIN_LOCKED_BALANCE
  if (available >= needed) return
  const shortfall = needed - available
  throw new HttpError(
    402,
    `insufficient balance with this provider: needed ${formatEther(needed)} 0G ` +
      `(unsettled ${formatEther(unsettled)} 0G + this request ≈${formatEther(estimatedFee)} 0G + ` +
      `${formatEther(MIN_LOCKED_BALANCE)} 0G reserve), available ${formatEther(available)} 0G ` +
      `(balance ${formatEther(account.balance)} 0G − pending refund ${formatEther(account.pendingRefund)} 0G). ` +
      `Transfer at least ${formatEther(shortfall)} 0G to this provider from your ledger (transferFund).`,
    'insufficient_quota',
    'insufficient_balance',
  )
}
