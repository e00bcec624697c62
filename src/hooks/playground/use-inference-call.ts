import { useCallback } from 'react'
import type { Address } from 'viem'
import type { InferenceTarget } from '@/api/provider-client'
import { withRateLimitRetry } from '@/api/rate-limit-retry'
import { HttpError, SessionRefusedError, UnusableServiceUrlError } from '@/lib/errors/classes'
import { KeyedLimiter } from '@/lib/playground/limiter'
import { isSessionRefusal } from '@/lib/protocol/session-refusal'
import { serviceUrlProblem } from '@/lib/safe-url'
import { useSessionToken } from './use-session-token'

/** At most 5 requests in flight per provider across the whole playground (side-by-side included). */
const limiter = new KeyedLimiter(5)

export interface CallOptions {
  signal?: AbortSignal
  /** Told how long the app waits after a 429 before retrying. */
  onWait?: (ms: number) => void
}

/**
 * `call(provider, url, request)` runs `request(target)` with the session token: queued behind the
 * per-provider limit, 429s waited out (Retry-After or backoff), and a refused token (the broker's
 * HTTP 400 "validate session: …", or a 401) answered by renewing the token once (one signature) and
 * resending. Refused again right after that, it throws `SessionRefusedError`: the provider has not
 * seen a key change yet (the broker caches accounts for up to 10 min). Any other error is thrown.
 */
export function useInferenceCall() {
  const authorization = useSessionToken()
  return useCallback(
    <T>(
      provider: Address,
      url: string,
      request: (t: InferenceTarget) => Promise<T>,
      { signal, onWait }: CallOptions = {},
    ): Promise<T> => {
      // A non-http(s) URL or one with credentials is never called (no token is signed either).
      const problem = serviceUrlProblem(url)
      if (problem) return Promise.reject(new UnusableServiceUrlError(problem))
      return limiter.run(provider.toLowerCase(), async () => {
        const attempt = async (renew: boolean) => {
          const auth = await authorization(provider, { renew })
          return withRateLimitRetry(() => request({ url, authorization: auth }), { onWait, signal })
        }
        const refused = (e: unknown): e is HttpError =>
          e instanceof HttpError && isSessionRefusal(e.status, e.message)
        try {
          return await attempt(false)
        } catch (error) {
          if (!refused(error)) throw error
        }
        try {
          return await attempt(true)
        } catch (error) {
          if (!refused(error)) throw error
          throw new SessionRefusedError(error.status, error.message, error.retryAfter, error.code)
        }
      })
    },
    [authorization],
  )
}
