import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { allServicesQueryOptions, type ServicesSnapshot } from '@/chain/services/all-services-query'
import { resumeChecks } from '@/chain/playground/paid-exchange'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { VerdictStore } from './use-paid-exchange'
import { useVerifyContext } from './use-verify-context'

const allServices = (s: ServicesSnapshot) => s.services

/**
 * Finishes the checks of `store` left "verifying" (e.g. by a reload mid-check) from the expected
 * text stored with each result, and stores their verdicts; results whose service is not on chain
 * stay as they are. A check already running for a result is not started twice.
 */
export function useResumeVerification({ pending, patchVerdict }: VerdictStore) {
  const ctx = useVerifyContext()
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  const { data: services } = useQuery({
    ...allServicesQueryOptions(client, chainId),
    select: allServices,
  })
  useEffect(() => {
    if (services) resumeChecks(pending, services, ctx, patchVerdict)
  }, [pending, services, ctx, patchVerdict])
}
