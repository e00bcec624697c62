/**
 * The service page's pricing as rendered: a multi-model service's per-model prices from a stubbed
 * `GET /v1/models` and the estimator's model pick (its figure is billing.ts's), the ceiling
 * fallback when the provider does not answer, the cached-input field of a cache-billed service,
 * and the catalog marks ("up to", "USD-priced", "cache discount").
 */
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Service } from '@/contracts/service'
import { compactZeroG } from '@/lib/catalog/price-text'
import {
  estimateFee,
  multiModelCeiling,
  parseModelPrices,
  priceForModel,
  TYPICAL_REQUEST,
} from '@/lib/protocol/billing'
import { renderWithProviders } from '@/testing/render-with-providers'
import { ServicePrice } from './price-amount'
import { PricingSection } from './pricing-section'

afterEach(() => vi.unstubAllGlobals())

const text = (el: Node | null | undefined): string => el?.textContent ?? ''

const PER_M = 10n ** 12n // neuron per token for 1 0G per 1M tokens

const BODY = {
  object: 'list',
  data: [
    {
      id: 'qwen-plus',
      pricing: {
        prompt: String((PER_M * 4n) / 10n),
        completion: String((PER_M * 12n) / 10n),
        tiered_pricing: [
          { max_input_tokens: 128000, input_multiplier: 1, output_multiplier: 1 },
          { max_input_tokens: 0, input_multiplier: 3, output_multiplier: 2 },
        ],
      },
    },
    {
      id: 'qwen-max',
      pricing: { prompt: String((PER_M * 16n) / 10n), completion: String((PER_M * 64n) / 10n) },
    },
    {
      id: 'qwen-turbo',
      pricing: {
        prompt: String(PER_M / 20n),
        completion: String(PER_M / 5n),
        cache_token_billing: { divisor: 4 },
      },
    },
  ],
}
const MODELS = parseModelPrices(BODY)

const svc = (o: Partial<Service>): Service => ({
  provider: `0x${'12'.repeat(20)}`,
  serviceType: 'chatbot',
  url: 'https://forwarder.example/qwen',
  inputPrice: PER_M,
  outputPrice: PER_M,
  updatedAt: 1n,
  model: 'm',
  verifiability: 'TeeTLS',
  additionalInfo: '{}',
  teeSignerAddress: `0x${'ab'.repeat(20)}`,
  teeSignerAcknowledged: true,
  ...o,
})

const FORWARDER = svc({
  model: 'qwen-plus',
  ...multiModelCeiling(MODELS),
  additionalInfo: JSON.stringify({ MultiModel: true, priceDenomination: 'NATIVE' }),
})

const fee = (s: Parameters<typeof estimateFee>[0], extra: object = {}) =>
  `${compactZeroG(estimateFee(s, { ...TYPICAL_REQUEST, ...extra })).text} 0G per request`

function stubModels(respond: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: string) => respond())
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('PricingSection of a multi-model service', () => {
  it('lists each model’s prices from /v1/models and estimates the picked model with billing.ts', async () => {
    const fetch = stubModels(() => Response.json(BODY))
    const { user } = await renderWithProviders(<PricingSection service={FORWARDER} />)
    const table = await screen.findByRole('table', { name: 'Per-model prices' })
    expect(fetch.mock.calls[0]![0]).toBe('https://forwarder.example/qwen/v1/models')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'qwen-plusdefault (requests naming no model)',
      'qwen-max',
      'qwen-turbo',
    ])
    expect(text(rows[0])).toContain('0.4 0G / 1M tokens')
    expect(text(rows[0])).toContain('≥ 128,001 input tokens: 1.2 0G / 1M tokens in')
    expect(text(rows[1])).toContain('6.4 0G / 1M tokens')
    expect(text(rows[2])).toContain('cache discount: cached input 0.0125 0G / 1M tokens')
    screen.getByText(/the catalog's “up to” prices, are the ceiling/)
    screen.getByText('Input price, ceiling')

    const estimate = screen.getByRole('status', { name: 'Estimated cost' })
    const plus = priceForModel(FORWARDER, MODELS, 'qwen-plus')
    expect(text(estimate)).toContain(`${fee(plus)} for qwen-plus`)
    const model = screen.getByRole('combobox', { name: 'Model' })
    await user.selectOptions(model, 'qwen-max')
    const max = fee(priceForModel(FORWARDER, MODELS, 'qwen-max'))
    expect(text(estimate)).toContain(`${max} for qwen-max`)
    await user.selectOptions(model, 'qwen-turbo')
    // docs/protocol.md §8: 1000 × 5·10^10 + 500 × 2·10^11 = 1.5·10^14 neuron.
    expect(text(estimate)).toContain('0.00015 0G per request for qwen-turbo')
    expect(max).not.toBe('0.00015 0G per request')
    // qwen-turbo publishes a cache discount: the cached-input field appears and counts.
    const cached = screen.getByRole('textbox', { name: 'Cached input tokens' })
    await user.clear(cached)
    await user.type(cached, '400')
    const turbo = priceForModel(FORWARDER, MODELS, 'qwen-turbo')
    expect(text(estimate)).toContain(fee(turbo, { cachedTokens: 400n }))
    expect(estimateFee(turbo, { ...TYPICAL_REQUEST, cachedTokens: 400n })).toBe(
      600n * (PER_M / 20n) + (400n * (PER_M / 20n)) / 4n + 500n * (PER_M / 5n),
    )
  })

  it('says the provider did not answer and estimates the ceiling, marked "up to"', async () => {
    stubModels(() => new Response('{"error":"down"}', { status: 503 }))
    await renderWithProviders(<PricingSection service={FORWARDER} />)
    const notes = await screen.findAllByText(/did not answer with its per-model prices/)
    expect(notes).toHaveLength(2)
    expect(screen.queryByRole('table', { name: 'Per-model prices' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Model' })).toBeNull()
    expect(text(screen.getByRole('status', { name: 'Estimated cost' }))).toContain(
      `up to ${fee(FORWARDER)}`,
    )
  })

  it('does not fetch /v1/models for a single-model service', async () => {
    const fetch = stubModels(() => Response.json(BODY))
    await renderWithProviders(<PricingSection service={svc({})} />)
    expect(text(screen.getByRole('status', { name: 'Estimated cost' }))).toContain(fee(svc({})))
    expect(screen.queryByText(/per-model/)).toBeNull()
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('PricingSection with hostile or USD price lists', () => {
  it('renders hostile model ids as inert text', async () => {
    stubModels(() =>
      Response.json({
        data: [
          { id: '<img src=x onerror=alert(1)>', pricing: { prompt: '1', completion: '2' } },
          { id: 'evil\u202Etxt.exe', pricing: { prompt: '3', completion: '4' } },
        ],
      }),
    )
    const { container } = await renderWithProviders(<PricingSection service={FORWARDER} />)
    const table = await screen.findByRole('table', { name: 'Per-model prices' })
    expect(text(table)).toContain('<img src=x onerror=alert(1)>')
    expect(container.querySelector('img')).toBeNull()
    expect(text(table)).not.toContain('\u202E')
    const options = within(screen.getByRole('combobox', { name: 'Model' })).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'evil\u202Etxt.exe'.replace('\u202E', ''),
    ])
  })

  it('shows USD prices and the provider’s stated rate as its words; USD-only models are not priced', async () => {
    const usdForwarder = svc({
      ...FORWARDER,
      additionalInfo: JSON.stringify({ MultiModel: true, priceDenomination: 'USD' }),
    })
    stubModels(() =>
      Response.json({
        data: [
          {
            id: 'gpt-x',
            pricing: { prompt: '160000000000', completion: '480000000000' },
            pricing_usd: { prompt: '0.0000004', completion: '0.0000012' },
          },
          { id: 'usd-only', pricing_usd: { prompt: '0.000001', completion: '0.000002' } },
        ],
        price_feed: { rate_usd_per_og: '2.50000000', is_stale: true },
      }),
    )
    await renderWithProviders(<PricingSection service={usdForwarder} />)
    const table = await screen.findByRole('table', { name: 'Per-model prices' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(text(rows[0])).toContain('0.16 0G / 1M tokens')
    expect(text(rows[0])).toContain('USD: $0.4 / 1M tokens in, $1.2 / 1M tokens out')
    expect(text(rows[1])).toContain('USD: $1 / 1M tokens in, $2 / 1M tokens out')
    expect(text(rows[1])).toContain('no 0G price published')
    screen.getByText(
      /states its 0G\/USD rate as 2.50000000 USD per 0G \(it marks this rate as stale\)/,
    )
    screen.getByTestId('usd-note')
    const options = within(screen.getByRole('combobox', { name: 'Model' })).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['gpt-x'])
  })
})

describe('cache-billed and USD-priced services', () => {
  const CACHED = svc({
    additionalInfo: JSON.stringify({ cacheTokenBilling: { divisor: 10 } }),
    inputPrice: (PER_M * 2n) / 10n,
    outputPrice: (PER_M * 8n) / 10n,
  })

  it('shows the cached-input price and estimates cached tokens by feeFor’s rule', async () => {
    const { user } = await renderWithProviders(<PricingSection service={CACHED} />)
    expect(text(screen.getByText('Cached input price').nextSibling)).toContain(
      '0.02 0G / 1M tokens',
    )
    const estimate = screen.getByRole('status', { name: 'Estimated cost' })
    expect(text(estimate)).toContain(fee(CACHED))
    const cached = screen.getByRole('textbox', { name: 'Cached input tokens' })
    await user.clear(cached)
    await user.type(cached, '800')
    expect(text(estimate)).toContain(fee(CACHED, { cachedTokens: 800n }))
    expect(fee(CACHED, { cachedTokens: 800n })).not.toBe(fee(CACHED))
    await user.clear(cached)
    await user.type(cached, '1001')
    expect(text(estimate)).toContain('Cached input tokens cannot be more than the input tokens')
    expect(cached.getAttribute('aria-invalid')).toBe('true')
  })

  it('marks catalog prices: cache discount with the cached price, USD-priced, up to', async () => {
    const usd = svc({
      additionalInfo: JSON.stringify({ MultiModel: true, priceDenomination: 'USD' }),
    })
    await renderWithProviders(
      <table>
        <tbody>
          <tr>
            <td data-testid="cached">
              <ServicePrice service={CACHED} which="input" />
            </td>
            <td data-testid="cached-out">
              <ServicePrice service={CACHED} which="output" />
            </td>
            <td data-testid="usd">
              <ServicePrice service={usd} which="input" />
            </td>
            <td data-testid="plain">
              <ServicePrice service={svc({})} which="input" />
            </td>
          </tr>
        </tbody>
      </table>,
    )
    expect(text(screen.getByTestId('cached'))).toContain(
      '0.2 0G / 1M tokenscache discount cached: 0.02 0G / 1M tokens',
    )
    expect(text(screen.getByTestId('cached-out'))).toMatch(/^0\.8 0G \/ 1M tokens$/)
    expect(text(screen.getByTestId('usd'))).toContain('USD-priced up to 1 0G / 1M tokens')
    expect(within(screen.getByTestId('usd')).getByText('USD-priced').title).toMatch(
      /converts them to 0G at its own 0G\/USD rate/,
    )
    expect(text(screen.getByTestId('plain'))).toMatch(/^1 0G \/ 1M tokens$/)
  })

  it('explains a USD-priced service on its page without converting anything', async () => {
    await renderWithProviders(
      <PricingSection
        service={svc({ additionalInfo: JSON.stringify({ priceDenomination: 'USD' }) })}
      />,
    )
    expect(text(screen.getByTestId('usd-note'))).toMatch(
      /USD-priced: .* fees are charged in 0G\. This app uses no exchange rate of its own\./,
    )
  })
})
