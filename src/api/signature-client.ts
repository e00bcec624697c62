/** The provider's signature route (unauthenticated), polled while the signature is not there yet. */
import { HttpError, NetworkError } from '@/lib/errors/classes'
import { signaturePath } from '@/lib/protocol/wire'
import { httpFetch } from './http'
import { sleep } from './sleep'

/**
 * The signature payload for a chat id, retried while the provider has none yet (404/5xx/network),
 * at most `attempts` times; null when it never appears. A request that times out is not retried
 * (a hanging endpoint would otherwise hold the verdict for attempts × timeout). Unauthenticated.
 */
export async function fetchSignature(
  serviceUrl: string,
  chatId: string,
  model: string,
  {
    attempts = 5,
    delayMs = 500,
    timeoutMs = 10_000,
    signal,
  }: { attempts?: number; delayMs?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<unknown> {
  const url = `${serviceUrl.replace(/\/$/, '')}${signaturePath(chatId, model)}`
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await httpFetch(url, { method: 'GET' }, { signal, timeoutMs })
      return (await res.json()) as unknown
    } catch (error) {
      if (signal?.aborted) throw error
      const retryable =
        (error instanceof NetworkError && !error.timedOut) ||
        (error instanceof HttpError && (error.status === 404 || error.status >= 500))
      if (!retryable) return null
    }
    if (i < attempts - 1) await sleep(delayMs * (i + 1), signal)
  }
  return null
}
