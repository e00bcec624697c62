/** Exact price text and tier math: 1 neuron, 10^30 neuron, tiers at their boundaries. No floats. */
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { feeFor, tierFor, parseTiers } from '@/lib/protocol/pricing'
import { billingOf } from './billing'
import { estimateFee, parseCount } from './estimate'
import { formatNeuronRatio, priceText, unitAmount } from './price-text'
import { tierRows } from './tiers'

const tiered = {
  serviceType: 'chatbot',
  inputPrice: 800_000_000_000n, // 0.8 0G / 1M
  outputPrice: 4_800_000_000_000n, // 4.8 0G / 1M
  additionalInfo: JSON.stringify({
    tieredPricing: {
      tiers: [
        { maxInputTokens: 256000, inputMultiplier: 1, outputMultiplier: 1 },
        { maxInputTokens: 0, inputMultiplier: 4, outputMultiplier: 2 },
      ],
    },
  }),
}

describe('formatNeuronRatio / priceText', () => {
  it('prints 1 neuron exactly in every unit', () => {
    expect(formatNeuronRatio(1n, 1n)).toBe('0.000000000000000001')
    expect(priceText(1n, 'token')).toBe('0.000000000001 0G / 1M tokens')
    expect(priceText(1n, 'image')).toBe('0.000000000000000001 0G / image')
    expect(priceText(1n, 'second')).toBe('0.000000000000000001 0G / second')
  })

  it('prints 10^30 neuron exactly (no float rounding)', () => {
    const huge = 10n ** 30n
    expect(priceText(huge, 'image')).toBe('1000000000000 0G / image')
    expect(priceText(huge + 1n, 'image')).toBe('1000000000000.000000000000000001 0G / image')
    expect(priceText(huge, 'token')).toBe('1000000000000000000 0G / 1M tokens')
    expect(unitAmount(2n ** 256n - 1n, 'image')).toBe(
      '115792089237316195423570985008687907853269984665640564039457.584007913129639935',
    )
  })

  it('applies exact multipliers, marking a non-terminating value', () => {
    expect(unitAmount(3n, 'image', { num: 1n, den: 3n })).toBe('0.000000000000000001')
    expect(unitAmount(1n, 'image', { num: 1n, den: 3n })).toMatch(/^0\.0{18}3{18}…$/)
    expect(unitAmount(parseEther('1'), 'image', { num: 15n, den: 10n })).toBe('1.5')
  })

  it('shows a dash for zero or unused prices', () => {
    expect(priceText(0n, 'token')).toBe('–')
    expect(priceText(5n, null)).toBe('–')
  })
})

describe('billingOf', () => {
  it('knows per-token, per-image and per-second services', () => {
    expect(billingOf({ serviceType: 'chatbot', additionalInfo: '' })).toEqual({
      input: 'token',
      output: 'token',
    })
    expect(billingOf({ serviceType: 'z', additionalInfo: 'not json' })).toEqual({
      input: 'token',
      output: 'token',
    })
    expect(billingOf({ serviceType: 'text-to-image', additionalInfo: '' }).output).toBe('image')
    const perSecond = {
      serviceType: 'speech-to-text',
      additionalInfo: '{"priceDenomination":"per second"}',
    }
    expect(billingOf(perSecond)).toEqual({ input: 'second', output: null })
    expect(billingOf({ ...perSecond, serviceType: 'chatbot' }).input).toBe('token')
  })
})

describe('tiers at their boundaries', () => {
  it('picks the first tier up to and including its bound, the next one above it', () => {
    const tiers = parseTiers(tiered.additionalInfo)
    expect(tierFor(tiers, 0n)?.input).toEqual({ num: 1n, den: 1n })
    expect(tierFor(tiers, 256_000n)?.input).toEqual({ num: 1n, den: 1n })
    expect(tierFor(tiers, 256_001n)?.input).toEqual({ num: 4n, den: 1n })
  })

  it('fees jump exactly at the boundary', () => {
    const at = feeFor(tiered, { kind: 'tokens', inputTokens: 256_000n, outputTokens: 1000n })
    const above = feeFor(tiered, { kind: 'tokens', inputTokens: 256_001n, outputTokens: 1000n })
    expect(at).toBe(256_000n * 800_000_000_000n + 1000n * 4_800_000_000_000n)
    expect(above).toBe(4n * 256_001n * 800_000_000_000n + 2n * 1000n * 4_800_000_000_000n)
  })

  it('builds the tier table with exact effective prices', () => {
    expect(tierRows(tiered)).toEqual([
      {
        range: '≤ 256,000',
        from: 0n,
        to: 256_000n,
        input: '0.8 0G / 1M tokens',
        output: '4.8 0G / 1M tokens',
      },
      {
        range: '≥ 256,001',
        from: 256_001n,
        to: null,
        input: '3.2 0G / 1M tokens',
        output: '9.6 0G / 1M tokens',
      },
    ])
  })

  it('handles three bounded tiers, fractional multipliers and no tiers', () => {
    const info = JSON.stringify({
      tieredPricing: {
        tiers: [
          { maxInputTokens: 1000, inputMultiplier: 1, outputMultiplier: 1 },
          {
            maxInputTokens: 10,
            inputMultiplier: 0.5,
            outputMultiplier: 3,
            outputMultiplierDenominator: 2,
          },
        ],
      },
    })
    const rows = tierRows({ ...tiered, additionalInfo: info })!
    expect(rows.map((r) => r.range)).toEqual(['≤ 10', '11 – 1,000'])
    expect(rows[0]!.input).toBe('0.4 0G / 1M tokens')
    expect(rows[0]!.output).toBe('7.2 0G / 1M tokens')
    expect(tierRows({ ...tiered, additionalInfo: '{}' })).toBeNull()
    expect(tierRows({ ...tiered, additionalInfo: '<b>not json' })).toBeNull()
  })
})

describe('estimateFee', () => {
  const input = { inputTokens: 1000n, outputTokens: 500n, images: 3n, seconds: 90n }
  it('tokens, tiers, images and seconds', () => {
    expect(estimateFee(tiered, input)).toBe(1000n * 800_000_000_000n + 500n * 4_800_000_000_000n)
    expect(estimateFee({ ...tiered, serviceType: 'text-to-image' }, input)).toBe(
      3n * 4_800_000_000_000n,
    )
    const perSecond = {
      ...tiered,
      serviceType: 'speech-to-text',
      additionalInfo: '{"priceDenomination":"second"}',
    }
    expect(estimateFee(perSecond, input)).toBe(90n * 800_000_000_000n)
  })
  it('1 neuron prices and huge counts stay exact', () => {
    const one = { serviceType: 'chatbot', inputPrice: 1n, outputPrice: 1n, additionalInfo: '' }
    expect(estimateFee(one, { ...input, inputTokens: 10n ** 12n, outputTokens: 1n })).toBe(
      10n ** 12n + 1n,
    )
  })
  it('parses counts', () => {
    expect(parseCount('1,000')).toBe(1000n)
    expect(parseCount('')).toBeNull()
    expect(parseCount('1.5')).toBeNull()
    expect(parseCount('-1')).toBeNull()
    expect(parseCount('9999999999999')).toBeNull()
  })
})
