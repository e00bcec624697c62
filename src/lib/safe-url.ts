/**
 * Checks for URLs from chain (untrusted): only absolute http(s) URLs without credentials, query or
 * fragment are linked or called. `http://user:pass@host` is refused: it leaks a secret into every
 * request and is a classic phishing shape (`https://trusted.example@evil.example`). A `?` or `#` is
 * refused because the app appends paths (`/v1/proxy/chat/completions`): with `https://rpc.example/?`
 * the appended path becomes a query and the registrant chooses the exact URL that receives the
 * user's bearer token (the RPC root, this app's own origin…).
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
  if (value.includes('?') || value.includes('#'))
    return 'its URL contains a query (?) or fragment (#), which would let it choose the exact address called'
  return null
}

/** Returns `value` when it is usable by `serviceUrlProblem`'s rules, else undefined. */
export function safeHttpUrl(value: string): string | undefined {
  return serviceUrlProblem(value) === null ? new URL(value).href : undefined
}
