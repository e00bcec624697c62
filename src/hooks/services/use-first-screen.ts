import { useMemo } from 'react'
import { loadFirstScreen } from '@/chain/services/persisted-first-screen'
import type { ServicesSnapshot } from '@/chain/services/all-services-query'
import type { SupportedChainId } from '@/contracts/addresses'

/**
 * The catalog's first screen saved on the last visit to `chainId` (page 1 of the default view, a
 * partial snapshot marked `fromCache`), read synchronously so a returning visit shows rows in its
 * first frame; null when none is saved or when not `wanted` (another view, or the catalog loaded).
 */
export function useFirstScreen(
  chainId: SupportedChainId,
  wanted: boolean,
): ServicesSnapshot | null {
  return useMemo(() => (wanted ? loadFirstScreen(chainId) : null), [chainId, wanted])
}
