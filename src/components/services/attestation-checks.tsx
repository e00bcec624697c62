import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import type { Service } from '@/contracts/service'
import type { AttestationResult } from '@/hooks/services/use-provider-attestation'

function Check({ name, ok, children }: { name: string; ok: boolean; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-1 rounded-md border border-border p-3" aria-label={name}>
      <span className="flex items-center gap-2 font-medium">
        <Badge tone={ok ? 'success' : 'warning'}>{ok ? 'Passed' : 'Failed'}</Badge>
        {name}
      </span>
      <div className="text-xs break-all text-muted">{children}</div>
    </li>
  )
}

/** The outcome of each attestation check, with the values compared (report values are untrusted text). */
export function AttestationChecks({
  result,
  service,
}: {
  result: AttestationResult
  service: Service
}) {
  const { check } = result
  const { signer, compose } = check
  return (
    <section aria-label="Attestation result" className="flex flex-col gap-2 text-sm">
      <p role="status" className={check.ok ? 'text-success' : 'text-danger'}>
        {check.ok
          ? 'Both checks passed: the report names the on-chain TEE signer and its compose hash matches.'
          : `Verification failed: ${[!signer.ok && 'TEE signer check', !compose.ok && 'compose hash check'].filter(Boolean).join(' and ')}.`}
      </p>
      <ul className="flex flex-col gap-2">
        <Check name="TEE signer in report_data" ok={signer.ok}>
          On chain: {service.teeSignerAddress}. In the report:{' '}
          {signer.reported === null ? 'nothing readable' : signer.reported.slice(0, 100)}.
          {signer.ok
            ? null
            : ' The report was not produced for the signer this service registered.'}
        </Check>
        <Check name="Compose hash matches the event log" ok={compose.ok}>
          sha256(app_compose): {compose.calculatedHash ?? 'n/a'}. compose-hash event:{' '}
          {compose.eventLogHash?.slice(0, 100) ?? 'n/a'}.{compose.error ? ` ${compose.error}.` : ''}
        </Check>
      </ul>
      <div>
        <p className="font-medium">Container images in the compose file</p>
        {check.images.length ? (
          <ul className="list-inside list-disc font-mono text-xs">
            {check.images.slice(0, 30).map((img) => (
              <li key={img} className="break-all">
                {img.slice(0, 200)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-muted">None found.</p>
        )}
      </div>
      <p className="text-xs text-muted">
        Report from {result.reportUrl}, checked {new Date(result.checkedAt).toLocaleTimeString()}.
      </p>
    </section>
  )
}
