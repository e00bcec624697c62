/**
 * Display formatting for amounts and addresses. Exact: bigint arithmetic only, never floats, so a
 * price of 1 neuron prints as 0.000000000000000001 and 2^256−1 prints every digit.
 */

/** Decimals of the native 0G token (1 0G = 10^18 neuron). */
export const ZERO_G_DECIMALS = 18

export interface FormatAmountOptions {
  /** Group the integer part in thousands with commas (1,234,567.5). Default false. */
  group?: boolean
  /** Keep at most this many fraction digits, truncating toward zero (no rounding up). */
  maxFractionDigits?: number
}

/** Formats `value / 10^decimals` exactly, trimming trailing zeros ("1.5", "0", "-0.25"). */
export function formatUnitsExact(
  value: bigint,
  decimals: number,
  opts: FormatAmountOptions = {},
): string {
  const isNegative = value < 0n
  const abs = isNegative ? -value : value
  const base = 10n ** BigInt(decimals)
  let integer = (abs / base).toString()
  let fraction = decimals > 0 ? (abs % base).toString().padStart(decimals, '0') : ''
  if (opts.maxFractionDigits !== undefined) fraction = fraction.slice(0, opts.maxFractionDigits)
  fraction = fraction.replace(/0+$/, '')
  if (opts.group) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const text = fraction ? `${integer}.${fraction}` : integer
  const isZero = /^[0,.]*$/.test(text)
  return isNegative && !isZero ? `-${text}` : text
}

/** An amount in neuron as an exact 0G decimal string without the unit ("3.2", "0.003"). */
export function formatZeroG(neuron: bigint, opts?: FormatAmountOptions): string {
  return formatUnitsExact(neuron, ZERO_G_DECIMALS, opts)
}

/** An amount in neuron as exact 0G text with the unit ("3.2 0G"). */
export const zeroGText = (neuron: bigint): string => `${formatZeroG(neuron)} 0G`

/** `0x1234…abcd`: the first `chars` and last `chars` hex digits of an address. */
export function shortAddress(address: string, chars = 4): string {
  if (address.length <= 2 + chars * 2 + 1) return address
  return `${address.slice(0, 2 + chars)}…${address.slice(-chars)}`
}
