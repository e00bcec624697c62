/**
 * Unauthenticated provider calls used by the catalog: the attestation report (`GET /v1/quote`) and
 * a cheap health probe (`GET /v1/models`). The URL comes from chain: only usable http(s) URLs are
 * ever fetched (`src/lib/safe-url.ts`).
 */
import { UnusableServiceUrlError } from '@/lib/errors/classes'
import { WIRE_PATH } from '@/lib/protocol/wire'
import { serviceUrlProblem } from '@/lib/safe-url'

/** Largest attestation report accepted (real reports are tens of kB). */
const MAX_REPORT_BYTES = 5_000_000
const PROBE_TIMEOUT_MS = 8_000

/** `{url}/{path}` for a usable service URL (`serviceUrlProblem`); throws, sending nothing, otherwise. */
export function providerUrl(serviceUrl: string, path: string): string {
  const problem = serviceUrlProblem(serviceUrl)
  if (problem) throw new UnusableServiceUrlError(problem)
  return `${new URL(serviceUrl).href.replace(/\/+$/, '')}${path}`
}

export interface QuoteResponse {
  /** The report exactly as served (for download). */
  text: string
  url: string
}

/** Downloads the provider's attestation report; throws on HTTP errors or an oversized body. */
export async function fetchQuote(serviceUrl: string, signal?: AbortSignal): Promise<QuoteResponse> {
  const url = providerUrl(serviceUrl, WIRE_PATH.quote)
  const res = await fetch(url, { signal, cache: 'no-store' })
  const text = await res.text()
  if (!res.ok) throw new Error(`The provider answered ${WIRE_PATH.quote} with HTTP ${res.status}`)
  if (text.length > MAX_REPORT_BYTES) throw new Error('The attestation report is too large')
  return { text, url }
}

export interface ProbeResult {
  ok: boolean
  ms: number
  status?: number
}

/** Times `GET {url}/v1/models`; a network error, timeout or non-2xx counts as a failure. */
export async function probeProvider(serviceUrl: string): Promise<ProbeResult> {
  const url = providerUrl(serviceUrl, WIRE_PATH.models)
  const started = performance.now()
  try {
    const res = await fetch(url, {
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    })
    await res.body?.cancel()
    return { ok: res.ok, ms: Math.round(performance.now() - started), status: res.status }
  } catch {
    return { ok: false, ms: Math.round(performance.now() - started) }
  }
}
