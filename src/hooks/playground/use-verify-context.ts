import { useMemo } from 'react'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { VerifyContext } from '@/chain/playground/verify-exchange'

/** The shown chain and its client, for verification to read the service's signer fresh from chain. */
export function useVerifyContext(): VerifyContext {
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  return useMemo(() => ({ chainId, client }), [chainId, client])
}
