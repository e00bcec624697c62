/**
 * The broker's admission rule (docs/protocol.md §5):
 * `balance − pendingRefund ≥ unsettledFee + estimatedFee + 1 0G`. The 1 0G reserve protects the
 * provider from fees it has served but not yet settled.
 */
import { parseEther } from 'viem'
import type { SubAccount } from './chain-reader'
import { BrokerError } from './http-json'

/** MIN_LOCKED_BALANCE of the Go broker. */
export const MIN_LOCKED_BALANCE = parseEther('1')

export interface AdmissionInput {
  account: Pick<SubAccount, 'balance' | 'pendingRefund'>
  /** Served but not yet settled, plus estimates of requests still in flight. */
  unsettled: bigint
  estimatedFee: bigint
}

/** A neuron amount as the broker prints it (`toZG`: 0G with exactly 6 decimals, truncated). */
export function toZG(neuron: bigint): string {
  const micro = neuron / 10n ** 12n
  return `${micro / 1_000_000n}.${(micro % 1_000_000n).toString().padStart(6, '0')}`
}

/**
 * Refuses, as the broker does (ctrl `validateRequest` → handleBrokerError "validate request" → HTTP
 * 400 `{"error": "validate request: insufficient balance: …"}`), when the request may not be served.
 */
export function checkAdmission(
  { account, unsettled, estimatedFee }: AdmissionInput,
  provider = '0x0000000000000000000000000000000000000000',
): void {
  const available = account.balance - account.pendingRefund
  if (available >= unsettled + estimatedFee + MIN_LOCKED_BALANCE) return
  throw insufficientBalance(available, unsettled, estimatedFee, provider)
}

/** The broker's low-balance refusal, HTTP 400 (also what the random-errors knob's 400 says). */
export function insufficientBalance(
  available: bigint,
  unsettled: bigint,
  estimatedFee: bigint,
  provider: string,
): BrokerError {
  const needed = unsettled + estimatedFee + MIN_LOCKED_BALANCE
  return new BrokerError(
    `validate request: insufficient balance: your locked balance is ${toZG(available)} 0G, ` +
      `but the required minimum is ${toZG(needed)} 0G (breakdown: minimum reserve ` +
      `${toZG(MIN_LOCKED_BALANCE)} 0G + unsettled fees ${toZG(unsettled)} 0G + current request fee ` +
      `${toZG(estimatedFee)} 0G). Please add more funds with: 0g-compute-cli transfer-fund ` +
      `--provider ${provider} --amount <amount>`,
  )
}
