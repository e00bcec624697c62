import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useAccount } from 'wagmi'
import { noteStorageFailure } from '@/api/storage-health'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

/** A failed write keeps the item in the query cache for this tab and is reported once. */
const keptInMemory = () => noteStorageFailure('indexedDB')

interface Stored {
  id: string
  createdAt: number
}

/** One IndexedDB store of the playground, as the list hooks use it. */
export interface StoreAccess<T extends Stored> {
  name: string
  list: (chainId: number, user: string) => Promise<T[]>
  put: (item: T) => Promise<void>
  remove: (id: string) => Promise<void>
}

const newestFirst = (a: Stored, b: Stored) => b.createdAt - a.createdAt

/**
 * The wallet's records of one playground store on this chain, newest first, with `save`, `patch`
 * (from the latest cached state) and `remove`, which update the list at once and write through
 * to IndexedDB; a failed write keeps the change for this tab and is reported, never thrown.
 */
export function useStoredList<T extends Stored>(store: StoreAccess<T>) {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const queryClient = useQueryClient()
  const { name, list, put, remove: del } = store
  // Stable per store, chain and wallet, so save/update/remove (and what depends on them) are too.
  const options = useMemo(
    () =>
      queryOptions({
        queryKey: ['playground', name, { chainId, user: address }] as const,
        // Storage unavailable (private mode): an empty list; the app shell says nothing is kept.
        queryFn: () => list(chainId, address!).catch((): T[] => []),
        enabled: Boolean(address),
        staleTime: Infinity,
      }),
    [name, list, chainId, address],
  )
  const query = useQuery(options)
  const { queryKey } = options

  const save = useCallback(
    async (item: T) => {
      queryClient.setQueryData(queryKey, (old: T[] | undefined) =>
        [item, ...(old ?? []).filter((x) => x.id !== item.id)].sort(newestFirst),
      )
      await put(item).catch(keptInMemory)
    },
    [queryClient, queryKey, put],
  )
  /** Replaces the record that `find` picks with `update(record)`; nothing when none matches. */
  const update = useCallback(
    async (find: (item: T) => boolean, change: (item: T) => T) => {
      const item = queryClient.getQueryData<T[]>(queryKey)?.find(find)
      if (item) await save(change(item))
    },
    [queryClient, queryKey, save],
  )
  const remove = useCallback(
    async (id: string) => {
      queryClient.setQueryData(queryKey, (old: T[] | undefined) =>
        (old ?? []).filter((x) => x.id !== id),
      )
      await del(id).catch(keptInMemory)
    },
    [queryClient, queryKey, del],
  )
  return {
    items: query.data ?? [],
    isPending: query.isPending && Boolean(address),
    error: query.error,
    save,
    update,
    remove,
  }
}
