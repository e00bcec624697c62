/** The `/v1/models` price fetch against a fake fetch: guards, caps and hostile bodies. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HttpError, NetworkError, UnusableServiceUrlError } from '@/lib/errors/classes'
import {
  fetchModelPrices,
  MAX_MODEL_LIST_BYTES,
  ModelPricesError,
  modelPriceList,
} from './model-prices'

afterEach(() => vi.unstubAllGlobals())

const model = (id: string, prompt: string, completion: string, extra: object = {}) => ({
  id,
  object: 'model',
  pricing: { prompt, completion, ...extra },
})
const LIST = {
  object: 'list',
  data: [
    model('qwen-plus', '400000000000', '1200000000000', {
      tiered_pricing: [
        { max_input_tokens: 128000, input_multiplier: 1, output_multiplier: 1 },
        { max_input_tokens: 0, input_multiplier: 3, output_multiplier: 2 },
      ],
    }),
    model('qwen-max', '1600000000000', '6400000000000', {
      cache_token_billing: { divisor: 10 },
    }),
  ],
}

function stubFetch(respond: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => respond())
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json', ...headers },
  })

/** A body streamed in 16 KiB chunks with no Content-Length, `total` bytes in all. */
function streamed(total: number): { res: Response; pulled: () => number } {
  let sent = 0
  const chunk = new Uint8Array(16 * 1024).fill(0x20)
  const res = new Response(
    new ReadableStream({
      pull(c) {
        if (sent >= total) return c.close()
        sent += chunk.length
        c.enqueue(chunk)
      },
    }),
  )
  return { res, pulled: () => sent }
}

describe('fetchModelPrices', () => {
  it('GETs {url}/v1/models (trailing slashes dropped) and parses prices, tiers and cache', async () => {
    const fetch = stubFetch(() => json(LIST))
    const list = await fetchModelPrices('https://p.example/qwen/')
    expect(fetch).toHaveBeenCalledOnce()
    expect(fetch.mock.calls[0]![0]).toBe('https://p.example/qwen/v1/models')
    expect(fetch.mock.calls[0]![1]?.method).toBe('GET')
    expect(list.models.map((m) => m.model)).toEqual(['qwen-plus', 'qwen-max'])
    expect(list.models[0]!.inputPrice).toBe(400000000000n)
    expect(list.models[0]!.tiers).toHaveLength(2)
    expect(list.models[1]!.cacheTokenBilling).toEqual({ divisor: 10 })
    expect(list.usd.size).toBe(0)
    expect(list.providerRate).toBe(null)
  })

  it('never sends a request to an unusable URL', async () => {
    const fetch = stubFetch(() => json(LIST))
    for (const url of [
      'javascript:alert(1)',
      'https://user:pw@p.example',
      'https://p.example/?x=',
      'https://p.example/#a',
      'not a url',
      'file:///etc/passwd',
    ]) {
      await expect(fetchModelPrices(url)).rejects.toBeInstanceOf(UnusableServiceUrlError)
    }
    expect(fetch).not.toHaveBeenCalled()
  })

  it('turns a non-2xx answer into HttpError and a network failure into NetworkError', async () => {
    stubFetch(() => new Response('{"error":"nope"}', { status: 503 }))
    await expect(fetchModelPrices('https://p.example')).rejects.toBeInstanceOf(HttpError)
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(fetchModelPrices('https://p.example')).rejects.toBeInstanceOf(NetworkError)
  })

  it('refuses a body over 256 KiB by its Content-Length without reading it', async () => {
    const { res, pulled } = streamed(10 * MAX_MODEL_LIST_BYTES)
    const withLength = new Response(res.body, {
      headers: { 'Content-Length': String(10 * MAX_MODEL_LIST_BYTES) },
    })
    stubFetch(() => withLength)
    await expect(fetchModelPrices('https://p.example')).rejects.toThrow(/larger than 256 KiB/)
    expect(pulled()).toBeLessThanOrEqual(64 * 1024)
  })

  it('stops reading an endless body without Content-Length at the cap', async () => {
    const { res, pulled } = streamed(100 * MAX_MODEL_LIST_BYTES)
    stubFetch(() => res)
    await expect(fetchModelPrices('https://p.example')).rejects.toBeInstanceOf(ModelPricesError)
    expect(pulled()).toBeLessThan(MAX_MODEL_LIST_BYTES + 64 * 1024)
  })

  it('accepts a body of exactly 256 KiB', async () => {
    const text = JSON.stringify(LIST)
    const padded = text + ' '.repeat(MAX_MODEL_LIST_BYTES - text.length)
    stubFetch(() => new Response(padded))
    await expect(fetchModelPrices('https://p.example')).resolves.toMatchObject({
      models: [{ model: 'qwen-plus' }, { model: 'qwen-max' }],
    })
  })

  it('says so when the body is not JSON or names no priced model', async () => {
    stubFetch(() => new Response('<html>gateway</html>'))
    await expect(fetchModelPrices('https://p.example')).rejects.toThrow(/not JSON/)
    stubFetch(() => json({ object: 'list', data: [{ id: 'x', object: 'model' }] }))
    await expect(fetchModelPrices('https://p.example')).rejects.toThrow(/no priced model/)
  })
})

describe('modelPriceList (hostile bodies)', () => {
  it('throws for shapes that are not a price list', () => {
    for (const body of [null, 42, 'x', [], {}, { data: {} }, { data: 'x' }, { data: [null, 1] }])
      expect(() => modelPriceList(body)).toThrow(ModelPricesError)
  })

  it('skips entries with non-integer, negative, float, exponent or huge prices', () => {
    const list = modelPriceList({
      data: [
        model('neg', '-1', '1'),
        model('float', '1.5', '1'),
        model('exp', '1e18', '1'),
        model('num', 5 as unknown as string, '1'),
        model('huge', '9'.repeat(79), '1'),
        model('ok', '7', '9'),
      ],
    })
    expect(list.models.map((m) => m.model)).toEqual(['ok'])
  })

  it('keeps the first of duplicate ids and drops ids that are empty or absurdly long', () => {
    const list = modelPriceList({
      data: [
        model('a', '1', '1'),
        model('a', '999', '999'),
        model('', '1', '1'),
        model('x'.repeat(201), '1', '1'),
        model('__proto__', '2', '2'),
      ],
    })
    expect(list.models.map((m) => [m.model, m.inputPrice])).toEqual([
      ['a', 1n],
      ['__proto__', 2n],
    ])
  })

  it('reads USD prices and the provider rate only as plain decimals, never converting them', () => {
    const list = modelPriceList({
      data: [
        { id: 'usd-only', pricing_usd: { prompt: '0.0000004', completion: '0.0000012' } },
        { id: 'bad-usd', pricing_usd: { prompt: '1e-7', completion: '-1' } },
        {
          id: 'both',
          pricing: { prompt: '100', completion: '200' },
          pricing_usd: { prompt: '0.000001', completion: '0.000002' },
        },
      ],
      price_feed: { rate_usd_per_og: '2.50000000', is_stale: true },
    })
    expect([...list.usd.keys()]).toEqual(['usd-only', 'both'])
    expect(list.usd.get('usd-only')).toEqual({ prompt: '0.0000004', completion: '0.0000012' })
    expect(list.models.map((m) => m.model)).toEqual(['both'])
    expect(list.providerRate).toEqual({ usdPer0G: '2.50000000', stale: true })
    expect(
      modelPriceList({ data: [model('a', '1', '1')], price_feed: { rate_usd_per_og: 'NaN' } })
        .providerRate,
    ).toBe(null)
  })
})
