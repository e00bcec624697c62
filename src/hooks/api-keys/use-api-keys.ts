import { useCallback, useSyncExternalStore } from 'react'
import type { Address } from 'viem'
import { useAccount } from 'wagmi'
import { listApiKeys, subscribeApiKeys } from '@/api/api-key-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { ApiKeyEntry } from '@/lib/api-keys/api-key-entry'

const NONE: ApiKeyEntry[] = []

/** The API keys this browser created for the connected wallet and `provider` on this chain. */
export function useApiKeys(provider: Address): ApiKeyEntry[] {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  return useSyncExternalStore(
    subscribeApiKeys,
    useCallback(
      () => (address ? listApiKeys(chainId, address, provider) : NONE),
      [chainId, address, provider],
    ),
  )
}
