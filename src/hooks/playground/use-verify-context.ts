import { useMemo } from 'react'
import { usePublicClient } from 'wagmi'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { VerifyContext } from '@/chain/playground/verify-exchange'

/** The shown chain and its client, for verification to read the service's signer fresh from chain. */
export function useVerifyContext(): VerifyContext {
  const { chainId } = useSupportedChain()
  const client = usePublicClient({ chainId })
  return useMemo(() => ({ chainId, client }), [chainId, client])
}
