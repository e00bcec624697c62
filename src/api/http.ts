/**
 * fetch for provider servers: a timeout joined with the caller's AbortSignal, and a typed
 * `HttpError` carrying the status, the provider's own message (OpenAI error envelope) and
 * `Retry-After`. `toUserError` (lib/errors.ts) recognizes it by name.
 */

export class HttpError extends Error {
  override name = 'HttpError'
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter: string | null = null,
    readonly code: string | null = null,
  ) {
    super(message)
  }
}

/** Thrown when the network fails or the request times out (no HTTP status). */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message)
  }
}

/** The provider's message from an error body, or a generic one. */
async function errorMessage(res: Response): Promise<{ message: string; code: string | null }> {
  const text = await res.text().catch(() => '')
  try {
    const o = JSON.parse(text) as { error?: { message?: unknown; code?: unknown } | string }
    if (typeof o.error === 'string') return { message: o.error, code: null }
    if (o.error && typeof o.error.message === 'string')
      return {
        message: o.error.message,
        code: typeof o.error.code === 'string' ? o.error.code : null,
      }
  } catch {
    /* not JSON */
  }
  return { message: text.slice(0, 300) || `HTTP ${res.status}`, code: null }
}

export interface FetchOptions {
  signal?: AbortSignal
  timeoutMs?: number
}

/** fetch that throws `HttpError` for non-2xx and `NetworkError` for network failures/timeouts. */
export async function httpFetch(
  url: string,
  init: RequestInit,
  { signal, timeoutMs = 120_000 }: FetchOptions = {},
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const joined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: joined })
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new NetworkError('The provider did not answer in time', true)
    throw new NetworkError('Could not reach the provider')
  }
  if (!res.ok) {
    const { message, code } = await errorMessage(res)
    throw new HttpError(res.status, message, res.headers.get('Retry-After'), code)
  }
  return res
}
