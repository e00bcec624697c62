import { safeHttpUrl } from '@/lib/safe-url'

function parse(additionalInfo: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(additionalInfo)
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** What the browser check does NOT establish, and how a user can check it themselves. */
export function NotCheckedNote({ additionalInfo }: { additionalInfo: string }) {
  const info = parse(additionalInfo)
  const verifier = typeof info.VerifierURL === 'string' ? safeHttpUrl(info.VerifierURL) : undefined
  // A separate (decentralized) LLM node has its own report that this page does not fetch.
  const separateLlm = info.TargetSeparated === true && info.ProviderType !== 'centralized'
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
      {separateLlm ? (
        <p className="mt-1 text-muted">
          This provider runs its model on a separate TEE node: that node&apos;s own report
          (/v1/proxy/attestation/report) was not checked either.
        </p>
      ) : null}
    </aside>
  )
}
