import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import {
  allServicesQueryOptions,
  serviceKeys,
  type ServicesSnapshot,
} from '@/chain/services/all-services-query'
import { loadSavedServices, saveServices } from '@/chain/services/persisted-services'
import { saveFirstScreen } from '@/chain/services/persisted-first-screen'
import type { SupportedChainId } from '@/contracts/addresses'
import { BootMark, markOnce } from '@/lib/boot-marks'

/** One read of the saved catalog per network and page load, started by the first caller. */
const savedReads = new Map<number, Promise<ServicesSnapshot | null>>()
const savedRead = (chainId: SupportedChainId) => {
  let read = savedReads.get(chainId)
  if (!read) {
    read = loadSavedServices(chainId).finally(() => markOnce(BootMark.savedCatalog))
    savedReads.set(chainId, read)
  }
  return read
}

/**
 * Every service registered on the network the app is showing, read from chain in one block
 * snapshot. Returns the TanStack result unchanged (`data.services`, `data.blockNumber`, `error`,
 * `isPending`, `refetch`); switching networks switches the query (its key carries the chain id).
 * A returning visit shows the copy saved in this browser at once (`data.fromCache`) until the
 * fresh snapshot is complete; a cold load streams pages in (`data.complete` false meanwhile).
 * Each complete snapshot read from chain is saved for the next visit, and so is its first screen
 * (`useFirstScreen`).
 */
export function useServices() {
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  const queryClient = useQueryClient()
  const query = useQuery(allServicesQueryOptions(client, chainId))
  useEffect(() => {
    let live = true
    void savedRead(chainId).then((saved) => {
      const key = serviceKeys.list(chainId)
      if (!live || !saved || queryClient.getQueryData<ServicesSnapshot>(key)?.complete) return
      queryClient.setQueryData(key, saved, { updatedAt: saved.readAt })
    })
    return () => {
      live = false
    }
  }, [chainId, queryClient])
  const data = query.data
  useEffect(() => {
    if (!data?.complete || data.fromCache) return
    void saveServices(data)
    // Sorting 10 000 services for the first screen waits for the browser to have shown this one.
    const timer = setTimeout(() => saveFirstScreen(data), 0)
    return () => clearTimeout(timer)
  }, [data])
  return query
}
