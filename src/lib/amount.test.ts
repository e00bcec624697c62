/** Exact decimal → neuron parsing and the ledger amount rules, including edge values. */
import { describe, expect, it } from 'vitest'
import { parseZeroGAmount } from './amount'
import {
  atLeast,
  atMost,
  leavesValidRemainder,
  MIN_LEDGER_BALANCE,
  validateAmount,
} from './amount-rules'

const E18 = 10n ** 18n

describe('parseZeroGAmount', () => {
  it.each([
    ['1', E18],
    ['1.5', 15n * 10n ** 17n],
    ['.5', 5n * 10n ** 17n],
    ['3.', 3n * E18],
    ['0.000000000000000001', 1n],
    [' 2 ', 2n * E18],
    ['\u00a0\t2.5\n', 25n * 10n ** 17n],
    ['+7', 7n * E18],
    ['0.1', 100000000000000000n],
    [
      '115792089237316195423570985008687907853269984665640564039457.584007913129639935',
      2n ** 256n - 1n,
    ],
  ])('%s → exact neuron', (input, value) => {
    expect(parseZeroGAmount(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['1e18', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['.', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1,00', 'separator'],
    ['1 5', 'separator'],
    ['1_5', 'separator'],
    ['1,500', 'separator'],
    ['1,000.25', 'separator'],
    ['1\u00a0000', 'separator'],
    ['1\u202f000', 'separator'],
    ["1'000", 'separator'],
    ['-1 000', 'separator'],
    ['1 abc', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-1', 'negative'],
    ['-0.5', 'negative'],
    ['-abc', 'not-a-number'],
    ['0', 'zero'],
    ['0.000', 'zero'],
    ['0.0000000000000000001', 'too-many-decimals'],
  ])('%j → %s', (input, error) => {
    const parsed = parseZeroGAmount(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error).toBe(error)
      expect(parsed.message.length).toBeGreaterThan(5)
    }
  })
})

describe('amount rules', () => {
  it('atMost allows the exact balance and rejects one neuron more', () => {
    expect(atMost(E18, 'your wallet balance')(E18)).toBeUndefined()
    expect(atMost(E18, 'your wallet balance')(E18 + 1n)).toBe(
      'That is more than your wallet balance (1 0G).',
    )
  })

  it('atLeast allows the minimum and rejects one neuron less', () => {
    expect(atLeast(MIN_LEDGER_BALANCE, 'A new ledger')(MIN_LEDGER_BALANCE)).toBeUndefined()
    expect(atLeast(MIN_LEDGER_BALANCE, 'A new ledger')(MIN_LEDGER_BALANCE - 1n)).toBe(
      'A new ledger needs at least 3 0G.',
    )
  })

  it('refund remainder must be 0 or ≥ 3 0G', () => {
    const rule = leavesValidRemainder(10n * E18)
    expect(rule(10n * E18)).toBeUndefined() // everything: closes the ledger
    expect(rule(7n * E18)).toBeUndefined() // leaves exactly 3
    expect(rule(7n * E18 + 1n)).toMatch(/leave 0 or at least 3 0G/)
    expect(rule(10n * E18 - 1n)).toMatch(/0\.000000000000000001 0G/)
  })

  it('validateAmount parses first, then runs the checks in order', () => {
    expect(validateAmount('x', [atMost(0n, 'nothing')])).toMatchObject({ error: 'not-a-number' })
    expect(validateAmount('2', [atMost(E18, 'a'), atLeast(3n * E18, 'b')])).toMatchObject({
      error: 'rule',
      message: 'That is more than a (1 0G).',
    })
    expect(validateAmount('2', [atMost(3n * E18, 'a')])).toEqual({ ok: true, value: 2n * E18 })
  })
})
