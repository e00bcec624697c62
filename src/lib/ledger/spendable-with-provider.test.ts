import { describe, expect, it } from 'vitest'
import { spendableWithProvider } from './spendable-with-provider'

describe('spendableWithProvider', () => {
  it('subtracts unsettled fees from the free balance, exactly', () => {
    expect(spendableWithProvider(2_000_000_000_000_000_000n, 1_234n)).toBe(
      1_999_999_999_999_998_766n,
    )
  })
  it('is the free balance when nothing is unsettled', () => {
    expect(spendableWithProvider(5n, 0n)).toBe(5n)
  })
  it('never goes below zero when fees exceed the balance', () => {
    expect(spendableWithProvider(5n, 6n)).toBe(0n)
    expect(spendableWithProvider(5n, 5n)).toBe(0n)
  })
  it('is zero when the free balance is negative (a refund larger than the balance)', () => {
    expect(spendableWithProvider(-3n, 0n)).toBe(0n)
  })
})
