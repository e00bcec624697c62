/**
 * The ledger contracts' amount rules as checks that run before the wallet opens, each returning a
 * message for the field or undefined when the amount is fine.
 */
import { zeroGText } from './format'
import { parseZeroGAmount, type ParsedAmount } from './amount'

/** 3 0G: the least a ledger may hold (creation and any non-zero remainder after a refund). */
export const MIN_LEDGER_BALANCE = 3n * 10n ** 18n
/** 1 0G: the least first transfer to a provider, and what a provider keeps locked for admission. */
export const MIN_PROVIDER_BALANCE = 10n ** 18n

export type AmountCheck = (value: bigint) => string | undefined

/** Fails when `value` exceeds `max`; `what` names the balance ("your wallet balance"). */
export const atMost =
  (max: bigint, what: string): AmountCheck =>
  (value) =>
    value > max ? `That is more than ${what} (${zeroGText(max)}).` : undefined

/** Fails when `value` is below `min`; `why` says what the minimum is for. */
export const atLeast =
  (min: bigint, why: string): AmountCheck =>
  (value) =>
    value < min ? `${why} needs at least ${zeroGText(min)}.` : undefined

/** Refund rule: what stays in the ledger must be 0 or at least 3 0G. */
export const leavesValidRemainder =
  (available: bigint): AmountCheck =>
  (value) => {
    const rest = available - value
    if (rest > 0n && rest < MIN_LEDGER_BALANCE) {
      return `This would leave ${zeroGText(rest)} in the ledger; leave 0 or at least ${zeroGText(MIN_LEDGER_BALANCE)}.`
    }
    return undefined
  }

/** Parses `input` and runs `checks` in order; the first failing check's message wins. */
export function validateAmount(input: string, checks: readonly AmountCheck[] = []): ParsedAmount {
  const parsed = parseZeroGAmount(input)
  if (!parsed.ok) return parsed
  for (const check of checks) {
    const message = check(parsed.value)
    if (message) return { ok: false, error: 'rule', message }
  }
  return parsed
}
