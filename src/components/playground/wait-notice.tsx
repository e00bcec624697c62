/** Says the app is waiting out a provider's rate limit before retrying. */
export function WaitNotice({ ms }: { ms: number | null }) {
  if (ms === null) return null
  return (
    <p role="status" className="text-xs text-warning">
      Rate-limited by the provider: retrying in {Math.ceil(ms / 1000)} s…
    </p>
  )
}
