/** Exact price text and tier math: 1 neuron, 10^30 neuron, tiers at their boundaries. No floats. */
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { feeFor, tierFor, parseTiers } from '@/lib/protocol/pricing'
import { billingOf, estimateFee } from '../protocol/billing'
import { tiersInfo } from '../protocol/tiers.testkit'
import { parseCount } from './count-input'
import {
  compactNeuronRatio,
  exactPriceText,
  formatNeuronRatio,
  priceDisplay,
  priceText,
  unitAmount,
} from './price-text'
import { tierPriceRange, tierRows } from './tiers'

const tiered = {
  serviceType: 'chatbot',
  inputPrice: 800_000_000_000n, // 0.8 0G / 1M
  outputPrice: 4_800_000_000_000n, // 4.8 0G / 1M
  additionalInfo: tiersInfo([256000, 1, 1], [0, 4, 2]),
}

describe('formatNeuronRatio / priceText', () => {
  it('prints 1 neuron exactly in every unit', () => {
    expect(formatNeuronRatio(1n, 1n)).toBe('0.000000000000000001')
    expect(exactPriceText(1n, 'token')).toBe('0.000000000001 0G / 1M tokens')
    expect(exactPriceText(1n, 'image')).toBe('0.000000000000000001 0G / image')
    expect(exactPriceText(1n, 'second')).toBe('0.000000000000000001 0G / second')
  })

  it('prints 10^30 neuron exactly (no float rounding)', () => {
    const huge = 10n ** 30n
    expect(exactPriceText(huge, 'image')).toBe('1000000000000 0G / image')
    expect(exactPriceText(huge + 1n, 'image')).toBe('1000000000000.000000000000000001 0G / image')
    expect(exactPriceText(huge, 'token')).toBe('1000000000000000000 0G / 1M tokens')
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
    expect(exactPriceText(0n, 'token')).toBe('–')
  })
})

/**
 * The compact rule: the exact decimal when it has at most 12 characters; else, from 10^-8 up to
 * 10^10, a decimal of at most 12 characters; else 3 significant digits × 10ⁿ. Rounding is always
 * up (the shown price is never below the real one) and a rounded value starts with "≈ ".
 */
describe('compactNeuronRatio / priceText (compact display)', () => {
  const c = (neuron: bigint, den = 1n) => compactNeuronRatio(neuron, den).text
  const ONE_0G = 10n ** 18n
  const MAX = 2n ** 256n - 1n

  it('keeps typical prices exact', () => {
    expect(c(0n)).toBe('0')
    expect(c(ONE_0G)).toBe('1')
    expect(c(3_200_000_000_000n * 1_000_000n)).toBe('3.2')
    expect(c(ONE_0G / 1000n)).toBe('0.001')
    expect(c(ONE_0G / 1_000_000n)).toBe('0.000001')
    expect(c(123_456_789_01n * 10n ** 16n)).toBe('123456789.01') // 12 characters
    expect(c(99_999_999_999n * ONE_0G)).toBe('99999999999')
    expect(priceText(1_000_000_000_000n, 'token')).toBe('1 0G / 1M tokens')
    expect(priceText(3_000_000_000_000_000n, 'image')).toBe('0.003 0G / image')
  })

  it('shows 1 neuron as a power of ten, exactly', () => {
    expect(c(1n)).toBe('1 × 10⁻¹⁸')
    expect(priceText(1n, 'token')).toBe('1 × 10⁻¹² 0G / 1M tokens')
    expect(priceText(1n, 'image')).toBe('1 × 10⁻¹⁸ 0G / image')
    expect(priceText(1n, 'second')).toBe('1 × 10⁻¹⁸ 0G / second')
    expect(compactNeuronRatio(1n, 1n).exact).toBe('0.000000000000000001')
  })

  it('rounds 2^256−1 up, never down, with the exact value alongside', () => {
    // 2^256−1 neuron = 115792089237316195423570985008687907853269984665640564039457.58… 0G
    expect(c(MAX)).toBe('≈ 1.16 × 10⁵⁹')
    expect(priceText(MAX, 'token')).toBe('≈ 1.16 × 10⁶⁵ 0G / 1M tokens')
    expect(priceText(MAX, 'image')).toBe('≈ 1.16 × 10⁵⁹ 0G / image')
    expect(compactNeuronRatio(MAX, 1n).exact).toBe(
      '115792089237316195423570985008687907853269984665640564039457.584007913129639935',
    )
    expect(exactPriceText(MAX, 'token')).toMatch(
      /^115792089237316195423570985008687907853\d+\.\d+ 0G \/ 1M tokens$/,
    )
  })

  it('huge powers of ten are exact; one neuron more rounds up', () => {
    expect(c(10n ** 30n)).toBe('1 × 10¹²')
    expect(c(10n ** 30n + 1n)).toBe('≈ 1.01 × 10¹²')
    expect(priceText(10n ** 30n, 'token')).toBe('1 × 10¹⁸ 0G / 1M tokens')
    expect(c(123n * 10n ** 40n)).toBe('1.23 × 10²⁴')
  })

  it('rounds long decimals up to 12 characters between 10^-8 and 10^10', () => {
    expect(c(ONE_0G, 3n)).toBe('≈ 0.3333333334') // 1/3 0G
    expect(c(2n * ONE_0G, 3n)).toBe('≈ 0.6666666667')
    expect(c(1_234_567_890_01n * 10n ** 16n)).toBe('≈ 1234567890.1') // 1234567890.01
    expect(c(ONE_0G + 1n)).toBe('≈ 1.0000000001')
    expect(c(123_456n * 10n ** 5n)).toBe('≈ 0.0000000124') // 1.23456 × 10^-8
    expect(c(9_999_999_999_99n * 10n ** 16n)).toBe('≈ 10000000000') // 9999999999.99
  })

  it('a value that rounds up to the next power of ten says so', () => {
    expect(c(9_999n * 10n ** 6n)).toBe('≈ 1 × 10⁻⁸') // 9.999 × 10^-9
    expect(c(99_999_999_999_5n * 10n ** 17n)).toBe('≈ 1 × 10¹¹') // 99999999999.5
  })

  it('never shows less than the exact value', () => {
    // Shown value ≥ exact: compare as exact rationals, no floats.
    const samples = [1n, 7n, 999n, 10n ** 17n + 3n, ONE_0G - 1n, 10n ** 28n - 1n, MAX, MAX / 7n]
    for (const n of samples) {
      for (const den of [1n, 3n, 7n]) {
        const text = compactNeuronRatio(n, den).text.replace('≈ ', '')
        const m = /^(\d+)(?:\.(\d+))?(?: × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(text)
        expect(m, text).not.toBeNull()
        const digits = (m![1] ?? '') + (m![2] ?? '')
        const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹'
        const exp = m![3]
          ? (m![3].startsWith('⁻') ? -1 : 1) *
            Number([...m![3].replace('⁻', '')].map((ch) => sup.indexOf(ch)).join(''))
          : 0
        // shown = digits × 10^(exp − fraction digits) 0G; exact = n / den neuron.
        const scale = BigInt(exp - (m![2]?.length ?? 0) + 18)
        const shown = scale >= 0n ? BigInt(digits) * 10n ** scale * den : BigInt(digits) * den
        const exact = scale >= 0n ? n : n * 10n ** -scale
        expect(shown >= exact, `${text} for ${n}/${den}`).toBe(true)
      }
    }
  })
})

const tiersDown = tiersInfo([1000, 1, 1], [0, 0.5, 1])

describe('tierPriceRange', () => {
  it('is the lowest and highest price the tiers charge, per display unit', () => {
    const texts = (r: ReturnType<typeof tierPriceRange>) => r && [r.low.text, r.high.text, r.unit]
    expect(texts(tierPriceRange(tiered, 'input'))).toEqual(['0.8', '3.2', '0G / 1M tokens'])
    expect(texts(tierPriceRange(tiered, 'output'))).toEqual(['4.8', '9.6', '0G / 1M tokens'])
    const every = {
      ...tiered,
      inputPrice: 1n,
      outputPrice: 1n,
      additionalInfo: tiersInfo([0, 1e15, 1e15]),
    }
    expect(texts(tierPriceRange(every, 'input'))).toEqual(['1000', '1000', '0G / 1M tokens'])
    // A tier that is cheaper than the first one counts too.
    const down = { ...tiered, additionalInfo: tiersDown }
    expect(texts(tierPriceRange(down, 'input'))).toEqual(['0.4', '0.8', '0G / 1M tokens'])
  })
  it('is null without tiers, for a zero price, or for prices tiers do not apply to', () => {
    expect(tierPriceRange({ ...tiered, additionalInfo: '' }, 'input')).toBeNull()
    expect(tierPriceRange({ ...tiered, inputPrice: 0n }, 'input')).toBeNull()
    expect(tierPriceRange({ ...tiered, serviceType: 'text-to-image' }, 'output')).toBeNull()
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
      additionalInfo: '{"billingUnit":"second"}',
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
        input: priceDisplay(tiered.inputPrice, 'token'),
        output: priceDisplay(tiered.outputPrice, 'token'),
      },
      {
        range: '≥ 256,001',
        from: 256_001n,
        to: null,
        input: priceDisplay(tiered.inputPrice, 'token', { num: 4n, den: 1n }),
        output: priceDisplay(tiered.outputPrice, 'token', { num: 2n, den: 1n }),
      },
    ])
    const rows = tierRows(tiered)!
    expect(rows.map((r) => [r.input.text, r.output.text])).toEqual([
      ['0.8 0G / 1M tokens', '4.8 0G / 1M tokens'],
      ['3.2 0G / 1M tokens', '9.6 0G / 1M tokens'],
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
    expect(rows[0]!.input.text).toBe('0.4 0G / 1M tokens')
    expect(rows[0]!.output.text).toBe('7.2 0G / 1M tokens')
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
      additionalInfo: '{"billingUnit":"second"}',
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
