/**
 * What a failed inference call means for the user, in words, and whether a top-up fixes it.
 * Errors are matched by name and shape (HttpError, NetworkError, StreamCutError from src/api),
 * since lib/ must not import api/.
 */
import { toUserError } from '@/lib/errors'
import { providerMessage, providerSays } from '@/lib/provider-message'

export type InferenceErrorKind =
  | 'no-sub-account'
  | 'low-balance'
  | 'auth'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'stream-cut'
  | 'cancelled'
  | 'other'

export interface InferenceError {
  kind: InferenceErrorKind
  title: string
  detail?: string
}

interface Shaped {
  name?: string
  status?: number
  message?: string
  timedOut?: boolean
}

/** Maps any error from an inference call to a message for the panel. */
export function describeInferenceError(error: unknown): InferenceError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Shaped
  const msg = typeof e.message === 'string' ? e.message : undefined
  if (e.name === 'AbortError') return { kind: 'cancelled', title: 'Stopped' }
  if (e.name === 'UnusableServiceUrlError')
    return { kind: 'other', title: 'This service cannot be used', detail: msg }
  if (e.name === 'StreamCutError')
    return {
      kind: 'stream-cut',
      title: 'The reply was cut off',
      detail: `${msg}. Nothing was billed for an incomplete stream; retry to ask again.`,
    }
  if (e.name === 'NetworkError')
    return {
      kind: 'network',
      title: e.timedOut ? 'The provider did not answer in time' : 'Could not reach the provider',
      detail: 'Check the connection and retry.',
    }
  if (e.name === 'HttpError' && typeof e.status === 'number') {
    const s = e.status
    // The provider's own words: cleaned, capped and attributed, never shown as the app's.
    const said = providerMessage(msg ?? '')
    const detail = said ? providerSays(said) : undefined
    if (s === 402 && /sub-account/i.test(msg ?? ''))
      return { kind: 'no-sub-account', title: 'No funds with this provider yet', detail }
    if (s === 402)
      return { kind: 'low-balance', title: 'Not enough funds with this provider', detail }
    if (s === 401 || s === 403)
      return { kind: 'auth', title: 'The provider refused the session token', detail }
    if (s === 429)
      return { kind: 'rate-limited', title: 'The provider is rate-limiting you', detail }
    if (s >= 500) return { kind: 'server', title: `The provider failed (HTTP ${s})`, detail }
    return { kind: 'other', title: `The provider answered HTTP ${s}`, detail }
  }
  if (
    /AccountNotExists/.test(msg ?? '') ||
    /AccountNotExists/.test(String((error as { shortMessage?: string })?.shortMessage))
  )
    return {
      kind: 'no-sub-account',
      title: 'No funds with this provider yet',
      detail: 'Transfer funds from your ledger to this provider to start.',
    }
  const u = toUserError(error)
  if (u.kind === 'revert' && /account/i.test(u.detail ?? ''))
    return { kind: 'no-sub-account', title: 'No funds with this provider yet', detail: u.detail }
  return { kind: u.kind === 'cancelled' ? 'cancelled' : 'other', title: u.title, detail: u.detail }
}
