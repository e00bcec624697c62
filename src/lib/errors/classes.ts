/**
 * The app's own error classes, in lib/ so the one mapper (`toUserError`, ./user-error.ts) can
 * recognise them with `instanceof`; src/api and src/hooks throw them. Each sets `name`, which the
 * mapper also accepts, so an error from another realm (a worker, a test double) maps the same.
 */

/** The HTTP server a request went to: a provider (the default) or a chain's block explorer. */
export type Peer = 'provider' | 'explorer'

/** A peer in words ("provider", "block explorer"); anything else is a provider. */
export const peerName = (peer: unknown): string =>
  peer === 'explorer' ? 'block explorer' : 'provider'

/**
 * A server answered non-2xx (a provider unless `peer` says otherwise); `message` is its own words,
 * already cleaned and capped.
 */
export class HttpError extends Error {
  override name = 'HttpError'
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter: string | null = null,
    readonly code: string | null = null,
    readonly peer: Peer = 'provider',
  ) {
    super(message)
  }
}

/**
 * The provider refused the session token again right after it was renewed. The live broker caches
 * account state for up to 10 minutes, so after "Revoke all keys" a new token can be refused
 * ("future generation") until the provider sees the change.
 */
export class SessionRefusedError extends HttpError {
  override name = 'SessionRefusedError'
}

/** A server (a provider unless `peer` says otherwise) could not be reached, or did not answer in time. */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    readonly timedOut = false,
    readonly peer: Peer = 'provider',
  ) {
    super(message)
  }
}

/** A provider's stream ended before `data: [DONE]`; carries what arrived. */
export class StreamCutError extends Error {
  override name = 'StreamCutError'
  constructor(readonly partial: string) {
    super('The provider’s stream ended before the reply was complete')
  }
}

/** Thrown instead of calling a service whose on-chain URL is unusable; nothing is sent. */
export class UnusableServiceUrlError extends Error {
  override name = 'UnusableServiceUrlError'
  constructor(readonly reason: string) {
    super(`This service cannot be used: ${reason}. No request was sent.`)
  }
}
