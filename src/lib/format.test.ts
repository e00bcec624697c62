/** Exact 0G formatting: edge values that floats would get wrong. */
import { describe, expect, it } from 'vitest'
import { formatUnitsExact, formatZeroG, shortAddress, zeroGText } from './format'

describe('formatZeroG', () => {
  it('formats zero and one neuron exactly', () => {
    expect(formatZeroG(0n)).toBe('0')
    expect(formatZeroG(1n)).toBe('0.000000000000000001')
  })

  it('zeroGText adds the unit to the exact amount', () => {
    expect(zeroGText(3_200_000_000_000_000_000n)).toBe('3.2 0G')
    expect(zeroGText(1n)).toBe('0.000000000000000001 0G')
  })

  it('formats whole and fractional amounts, trimming trailing zeros', () => {
    expect(formatZeroG(10n ** 18n)).toBe('1')
    expect(formatZeroG(3n * 10n ** 18n)).toBe('3')
    expect(formatZeroG(1_500_000_000_000_000_000n)).toBe('1.5')
    expect(formatZeroG(3_000_000_000_000_000n)).toBe('0.003')
  })

  it('formats 10^30 neuron and 2^256−1 with every digit', () => {
    expect(formatZeroG(10n ** 30n)).toBe('1000000000000')
    expect(formatZeroG(2n ** 256n - 1n)).toBe(
      '115792089237316195423570985008687907853269984665640564039457.584007913129639935',
    )
  })

  it('groups the integer part on request', () => {
    expect(formatZeroG(10n ** 30n, { group: true })).toBe('1,000,000,000,000')
    expect(formatZeroG(1_234_567_500_000_000_000_000_000n, { group: true })).toBe('1,234,567.5')
    expect(formatZeroG(999n * 10n ** 18n, { group: true })).toBe('999')
  })

  it('truncates (never rounds up) with maxFractionDigits', () => {
    expect(formatZeroG(1_999_999_999_999_999_999n, { maxFractionDigits: 2 })).toBe('1.99')
    expect(formatZeroG(1n, { maxFractionDigits: 4 })).toBe('0')
  })

  it('keeps the sign of negative amounts but never prints -0', () => {
    expect(formatZeroG(-(10n ** 17n))).toBe('-0.1')
    expect(formatZeroG(-1n, { maxFractionDigits: 2 })).toBe('0')
  })
})

describe('formatUnitsExact', () => {
  it('handles zero decimals', () => {
    expect(formatUnitsExact(12345n, 0)).toBe('12345')
  })
})

describe('shortAddress', () => {
  it('keeps the first and last four hex digits', () => {
    expect(shortAddress('0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0')).toBe('0x9fE4…a6e0')
    expect(shortAddress('0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0', 6)).toBe('0x9fE467…7fa6e0')
  })

  it('leaves short strings alone', () => {
    expect(shortAddress('0x1234')).toBe('0x1234')
  })
})
