/**
 * The per-model prices of a multi-model service (`additionalInfo.MultiModel: true`): chain carries
 * only the ceiling, the provider publishes each model's prices at `GET {url}/v1/models`
 * (docs/protocol.md §8). The URL comes from chain and the body from the provider, so both are
 * untrusted: only usable http(s) URLs are fetched (`providerUrl`), at most 256 KiB of the body is
 * read, and the JSON goes through `parseModelPrices` (neuron prices, tiers, cache discount) plus
 * a strict read of the USD fields a USD-denominated broker adds.
 */
import { parseModelPrices, type ModelPrice } from '@/lib/protocol/billing'
import { WIRE_PATH } from '@/lib/protocol/wire'
import { httpFetch, readCapped } from './http'
import { providerUrl } from './provider-probe'

/** Largest `/v1/models` body read (a list of hundreds of models is a few tens of kB). */
export const MAX_MODEL_LIST_BYTES = 256 * 1024
const TIMEOUT_MS = 10_000
/** Model ids longer than this are not model names; such entries are dropped. */
const MAX_MODEL_ID = 200
/** A USD amount as the broker writes it: a plain decimal string, no exponent, no sign. */
const USD_DECIMAL = /^\d{1,24}(?:\.\d{1,30})?$/

/** A model's USD prices per token, exactly as the provider states them (decimal strings). */
export interface UsdModelPrice {
  prompt: string
  completion: string
}

/** What `GET {url}/v1/models` says about prices. */
export interface ModelPriceList {
  /** Models with neuron prices, in the provider's order, first entry per id kept. */
  models: ModelPrice[]
  /** USD prices per token by model id (USD-denominated providers only). */
  usd: ReadonlyMap<string, UsdModelPrice>
  /** The provider's own 0G/USD rate as it states it (never computed here), when it states one. */
  providerRate: { usdPer0G: string; stale: boolean } | null
}

/** The provider answered, but not with a usable price list. */
export class ModelPricesError extends Error {
  override name = 'ModelPricesError'
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const usdText = (v: unknown): string | null =>
  typeof v === 'string' && USD_DECIMAL.test(v.trim()) ? v.trim() : null

/**
 * The price list of a parsed `/v1/models` body. Throws `ModelPricesError` when the body lists no
 * priced model at all (not the OpenAI list shape, or only entries without prices).
 */
export function modelPriceList(body: unknown): ModelPriceList {
  const seen = new Set<string>()
  const models: ModelPrice[] = []
  for (const m of parseModelPrices(body)) {
    if (m.model.length === 0 || m.model.length > MAX_MODEL_ID || seen.has(m.model)) continue
    seen.add(m.model)
    models.push(m)
  }
  const usd = new Map<string, UsdModelPrice>()
  const data = isRecord(body) && Array.isArray(body.data) ? (body.data as unknown[]) : []
  for (const item of data) {
    if (!isRecord(item) || typeof item.id !== 'string') continue
    if (item.id.length === 0 || item.id.length > MAX_MODEL_ID || usd.has(item.id)) continue
    const p = item.pricing_usd
    if (!isRecord(p)) continue
    const prompt = usdText(p.prompt)
    const completion = usdText(p.completion)
    if (prompt !== null && completion !== null) usd.set(item.id, { prompt, completion })
  }
  let providerRate: ModelPriceList['providerRate'] = null
  const feed = isRecord(body) ? body.price_feed : undefined
  if (isRecord(feed)) {
    const rate = usdText(feed.rate_usd_per_og)
    if (rate !== null) providerRate = { usdPer0G: rate, stale: feed.is_stale === true }
  }
  if (models.length === 0 && usd.size === 0)
    throw new ModelPricesError('The provider’s model list names no priced model')
  return { models, usd, providerRate }
}

/**
 * Fetches and parses `GET {serviceUrl}/v1/models`. Throws `UnusableServiceUrlError` (nothing
 * sent) for an unusable URL, `HttpError` / `NetworkError` when the provider does not answer, and
 * `ModelPricesError` for an oversized, non-JSON or price-less body.
 */
export async function fetchModelPrices(
  serviceUrl: string,
  signal?: AbortSignal,
): Promise<ModelPriceList> {
  const url = providerUrl(serviceUrl, WIRE_PATH.models)
  const res = await httpFetch(
    url,
    { method: 'GET', cache: 'no-store', headers: { Accept: 'application/json' } },
    { signal, timeoutMs: TIMEOUT_MS },
  )
  const declared = Number(res.headers.get('Content-Length') ?? '')
  if (Number.isFinite(declared) && declared > MAX_MODEL_LIST_BYTES) {
    void res.body?.cancel().catch(() => {})
    throw new ModelPricesError('The provider’s model list is larger than 256 KiB')
  }
  // One byte past the cap tells an oversized body from one exactly at the cap.
  const text = await readCapped(res, MAX_MODEL_LIST_BYTES + 1)
  if (new TextEncoder().encode(text).length > MAX_MODEL_LIST_BYTES)
    throw new ModelPricesError('The provider’s model list is larger than 256 KiB')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ModelPricesError('The provider’s model list is not JSON')
  }
  return modelPriceList(body)
}
