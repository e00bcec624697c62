/** Exact fee arithmetic: ratios, tier parsing and selection, and fees per billing unit. */
import { describe, expect, it } from 'vitest'
import {
  billableSeconds,
  feeFor,
  isServiceType,
  parseCacheTokenBilling,
  parseTiers,
  tierFor,
  toRatio,
  type PricedService,
} from './pricing'
import { tiersInfo } from './tiers.testkit'

// The unbounded tier first: ×1 up to 256 000 input tokens, else ×4 input and ×2 output.
const tiered = tiersInfo([0, 4, 2], [256000, 1, 1])

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
    const bounded = parseTiers(tiersInfo([10, 1, 1]))
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

  it('rounds the tiered per-token price first, then multiplies (broker applyTierMultiplier)', () => {
    // inputPrice 1 neuron × 1.5 → floor(1.5) = 1 neuron per token; 3 tokens → 3 (not floor(4.5) = 4)
    const s = {
      ...chat,
      inputPrice: 1n,
      outputPrice: 0n,
      additionalInfo: tiersInfo([0, 1.5, 1]),
    }
    expect(feeFor(s, { kind: 'tokens', inputTokens: 3n, outputTokens: 0n })).toBe(3n)
    // 7 neuron × 4/3 = 9.33 → 9 per token; 10 tokens → 90. Output 5 × 2/3 = 3.33 → 3; × 4 → 12.
    const thirds = {
      ...chat,
      inputPrice: 7n,
      outputPrice: 5n,
      additionalInfo: JSON.stringify({
        tieredPricing: {
          tiers: [
            {
              maxInputTokens: 0,
              inputMultiplier: 4,
              inputMultiplierDenominator: 3,
              outputMultiplier: 2,
              outputMultiplierDenominator: 3,
            },
          ],
        },
      }),
    }
    expect(feeFor(thirds, { kind: 'tokens', inputTokens: 10n, outputTokens: 4n })).toBe(90n + 12n)
  })

  it('bills cached prompt tokens at inputPrice / divisor (cacheTokenBilling)', () => {
    const s = {
      ...chat,
      inputPrice: 100n,
      outputPrice: 7n,
      additionalInfo: JSON.stringify({ cacheTokenBilling: { divisor: 10 } }),
    }
    // 800 full × 100 = 80000; 200 cached: floor(100 × 200 / 10) = 2000; output 50 × 7 = 350
    const usage = { kind: 'tokens' as const, inputTokens: 1000n, outputTokens: 50n }
    expect(feeFor(s, { ...usage, cachedTokens: 200n })).toBe(80000n + 2000n + 350n)
    // floor is over the whole cached amount: 3 neuron × 5 cached / 4 = 3.75 → 3 (not 5 × floor(0.75) = 0)
    const odd = {
      ...s,
      inputPrice: 3n,
      outputPrice: 0n,
      additionalInfo: '{"cacheTokenBilling":{"divisor":4}}',
    }
    expect(feeFor(odd, { ...usage, inputTokens: 5n, outputTokens: 0n, cachedTokens: 5n })).toBe(3n)
    // cached > prompt is clamped to the prompt: 1000 × 100 / 10 = 10000
    expect(feeFor(s, { ...usage, outputTokens: 0n, cachedTokens: 1500n })).toBe(10000n)
    // without cacheTokenBilling the cached count is ignored: 1000 × 100
    expect(
      feeFor({ ...s, additionalInfo: '{}' }, { ...usage, outputTokens: 0n, cachedTokens: 200n }),
    ).toBe(100000n)
  })

  it('bills cache writes at the published premium and applies the tier before the cache split', () => {
    const s = {
      ...chat,
      inputPrice: 100n,
      outputPrice: 0n,
      additionalInfo: JSON.stringify({
        cacheTokenBilling: {
          divisor: 10,
          writeMultiplierNumerator: 5,
          writeMultiplierDenominator: 4,
        },
      }),
    }
    // 500 full × 100 = 50000; 200 cached × 100 / 10 = 2000; 300 writes × 100 × 5 / 4 = 37500
    expect(
      feeFor(s, {
        kind: 'tokens',
        inputTokens: 1000n,
        outputTokens: 0n,
        cachedTokens: 200n,
        cacheWriteTokens: 300n,
      }),
    ).toBe(89500n)
    const tieredCache = {
      ...s,
      inputPrice: 10n,
      additionalInfo: JSON.stringify({
        tieredPricing: {
          tiers: [
            {
              maxInputTokens: 0,
              inputMultiplier: 3,
              inputMultiplierDenominator: 2,
              outputMultiplier: 1,
            },
          ],
        },
        cacheTokenBilling: { divisor: 4 },
      }),
    }
    // tier price floor(10 × 3 / 2) = 15; 6 full × 15 = 90; 2 cached: floor(15 × 2 / 4) = 7
    expect(
      feeFor(tieredCache, { kind: 'tokens', inputTokens: 8n, outputTokens: 0n, cachedTokens: 2n }),
    ).toBe(97n)
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

  it('charges duration as max(round(seconds), 1) × inputPrice', () => {
    const speech = { ...chat, serviceType: 'speech-to-text', inputPrice: 1000n }
    const at = (milliseconds: bigint) => feeFor(speech, { kind: 'duration', milliseconds })
    expect(at(1500n)).toBe(2000n) // 1.5 s rounds half up to 2 s
    expect(at(1499n)).toBe(1000n) // 1.499 s → 1 s
    expect(at(2400n)).toBe(2000n) // 2.4 s → 2 s
    expect(at(400n)).toBe(1000n) // 0.4 s → the 1 s minimum
    expect(at(1n)).toBe(1000n)
    expect(at(0n)).toBe(0n) // no audio, no charge
    expect(billableSeconds(60_000n)).toBe(60n)
  })
})

describe('parseCacheTokenBilling', () => {
  it('reads the divisor and the optional write premium; refuses a divisor below 1', () => {
    expect(parseCacheTokenBilling('{"cacheTokenBilling":{"divisor":4}}')).toEqual({
      divisor: 4n,
      write: null,
    })
    expect(
      parseCacheTokenBilling(
        '{"cacheTokenBilling":{"divisor":4,"writeMultiplierNumerator":5,"writeMultiplierDenominator":4}}',
      ),
    ).toEqual({ divisor: 4n, write: { num: 5n, den: 4n } })
    for (const bad of [
      '',
      'x',
      '{}',
      '{"cacheTokenBilling":{"divisor":0}}',
      '{"cacheTokenBilling":{"divisor":1.5}}',
    ])
      expect(parseCacheTokenBilling(bad)).toBeNull()
  })
})

describe('isServiceType', () => {
  it('accepts the four SDK types only', () => {
    expect(isServiceType('chatbot')).toBe(true)
    expect(isServiceType('image-editing')).toBe(true)
    expect(isServiceType('chat')).toBe(false)
  })
})
