/** The TeeTLS upstream host named in `additionalInfo` (untrusted text), if any. */
export function upstreamHost(additionalInfo: string): string | undefined {
  try {
    const info = JSON.parse(additionalInfo) as Record<string, unknown> | null
    const v = info?.TeeTLSUpstreamHost ?? info?.UpstreamHost ?? info?.TargetHost
    return typeof v === 'string' ? v : undefined
  } catch {
    return undefined
  }
}
