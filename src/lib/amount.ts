/**
 * Exact parsing of user-typed 0G amounts: a decimal string becomes bigint neuron, or a reason in
 * words. No floats anywhere; "0.1" is exactly 100000000000000000 neuron.
 */
import { ZERO_G_DECIMALS } from './format'

export type AmountError =
  'empty' | 'not-a-number' | 'separator' | 'negative' | 'zero' | 'too-many-decimals'

/** `rule` is a contract rule from amount-rules.ts (balance, minimum, remainder). */
export type ParsedAmount =
  { ok: true; value: bigint } | { ok: false; error: AmountError | 'rule'; message: string }

const messages: Record<AmountError, string> = {
  empty: 'Enter an amount.',
  'not-a-number': 'Enter a number, like 1.5 (digits and one decimal point).',
  separator:
    'Use digits and one decimal point only, like 1500 or 1.5: no spaces, commas or underscores inside the amount.',
  negative: 'The amount cannot be negative.',
  zero: 'The amount must be greater than zero.',
  'too-many-decimals': `0G has ${ZERO_G_DECIMALS} decimals; use at most ${ZERO_G_DECIMALS} digits after the point.`,
}

const fail = (error: AmountError): ParsedAmount => ({ ok: false, error, message: messages[error] })

/**
 * Parses "1", "1.5", ".5" and "1." into neuron; rejects anything else with a reason. Only the ends
 * are trimmed: a space, underscore or comma inside ("1 5", "1_5", "1,500", "1\u00a0000") is refused,
 * never silently removed: "1 5" is not obviously 15, and "1,500" is 1.5 in half the world.
 */
export function parseZeroGAmount(input: string): ParsedAmount {
  const text = input.trim()
  if (text === '') return fail('empty')
  if (/^[+-]?[\d.]*[\s_,'\u2019][\d\s_,.'\u2019]*$/.test(text) && /\d/.test(text))
    return fail('separator')
  if (text.startsWith('-')) return /^-[\d.]+$/.test(text) ? fail('negative') : fail('not-a-number')
  const unsigned = text.startsWith('+') ? text.slice(1) : text
  if (!/^\d*(\.\d*)?$/.test(unsigned) || !/\d/.test(unsigned)) return fail('not-a-number')
  const [whole = '', fraction = ''] = unsigned.split('.')
  if (fraction.length > ZERO_G_DECIMALS) return fail('too-many-decimals')
  const value = BigInt((whole || '0') + fraction.padEnd(ZERO_G_DECIMALS, '0'))
  if (value === 0n) return fail('zero')
  return { ok: true, value }
}
