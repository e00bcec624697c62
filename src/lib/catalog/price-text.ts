/**
 * Price text: neuron amounts (optionally times an exact ratio such as a tier multiplier) shown in
 * 0G per 1M tokens, per image or per second. Bigint arithmetic only, never floats.
 *
 * Two forms: the exact decimal (`formatNeuronRatio`; a value that does not terminate within 36
 * fraction digits is cut and marked "…"), and the compact text shown in tables
 * (`compactNeuronRatio`), which keeps typical prices exact and shows huge or tiny ones in a few
 * characters. The compact rule:
 * - the exact decimal when it has at most 12 characters ("3.2", "0.003", "123456789.01");
 * - else, from 10^-8 up to 10^10, a decimal of at most 12 characters ("≈ 0.3333333334");
 * - else 3 significant digits times a power of ten ("1 × 10⁻¹⁸", "≈ 1.16 × 10⁵⁹").
 * Rounding is always up, so a shown price is never below the real one; a rounded value starts with
 * "≈ ". The exact value goes alongside (title, copy).
 */
import type { Ratio } from '@/lib/protocol/pricing'
import type { BillingUnit } from '../protocol/billing'

const ONE: Ratio = { num: 1n, den: 1n }
const MAX_FRACTION_DIGITS = 36
const NEURON_PER_0G = 10n ** 18n
/** Longest compact decimal, in characters (without the "≈ " mark). */
const COMPACT_CHARS = 12
/** Decimals are used from 10^MIN_DECIMAL_EXP up to (not including) 10^(MAX_DECIMAL_EXP + 1). */
const MIN_DECIMAL_EXP = -8
const MAX_DECIMAL_EXP = 9
const SIGNIFICANT = 3
const ROUNDED = '≈ '

/** `num / den` neuron as an exact 0G decimal string ("3.2", "0.000000000000000001"). */
export function formatNeuronRatio(num: bigint, den: bigint): string {
  if (den <= 0n) throw new RangeError('denominator must be positive')
  const scaled = den * NEURON_PER_0G
  const integer = num / scaled
  let rest = num % scaled
  let fraction = ''
  while (rest !== 0n && fraction.length < MAX_FRACTION_DIGITS) {
    rest *= 10n
    fraction += (rest / scaled).toString()
    rest %= scaled
  }
  fraction = fraction.replace(/0+$/, '')
  const cut = rest !== 0n ? '…' : ''
  return fraction ? `${integer}.${fraction}${cut}` : `${integer}${cut}`
}

/** A 0G amount as shown (`text`) and exactly (`exact`). */
export interface AmountText {
  text: string
  exact: string
}

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const superscript = (n: number): string =>
  (n < 0 ? '⁻' : '') + [...String(Math.abs(n))].map((d) => SUPERSCRIPT[Number(d)]).join('')

/** `q / 10^digits` as a decimal with trailing zeros trimmed. */
function decimal(q: bigint, digits: number): string {
  if (digits <= 0) return (q * 10n ** BigInt(-digits)).toString()
  const s = q.toString().padStart(digits + 1, '0')
  const fraction = s.slice(-digits).replace(/0+$/, '')
  const integer = s.slice(0, -digits)
  return fraction ? `${integer}.${fraction}` : integer
}

/** True when `num / scaled` ≥ 10^e (all positive). */
function atLeastPow10(num: bigint, scaled: bigint, e: number): boolean {
  return e >= 0 ? num >= scaled * 10n ** BigInt(e) : num * 10n ** BigInt(-e) >= scaled
}

/** `num / den` neuron in 0G by the compact rule (see the file comment), with the exact decimal. */
export function compactNeuronRatio(num: bigint, den: bigint): AmountText {
  const exact = formatNeuronRatio(num, den)
  if (num === 0n || (!exact.endsWith('…') && exact.length <= COMPACT_CHARS)) {
    return { text: exact, exact }
  }
  const scaled = den * NEURON_PER_0G
  // floor(log10(num / scaled)) is the difference of the digit counts, or one less.
  let e = num.toString().length - scaled.toString().length
  if (!atLeastPow10(num, scaled, e)) e -= 1
  if (e >= MIN_DECIMAL_EXP && e <= MAX_DECIMAL_EXP) {
    // As many fraction digits as fit: the integer part takes max(e, 0) + 1, the point one.
    const digits = COMPACT_CHARS - (Math.max(e, 0) + 1) - 1
    const shifted = num * 10n ** BigInt(digits)
    const q = ceilDiv(shifted, scaled)
    const text = decimal(q, digits)
    return { text: shifted % scaled === 0n ? text : `${ROUNDED}${text}`, exact }
  }
  // SIGNIFICANT digits: mantissa m = ceil(value / 10^(e − 2)) in [100, 1000].
  const shift = e - (SIGNIFICANT - 1)
  const n = shift >= 0 ? num : num * 10n ** BigInt(-shift)
  const d = shift >= 0 ? scaled * 10n ** BigInt(shift) : scaled
  let m = ceilDiv(n, d)
  if (m === 10n ** BigInt(SIGNIFICANT)) {
    m /= 10n
    e += 1
  }
  const text = `${decimal(m, SIGNIFICANT - 1)} × 10${superscript(e)}`
  return { text: n % d === 0n ? text : `${ROUNDED}${text}`, exact }
}

/** An amount in neuron as compact and exact 0G text. */
export function compactZeroG(neuron: bigint): AmountText {
  return compactNeuronRatio(neuron, 1n)
}

const UNIT_TEXT: Record<BillingUnit, string> = {
  token: '1M tokens',
  image: 'image',
  second: 'second',
}

/** Units shown per price: tokens are shown per million. */
const UNIT_SCALE: Record<BillingUnit, bigint> = { token: 1_000_000n, image: 1n, second: 1n }

/** "0G / 1M tokens", "0G / image", "0G / second": what a unit amount is in. */
export function unitSuffix(unit: BillingUnit): string {
  return `0G / ${UNIT_TEXT[unit]}`
}

/** The exact 0G amount for one display unit ("3.2" for 3.2 0G / 1M tokens). */
export function unitAmount(price: bigint, unit: BillingUnit, multiplier: Ratio = ONE): string {
  return formatNeuronRatio(price * UNIT_SCALE[unit] * multiplier.num, multiplier.den)
}

/** The 0G amount for one display unit, compact and exact. */
export function unitAmountText(
  price: bigint,
  unit: BillingUnit,
  multiplier: Ratio = ONE,
): AmountText {
  return compactNeuronRatio(price * UNIT_SCALE[unit] * multiplier.num, multiplier.den)
}

/** A price as shown in tables: `amount` + `unit`, and the exact text. */
export interface PriceDisplay {
  /** Compact amount ("3.2", "≈ 1.16 × 10⁶⁵"); "–" for no price. */
  amount: string
  /** "0G / 1M tokens"; empty for no price. */
  unit: string
  /** The whole shown text ("3.2 0G / 1M tokens" or "–"). */
  text: string
  /** The exact text ("115792…935 0G / 1M tokens" or "–"). */
  exact: string
}

const NONE: PriceDisplay = { amount: '–', unit: '', text: '–', exact: '–' }

/** A price for display, compact with its exact text; "–" for a zero or unused price. */
export function priceDisplay(
  price: bigint,
  unit: BillingUnit | null,
  multiplier?: Ratio,
): PriceDisplay {
  if (unit === null || price === 0n) return NONE
  const a = unitAmountText(price, unit, multiplier)
  const suffix = unitSuffix(unit)
  return {
    amount: a.text,
    unit: suffix,
    text: `${a.text} ${suffix}`,
    exact: `${a.exact} ${suffix}`,
  }
}

/** "3.2 0G / 1M tokens", "1 × 10⁻¹⁸ 0G / image", "≈ 1.16 × 10⁶⁵ 0G / 1M tokens"; "–" for zero. */
export function priceText(price: bigint, unit: BillingUnit | null, multiplier?: Ratio): string {
  return priceDisplay(price, unit, multiplier).text
}

/** Like `priceText`, but every digit: "0.000000000000000001 0G / image". */
export function exactPriceText(
  price: bigint,
  unit: BillingUnit | null,
  multiplier?: Ratio,
): string {
  return priceDisplay(price, unit, multiplier).exact
}
