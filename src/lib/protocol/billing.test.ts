/**
 * The billing module pinned to worked examples: one fee per service and request size, and the
 * Account planner, the service page's estimator and the catalog's sort agree on the same service.
 */
import { describe, expect, it } from 'vitest'
import { unitCost } from '../ledger/spendable'
import {
  billingOf,
  estimateFee,
  isImageService,
  priceDenominationOf,
  typicalPrices,
  typicalUnit,
  TYPICAL_REQUEST,
} from './billing'
import { tiersInfo } from './tiers.testkit'

// ×1 up to 256 input tokens, then ×4 input and ×2 output.
const TIERS = tiersInfo([256, 1, 1], [0, 4, 2])
const chat = {
  serviceType: 'chatbot',
  inputPrice: 10n ** 12n,
  outputPrice: 2n * 10n ** 12n,
  additionalInfo: '',
}
const tiered = { ...chat, additionalInfo: TIERS }
const image = {
  serviceType: 'text-to-image',
  inputPrice: 0n,
  outputPrice: 3n * 10n ** 15n,
  additionalInfo: '',
}
const edit = { ...image, serviceType: 'image-editing' }
const sttTokens = {
  serviceType: 'speech-to-text',
  inputPrice: 5n,
  outputPrice: 7n,
  additionalInfo: '',
}
const sttSeconds = { ...sttTokens, additionalInfo: '{"billingUnit":"second"}' }

describe('billing', () => {
  it('decides "image service" in one place', () => {
    expect([image, edit, chat, sttTokens].map((s) => isImageService(s.serviceType))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })

  it('says what each price is billed per', () => {
    expect(billingOf(chat)).toEqual({ input: 'token', output: 'token' })
    expect(billingOf(image)).toEqual({ input: null, output: 'image' })
    expect(billingOf(sttTokens)).toEqual({ input: 'token', output: 'token' })
    expect(billingOf(sttSeconds)).toEqual({ input: 'second', output: null })
  })

  it('does not read a unit from priceDenomination, which names a currency (NATIVE | USD)', () => {
    for (const d of ['NATIVE', 'USD', 'per second'])
      expect(
        billingOf({ ...sttTokens, additionalInfo: JSON.stringify({ priceDenomination: d }) }),
      ).toEqual({ input: 'token', output: 'token' })
  })

  it('worked examples of one typical request (1 000 in / 500 out tokens, 1 image, 60 s)', () => {
    // 1 000 × 1e12 + 500 × 2e12 = 2e15 neuron
    expect(estimateFee(chat, TYPICAL_REQUEST)).toBe(2n * 10n ** 15n)
    // 1 000 input tokens pass the 256 bound: input ×4, output ×2 → 4e15 + 2e15
    expect(estimateFee(tiered, TYPICAL_REQUEST)).toBe(6n * 10n ** 15n)
    // a short request stays in the first tier
    expect(estimateFee(tiered, { ...TYPICAL_REQUEST, inputTokens: 256n })).toBe(
      256n * 10n ** 12n + 500n * 2n * 10n ** 12n,
    )
    expect(estimateFee(image, TYPICAL_REQUEST)).toBe(3n * 10n ** 15n)
    expect(estimateFee(edit, { ...TYPICAL_REQUEST, images: 2n })).toBe(6n * 10n ** 15n)
    expect(estimateFee(sttTokens, TYPICAL_REQUEST)).toBe(5n * 1000n + 7n * 500n)
    expect(estimateFee(sttSeconds, TYPICAL_REQUEST)).toBe(5n * 60n)
  })

  it('names the typical request of each kind of service', () => {
    expect([chat, image, sttTokens, sttSeconds].map(typicalUnit)).toEqual([
      'message',
      'image',
      'transcription',
      'minute',
    ])
  })

  it('the planner, the estimator and the sort agree on the same services (tiers, speech units)', () => {
    for (const s of [chat, tiered, image, edit, sttTokens, sttSeconds]) {
      expect(unitCost(s).cost, s.serviceType + s.additionalInfo).toBe(
        estimateFee(s, TYPICAL_REQUEST),
      )
    }
    // The sort's per-token prices times the typical sizes give the same fee.
    const p = typicalPrices(tiered)
    expect((p.input.num * 1000n) / p.input.den + (p.output.num * 500n) / p.output.den).toBe(
      estimateFee(tiered, TYPICAL_REQUEST),
    )
  })
})

describe('estimateFee with cached input tokens and priceDenominationOf', () => {
  const cached = {
    serviceType: 'chatbot',
    inputPrice: 100n,
    outputPrice: 0n,
    additionalInfo: JSON.stringify({ cacheTokenBilling: { divisor: 10 } }),
  }
  it('applies feeFor’s cache rule (docs/protocol.md §8 example: 82000)', () => {
    const size = { ...TYPICAL_REQUEST, inputTokens: 1000n, outputTokens: 0n, cachedTokens: 200n }
    expect(estimateFee(cached, size)).toBe(800n * 100n + (100n * 200n) / 10n)
    // No cache discount published: cached tokens cost the full input price.
    expect(estimateFee({ ...cached, additionalInfo: '{}' }, size)).toBe(1000n * 100n)
    // Clamped to the input tokens, as the broker does.
    expect(estimateFee(cached, { ...size, cachedTokens: 5000n })).toBe((100n * 1000n) / 10n)
  })
  it('reads the currency only from priceDenomination USD | NATIVE', () => {
    const d = (info: unknown) =>
      priceDenominationOf({ serviceType: 'chatbot', additionalInfo: JSON.stringify(info) })
    expect(d({ priceDenomination: 'USD' })).toBe('USD')
    expect(d({ priceDenomination: 'native' })).toBe('NATIVE')
    expect(d({ priceDenomination: 'EUR' })).toBe(null)
    expect(d({ priceDenomination: 1 })).toBe(null)
    expect(d(null)).toBe(null)
    expect(priceDenominationOf({ serviceType: 'chatbot', additionalInfo: '{bad' })).toBe(null)
  })
})
