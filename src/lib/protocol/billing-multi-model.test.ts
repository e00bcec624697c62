/**
 * Multi-model forwarders priced per model, pinned to worked examples: the on-chain prices are a
 * ceiling, each request pays the prices `GET /v1/models` publishes for the model it names.
 */
import { describe, expect, it } from 'vitest'
import {
  estimateFee,
  isMultiModel,
  multiModelCeiling,
  parseModelPrices,
  priceForModel,
  TYPICAL_REQUEST,
} from './billing'
import { feeFor } from './pricing'

/** A `GET /v1/models` body in the broker's shape (handler/models.go). */
const MODELS_BODY = {
  object: 'list',
  data: [
    {
      id: 'small',
      object: 'model',
      pricing: {
        prompt: '40',
        completion: '120',
        tiered_pricing: [
          { max_input_tokens: 128, input_multiplier: 1, output_multiplier: 1 },
          { max_input_tokens: 0, input_multiplier: 3, output_multiplier: 2 },
        ],
      },
    },
    { id: 'large', object: 'model', pricing: { prompt: '160', completion: '640' } },
    {
      id: 'cached',
      object: 'model',
      pricing: { prompt: '100', completion: '0', cache_token_billing: { divisor: 10 } },
    },
    { id: 'picture', object: 'model', pricing: { prompt: '0', completion: '0', image: '5' } },
    { id: 'usd-only', object: 'model', pricing_usd: { prompt: '0.000001', completion: '0.1' } },
  ],
}
const models = parseModelPrices(MODELS_BODY)

const forwarder = {
  serviceType: 'chatbot',
  model: 'small',
  ...multiModelCeiling(models),
  additionalInfo: JSON.stringify({ ProviderType: 'centralized', MultiModel: true }),
}

describe('multi-model forwarders', () => {
  it('reads the per-model prices of /v1/models, skipping entries without token prices', () => {
    expect(models.map((m) => m.model)).toEqual(['small', 'large', 'cached', 'picture'])
    expect(models[0]).toMatchObject({ inputPrice: 40n, outputPrice: 120n })
    expect(models[0]!.tiers).toHaveLength(2)
    expect(models[2]!.cacheTokenBilling).toEqual({ divisor: 10 })
    expect(parseModelPrices({ data: 'nope' })).toEqual([])
    expect(parseModelPrices(null)).toEqual([])
  })

  it('the on-chain ceiling is the highest tier-adjusted price of any model', () => {
    // input: max(40 × 3, 160, 100) = 160; output: max(120 × 2, 640) = 640
    expect(multiModelCeiling(models)).toEqual({ inputPrice: 160n, outputPrice: 640n })
    expect(multiModelCeiling(models.slice(0, 1))).toEqual({ inputPrice: 120n, outputPrice: 240n })
  })

  it('knows a multi-model service by additionalInfo.MultiModel', () => {
    expect(isMultiModel(forwarder)).toBe(true)
    expect(isMultiModel({ serviceType: 'chatbot', additionalInfo: '{"MultiModel":"yes"}' })).toBe(
      false,
    )
    expect(isMultiModel({ serviceType: 'chatbot', additionalInfo: 'not json' })).toBe(false)
  })

  it('bills the named model at its own prices', () => {
    const large = priceForModel(forwarder, models, 'large')
    expect(large.exact).toBe(true)
    // 1000 × 160 + 500 × 640 = 480 000
    expect(estimateFee(large, TYPICAL_REQUEST)).toBe(480_000n)
  })

  it("bills a request naming no model at the service model's prices and tiers", () => {
    const small = priceForModel(forwarder, models, null)
    const usage = (inputTokens: bigint, outputTokens: bigint) =>
      feeFor(small, { kind: 'tokens', inputTokens, outputTokens })
    // first tier: 100 × 40 + 50 × 120 = 10 000 (the ceiling would say 100 × 160 + 50 × 640 = 48 000)
    expect(usage(100n, 50n)).toBe(10_000n)
    expect(feeFor(forwarder, { kind: 'tokens', inputTokens: 100n, outputTokens: 50n })).toBe(
      48_000n,
    )
    // past 128 input tokens: 200 × (40 × 3) + 10 × (120 × 2) = 24 000 + 2 400 = 26 400
    expect(usage(200n, 10n)).toBe(26_400n)
  })

  it("applies a model's own cache discount", () => {
    const cached = priceForModel(forwarder, models, 'cached')
    // 800 × 100 + floor(100 × 200 / 10) = 82 000
    expect(
      feeFor(cached, { kind: 'tokens', inputTokens: 1000n, outputTokens: 0n, cachedTokens: 200n }),
    ).toBe(82_000n)
    // the service-level tiers do not leak into a model without tiers
    expect(
      feeFor(priceForModel(forwarder, models, 'large'), {
        kind: 'tokens',
        inputTokens: 1000n,
        outputTokens: 0n,
      }),
    ).toBe(160_000n)
  })

  it('falls back to the on-chain ceiling for an unlisted model (an upper bound)', () => {
    const unknown = priceForModel(forwarder, models, 'mystery')
    expect(unknown.exact).toBe(false)
    expect(estimateFee(unknown, TYPICAL_REQUEST)).toBe(1000n * 160n + 500n * 640n)
  })

  it('leaves a single-model service as it is', () => {
    const single = { serviceType: 'chatbot', inputPrice: 7n, outputPrice: 9n, additionalInfo: '{}' }
    const priced = priceForModel(single, models, 'large')
    expect(priced).toMatchObject({ inputPrice: 7n, outputPrice: 9n, exact: true })
  })
})
