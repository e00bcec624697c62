import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { serviceNameQueryOptions, type ServingKind } from '@/chain/ledger/service-name-query'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/**
 * The inference (or, with `kind`, fine-tuning) service name of the shown chain, read from the ledger once per session
 * (src/chain/ledger/service-name-query.ts) when a write first needs it: `resolve` gives the cached
 * value, or reads it; it throws when the read fails. Nothing is read on mount.
 */
export function useInferenceServiceName(kind: ServingKind = 'inference') {
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  const queryClient = useQueryClient()
  const options = serviceNameQueryOptions(client, chainId, kind)
  const resolve = useCallback(
    () => queryClient.ensureQueryData(options),
    // `options` is rebuilt each render from (client, chainId).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryClient, client, chainId, kind],
  )
  return { resolve }
}
