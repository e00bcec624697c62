import { useCallback } from 'react'
import type { Address } from 'viem'
import type { InferenceTarget } from '@/api/provider-client'
import { withRateLimitRetry } from '@/api/rate-limit-retry'
import { HttpError, UnusableServiceUrlError } from '@/lib/errors/classes'
import { KeyedLimiter } from '@/lib/playground/limiter'
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
 * per-provider limit, 429s waited out (Retry-After), and a 401 (expired token, generation changed)
 * answered by renewing the token once; any other error is thrown to the caller.
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
        try {
          return await attempt(false)
        } catch (error) {
          if (error instanceof HttpError && error.status === 401) return attempt(true)
          throw error
        }
      })
    },
    [authorization],
  )
}
