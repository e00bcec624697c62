import { safeHttpUrl } from '@/lib/safe-url'

function verifierUrl(additionalInfo: string): string | undefined {
  try {
    const v = (JSON.parse(additionalInfo) as { VerifierURL?: unknown } | null)?.VerifierURL
    return typeof v === 'string' ? safeHttpUrl(v) : undefined
  } catch {
    return undefined
  }
}

/** What the browser check does NOT establish, and how a user can check it themselves. */
export function NotCheckedNote({ additionalInfo }: { additionalInfo: string }) {
  const verifier = verifierUrl(additionalInfo)
  return (
    <aside
      aria-label="Not checked"
      className="rounded-md border border-warning/40 bg-warning/5 p-3 text-sm"
    >
      <p className="font-medium">Not checked here: the TDX quote itself</p>
      <p className="mt-1 text-muted">
        This browser checked what the report <em>says</em>. It did not verify the quote&apos;s Intel
        signature chain or the measured registers (and no GPU evidence), which needs Intel&apos;s
        collateral. To check it, download the report and run the dstack verifier on it, e.g.{' '}
        <code className="font-mono text-xs">curl -d @report.json localhost:8080/verify</code>
        {verifier ? (
          <>
            {' '}
            or the provider&apos;s verifier at{' '}
            <a
              className="text-accent underline"
              href={verifier}
              target="_blank"
              rel="noopener noreferrer nofollow"
            >
              {verifier}
            </a>
          </>
        ) : null}
        , then compare the container images above with the digests the provider publishes.
      </p>
    </aside>
  )
}
