/**
 * Checks for URLs from chain (untrusted): only absolute http(s) URLs without credentials are linked
 * or called. `http://user:pass@host` is refused too: it leaks a secret into every request and is a
 * classic phishing shape (`https://trusted.example@evil.example`).
 */

/** Why `value` cannot be used as a service endpoint, or null when it can. */
export function serviceUrlProblem(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'its URL is not a valid absolute URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `its URL uses ${url.protocol.slice(0, 20)} instead of http(s)`
  if (url.username || url.password) return 'its URL contains a user name or password'
  return null
}

/** Returns `value` when it is an absolute http(s) URL without credentials, else undefined. */
export function safeHttpUrl(value: string): string | undefined {
  return serviceUrlProblem(value) === null ? new URL(value).href : undefined
}

/** Thrown instead of calling a service whose on-chain URL is unusable; nothing is sent. */
export class UnusableServiceUrlError extends Error {
  override name = 'UnusableServiceUrlError'
  constructor(readonly reason: string) {
    super(`This service cannot be used: ${reason}. No request was sent.`)
  }
}
