/** Price labels of the seeded catalog (devnet/README.md, Seeded catalog) plus edge cases. */
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './safe-url'
import { NO_PRICE, priceLabel } from './service-prices'
import { isImageService } from './protocol/billing'

describe('priceLabel', () => {
  it('shows token prices per 1M tokens, exactly', () => {
    expect(priceLabel('chatbot', 1_000_000_000_000n)).toBe('1 0G / 1M tokens')
    expect(priceLabel('chatbot', 3_200_000_000_000n)).toBe('3.2 0G / 1M tokens')
    expect(priceLabel('chatbot', 490_000_000_000n)).toBe('0.49 0G / 1M tokens')
    expect(priceLabel('speech-to-text', 110_000_000_000n)).toBe('0.11 0G / 1M tokens')
    expect(priceLabel('chatbot', 1n)).toBe('0.000000000001 0G / 1M tokens')
  })

  it('shows image prices per image', () => {
    expect(priceLabel('text-to-image', parseEther('0.003'))).toBe('0.003 0G / image')
    expect(priceLabel('image-editing', parseEther('0.005'))).toBe('0.005 0G / image')
  })

  it('shows a dash for a zero price', () => {
    expect(priceLabel('text-to-image', 0n)).toBe(NO_PRICE)
    expect(priceLabel('chatbot', 0n)).toBe(NO_PRICE)
  })

  it('knows which types bill per image', () => {
    expect(isImageService('text-to-image')).toBe(true)
    expect(isImageService('chatbot')).toBe(false)
  })
})

describe('safeHttpUrl', () => {
  it('accepts http(s) only', () => {
    expect(safeHttpUrl('https://provider.example/v1')).toBe('https://provider.example/v1')
    expect(safeHttpUrl('http://127.0.0.1:8600')).toBe('http://127.0.0.1:8600/')
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeUndefined()
    expect(safeHttpUrl('/relative')).toBeUndefined()
    expect(safeHttpUrl('')).toBeUndefined()
  })
})
