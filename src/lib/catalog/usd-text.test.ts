import { describe, expect, it } from 'vitest'
import { usdPerMillion, usdPerMillionText } from './usd-text'

describe('usdPerMillion', () => {
  it('shifts the decimal point six places exactly', () => {
    expect(usdPerMillion('0.0000004')).toBe('0.4')
    expect(usdPerMillion('0.000002')).toBe('2')
    expect(usdPerMillion('0.0000000123')).toBe('0.0123')
    expect(usdPerMillion('3')).toBe('3000000')
    expect(usdPerMillion('1.5')).toBe('1500000')
    expect(usdPerMillion('0')).toBe('0')
  })
  it('refuses anything but a plain decimal', () => {
    for (const v of ['', '-1', '1e-6', '0x10', '1.2.3', 'NaN', ' . '])
      expect(usdPerMillion(v)).toBe(null)
  })
  it('says what it is', () => {
    expect(usdPerMillionText('0.0000016')).toBe('$1.6 / 1M tokens')
    expect(usdPerMillionText('abc')).toBe(null)
  })
})
