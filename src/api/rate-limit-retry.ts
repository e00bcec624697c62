/** Waiting out a provider's 429 answers before retrying. */
import { retryDelayMs } from '@/lib/playground/retry-after'
import { HttpError } from '@/lib/errors/classes'
import { sleep } from './sleep'

/** Runs `call`, waiting out 429s (Retry-After or backoff) up to `maxRetries` times; `onWait` says so. */
export async function withRateLimitRetry<T>(
  call: () => Promise<T>,
  {
    onWait,
    maxRetries = 3,
    signal,
  }: { onWait?: (ms: number) => void; maxRetries?: number; signal?: AbortSignal } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 429 || attempt >= maxRetries)
        throw error
      const ms = retryDelayMs(error.retryAfter, attempt)
      onWait?.(ms)
      await sleep(ms, signal)
    }
  }
}
