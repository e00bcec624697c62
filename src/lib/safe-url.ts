/** Returns `value` when it is an absolute http(s) URL, else undefined (chain data is untrusted). */
export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
