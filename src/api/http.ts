/**
 * fetch for provider servers: a timeout joined with the caller's AbortSignal, and a typed
 * `HttpError` carrying the status, the provider's own message (OpenAI error envelope) and
 * `Retry-After`, or a `NetworkError`. Both classes live in src/lib/errors/classes.ts, where
 * `toUserError` recognizes them.
 */

import { HttpError, NetworkError, peerName, type Peer } from '@/lib/errors/classes'
import { providerMessage } from '@/lib/provider-message'

/** Largest error body read: a real provider error is a few hundred bytes. */
const MAX_ERROR_BODY = 64 * 1024

/** Up to `max` bytes of the body as text (a 2 MB error body is cut, not buffered whole). */
export async function readCapped(res: Response, max: number): Promise<string> {
  const reader = res.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    while (size < max) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.length
    }
  } finally {
    void reader.cancel().catch(() => {})
  }
  const bytes = new Uint8Array(Math.min(size, max))
  let at = 0
  for (const c of chunks) {
    bytes.set(c.subarray(0, bytes.length - at), at)
    at += Math.min(c.length, bytes.length - at)
  }
  return new TextDecoder().decode(bytes)
}

/**
 * The provider's message from an error body, or a generic one. It is the provider's text, so it is
 * cleaned and capped (`providerMessage`) before anyone shows it.
 */
async function errorMessage(res: Response): Promise<{ message: string; code: string | null }> {
  const text = await readCapped(res, MAX_ERROR_BODY).catch(() => '')
  let message = text
  let code: string | null = null
  try {
    const o = JSON.parse(text) as { error?: { message?: unknown; code?: unknown } | string }
    if (typeof o.error === 'string') message = o.error
    else if (o.error && typeof o.error.message === 'string') {
      message = o.error.message
      code = typeof o.error.code === 'string' ? o.error.code.slice(0, 100) : null
    }
  } catch {
    // Not JSON, or JSON cut at the cap: the start of `"message": "…"` when there is one, else the
    // raw text, cleaned either way.
    const start = /"message"\s*:\s*"((?:[^"\\]|\\.){0,4000})/.exec(text)?.[1]
    if (start !== undefined) message = start.replace(/\\(["\\/])/g, '$1')
  }
  return { message: providerMessage(message) || `HTTP ${res.status}`, code }
}

export interface FetchOptions {
  signal?: AbortSignal
  timeoutMs?: number
  /** Who is asked, for the errors' words: a provider (default) or a block explorer. */
  peer?: Peer
}

/** fetch that throws `HttpError` for non-2xx and `NetworkError` for network failures/timeouts. */
export async function httpFetch(
  url: string,
  init: RequestInit,
  { signal, timeoutMs = 120_000, peer = 'provider' }: FetchOptions = {},
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const joined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: joined })
  } catch (error) {
    if (signal?.aborted) throw error
    const name = peerName(peer)
    if (timeout.aborted) throw new NetworkError(`The ${name} did not answer in time`, true, peer)
    throw new NetworkError(`Could not reach the ${name}`, false, peer)
  }
  if (!res.ok) {
    const { message, code } = await errorMessage(res)
    throw new HttpError(res.status, message, res.headers.get('Retry-After'), code, peer)
  }
  return res
}
