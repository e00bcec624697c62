/** How long to wait before retrying a 429: `Retry-After` (seconds or HTTP date), else backoff. */
export function retryDelayMs(retryAfter: string | null, attempt: number, now = Date.now()): number {
  const cap = 60_000
  if (retryAfter) {
    const s = Number(retryAfter)
    if (Number.isFinite(s) && s >= 0) return Math.min(cap, Math.ceil(s * 1000))
    const at = Date.parse(retryAfter)
    if (Number.isFinite(at)) return Math.min(cap, Math.max(0, at - now))
  }
  return Math.min(cap, 1000 * 2 ** attempt)
}
