/** Exact fee arithmetic: ratios, tier parsing and selection, and fees per billing unit. */
import { describe, expect, it } from 'vitest'
import { feeFor, isServiceType, parseTiers, tierFor, toRatio, type PricedService } from './pricing'

const tiered = JSON.stringify({
  tieredPricing: {
    tiers: [
      { maxInputTokens: 0, inputMultiplier: 4, outputMultiplier: 2 },
      { maxInputTokens: 256000, inputMultiplier: 1, outputMultiplier: 1 },
    ],
  },
})

describe('toRatio', () => {
  it('parses integers and decimals exactly', () => {
    expect(toRatio(2)).toEqual({ num: 2n, den: 1n })
    expect(toRatio(1.5)).toEqual({ num: 15n, den: 10n })
    expect(toRatio('0.30')).toEqual({ num: 30n, den: 100n })
  })

  it('parses exponent forms', () => {
    expect(toRatio('2e-3')).toEqual({ num: 2n, den: 1000n })
    expect(toRatio('1.5E2')).toEqual({ num: 1500n, den: 10n })
    expect(toRatio(1e21)).toEqual({ num: 10n ** 21n, den: 1n })
  })

  it('applies a denominator, and ignores a zero or invalid one', () => {
    expect(toRatio(3, 2)).toEqual({ num: 3n, den: 2n })
    expect(toRatio(3, 0)).toEqual({ num: 3n, den: 1n })
    expect(toRatio(3, 'x')).toEqual({ num: 3n, den: 1n })
  })

  it('rejects bad input', () => {
    for (const bad of [
      -1,
      Number.NaN,
      Infinity,
      '',
      'abc',
      '1.',
      '.5',
      '1e',
      null,
      undefined,
      {},
      true,
    ]) {
      expect(toRatio(bad)).toBeNull()
    }
    expect(toRatio('1e999')).toBeNull()
  })
})

describe('parseTiers', () => {
  it('returns null for invalid JSON, missing keys or no valid tier', () => {
    expect(parseTiers('not json')).toBeNull()
    expect(parseTiers('')).toBeNull()
    expect(parseTiers('null')).toBeNull()
    expect(parseTiers('{}')).toBeNull()
    expect(parseTiers('{"tieredPricing":{}}')).toBeNull()
    expect(parseTiers('{"tieredPricing":{"tiers":"x"}}')).toBeNull()
    expect(parseTiers('{"tieredPricing":{"tiers":[]}}')).toBeNull()
  })

  it('skips tiers with missing or invalid fields', () => {
    const info = JSON.stringify({
      tieredPricing: {
        tiers: [
          { inputMultiplier: 1, outputMultiplier: 1 },
          { maxInputTokens: -5, inputMultiplier: 1, outputMultiplier: 1 },
          { maxInputTokens: 10, outputMultiplier: 1 },
          { maxInputTokens: 1.5, inputMultiplier: 1, outputMultiplier: 1 },
          { maxInputTokens: 100, inputMultiplier: 2, outputMultiplier: 3 },
          null,
        ],
      },
    })
    expect(parseTiers(info)).toEqual([
      { maxInputTokens: 100n, input: { num: 2n, den: 1n }, output: { num: 3n, den: 1n } },
    ])
  })

  it('sorts bounded tiers ascending and puts the unbounded tier (0) last', () => {
    const tiers = parseTiers(tiered)
    expect(tiers?.map((t) => t.maxInputTokens)).toEqual([256000n, null])
  })
})

describe('tierFor', () => {
  const tiers = parseTiers(tiered)

  it('picks the bounded tier up to and including its bound', () => {
    expect(tierFor(tiers, 0n)?.maxInputTokens).toBe(256000n)
    expect(tierFor(tiers, 256000n)?.maxInputTokens).toBe(256000n)
  })

  it('picks the unbounded tier past the bound', () => {
    expect(tierFor(tiers, 256001n)?.maxInputTokens).toBeNull()
  })

  it('falls back to the last tier when every tier is bounded', () => {
    const bounded = parseTiers(
      JSON.stringify({
        tieredPricing: { tiers: [{ maxInputTokens: 10, inputMultiplier: 1, outputMultiplier: 1 }] },
      }),
    )
    expect(tierFor(bounded, 11n)?.maxInputTokens).toBe(10n)
  })

  it('returns null without tiers', () => {
    expect(tierFor(null, 5n)).toBeNull()
    expect(tierFor([], 5n)).toBeNull()
  })
})

describe('feeFor', () => {
  const chat: PricedService = {
    serviceType: 'chatbot',
    inputPrice: 1_000_000_000_000n, // 1 0G / 1M tokens
    outputPrice: 3_200_000_000_000n, // 3.2 0G / 1M tokens
    additionalInfo: '{}',
  }

  it('charges tokens × price without tiers', () => {
    const fee = feeFor(chat, { kind: 'tokens', inputTokens: 1000n, outputTokens: 500n })
    expect(fee).toBe(1000n * 1_000_000_000_000n + 500n * 3_200_000_000_000n)
  })

  it('applies tier multipliers at the 256k boundary', () => {
    const s = { ...chat, additionalInfo: tiered }
    const at = feeFor(s, { kind: 'tokens', inputTokens: 256000n, outputTokens: 10n })
    expect(at).toBe(256000n * chat.inputPrice + 10n * chat.outputPrice)
    const past = feeFor(s, { kind: 'tokens', inputTokens: 256001n, outputTokens: 10n })
    expect(past).toBe(4n * 256001n * chat.inputPrice + 2n * 10n * chat.outputPrice)
  })

  it('rounds fractional multipliers down to a whole neuron', () => {
    const s = {
      ...chat,
      inputPrice: 1n,
      outputPrice: 0n,
      additionalInfo: JSON.stringify({
        tieredPricing: {
          tiers: [{ maxInputTokens: 0, inputMultiplier: 1.5, outputMultiplier: 1 }],
        },
      }),
    }
    expect(feeFor(s, { kind: 'tokens', inputTokens: 3n, outputTokens: 0n })).toBe(4n) // 4.5 → 4
  })

  it('charges images from outputPrice', () => {
    const image = {
      ...chat,
      serviceType: 'text-to-image',
      inputPrice: 0n,
      outputPrice: 3n * 10n ** 15n,
    }
    expect(feeFor(image, { kind: 'images', count: 4n })).toBe(12n * 10n ** 15n)
  })

  it('charges duration from inputPrice per second, exact to the millisecond', () => {
    const speech = { ...chat, serviceType: 'speech-to-text', inputPrice: 1000n }
    expect(feeFor(speech, { kind: 'duration', milliseconds: 1500n })).toBe(1500n)
    expect(feeFor(speech, { kind: 'duration', milliseconds: 1n })).toBe(1n)
    expect(feeFor({ ...speech, inputPrice: 999n }, { kind: 'duration', milliseconds: 1n })).toBe(0n)
  })
})

describe('isServiceType', () => {
  it('accepts the four SDK types only', () => {
    expect(isServiceType('chatbot')).toBe(true)
    expect(isServiceType('image-editing')).toBe(true)
    expect(isServiceType('chat')).toBe(false)
  })
})
