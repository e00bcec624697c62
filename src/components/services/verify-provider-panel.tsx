import { Button } from '@/components/ui/button'
import type { Service } from '@/contracts/service'
import { useProviderAttestation } from '@/hooks/services/use-provider-attestation'
import { toUserError } from '@/lib/errors/user-error'
import { AttestationChecks } from './attestation-checks'
import { NotCheckedNote } from './not-checked-note'

/** "Verify provider": fetch the attestation report in this browser and show each check. */
export function VerifyProviderPanel({ service }: { service: Service }) {
  const verify = useProviderAttestation(service.provider)
  const result = verify.data
  const download = () => {
    if (!result) return
    const blob = new Blob([result.reportText], { type: 'application/json' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `attestation-${service.provider}.json`
    a.click()
    setTimeout(() => URL.revokeObjectURL(a.href), 1000)
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted">
        Downloads the provider&apos;s attestation report from its endpoint and checks it here, in
        your browser, against the TEE signer recorded on chain.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => verify.mutate(service)} disabled={verify.isPending}>
          {verify.isPending ? 'Verifying…' : result ? 'Verify again' : 'Verify provider'}
        </Button>
        {result ? (
          <Button variant="secondary" onClick={download}>
            Download report (JSON)
          </Button>
        ) : null}
      </div>
      {verify.isError ? (
        <p role="alert" className="text-sm text-danger">
          Could not fetch the report: {toUserError(verify.error).detail ?? 'unknown error'}
        </p>
      ) : null}
      {result ? <AttestationChecks result={result} service={service} /> : null}
      {result ? <NotCheckedNote additionalInfo={service.additionalInfo} /> : null}
    </div>
  )
}
