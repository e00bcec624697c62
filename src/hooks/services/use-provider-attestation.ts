import { useMutation } from '@tanstack/react-query'
import { fetchQuote } from '@/api/provider-probe'
import type { Service } from '@/contracts/service'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { checkAttestationReport, type AttestationCheck } from '@/lib/protocol/attestation'

export interface AttestationResult {
  check: AttestationCheck
  /** The report as served, for download. */
  reportText: string
  reportUrl: string
  checkedAt: number
}

/**
 * "Verify provider": downloads `{url}/v1/quote` and checks it against the on-chain TEE signer
 * (report_data signer, compose hash vs event log, image list). A failed check is a result, not an
 * error; only an unreachable provider or a non-http URL is an error (shown inline).
 */
export function useProviderAttestation(provider: string) {
  const { chainId } = useSupportedChain()
  return useMutation({
    mutationKey: ['services', 'attestation', chainId, provider.toLowerCase()],
    mutationFn: async (service: Pick<Service, 'url' | 'teeSignerAddress'>) => {
      const { text, url } = await fetchQuote(service.url)
      const result: AttestationResult = {
        check: checkAttestationReport(text, service.teeSignerAddress),
        reportText: text,
        reportUrl: url,
        checkedAt: Date.now(),
      }
      return result
    },
    meta: { silentError: true },
  })
}
