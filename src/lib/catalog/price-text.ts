/**
 * Exact price text: neuron amounts (optionally times an exact ratio such as a tier multiplier)
 * shown in 0G per 1M tokens, per image or per second. Bigint long division only; a value that
 * does not terminate within 36 fraction digits is cut and marked with "…".
 */
import type { Ratio } from '@/lib/protocol/pricing'
import type { BillingUnit } from './billing'

const ONE: Ratio = { num: 1n, den: 1n }
const MAX_FRACTION_DIGITS = 36

/** `num / den` neuron as an exact 0G decimal string ("3.2", "0.000000000000000001"). */
export function formatNeuronRatio(num: bigint, den: bigint): string {
  if (den <= 0n) throw new RangeError('denominator must be positive')
  const scaled = den * 10n ** 18n
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

const UNIT_TEXT: Record<BillingUnit, string> = {
  token: '1M tokens',
  image: 'image',
  second: 'second',
}

/** Units shown per price: tokens are shown per million. */
const UNIT_SCALE: Record<BillingUnit, bigint> = { token: 1_000_000n, image: 1n, second: 1n }

/** The exact 0G amount for one display unit ("3.2" for 3.2 0G / 1M tokens). */
export function unitAmount(price: bigint, unit: BillingUnit, multiplier: Ratio = ONE): string {
  return formatNeuronRatio(price * UNIT_SCALE[unit] * multiplier.num, multiplier.den)
}

/** "3.2 0G / 1M tokens", "0.003 0G / image", "0.0001 0G / second"; "–" for a zero price. */
export function priceText(price: bigint, unit: BillingUnit | null, multiplier?: Ratio): string {
  if (unit === null || price === 0n) return '–'
  return `${unitAmount(price, unit, multiplier)} 0G / ${UNIT_TEXT[unit]}`
}
