import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useAccount } from 'wagmi'
import { deleteGalleryItem, listGallery, saveGalleryItem } from '@/api/conversation-store'
import { noteStorageFailure } from '@/api/storage-health'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { GalleryItem } from '@/lib/playground/conversation'

/** A failed write keeps the item in the query cache for this tab and is reported once. */
const keptInMemory = () => noteStorageFailure('indexedDB')

const galleryQuery = (chainId: number, user: string | undefined) =>
  queryOptions({
    queryKey: ['playground', 'gallery', { chainId, user }] as const,
    // Storage unavailable (private mode): an empty list; the app shell says nothing is kept.
    queryFn: () => listGallery(chainId, user!).catch(() => []),
    enabled: Boolean(user),
    staleTime: Infinity,
  })

/** The wallet's local image gallery on this chain (IndexedDB), newest first, with save/patch/remove. */
export function useGallery() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const queryClient = useQueryClient()
  const options = galleryQuery(chainId, address)
  const query = useQuery(options)
  const { queryKey } = options

  const save = useCallback(
    async (item: GalleryItem) => {
      queryClient.setQueryData(queryKey, (old: GalleryItem[] | undefined) =>
        [item, ...(old ?? []).filter((x) => x.id !== item.id)].sort(
          (a, b) => b.createdAt - a.createdAt,
        ),
      )
      await saveGalleryItem(item).catch(keptInMemory)
    },
    [queryClient, queryKey],
  )
  const patch = useCallback(
    async (id: string, p: Partial<GalleryItem>) => {
      const item = queryClient.getQueryData<GalleryItem[]>(queryKey)?.find((x) => x.id === id)
      if (item) await save({ ...item, ...p })
    },
    [queryClient, queryKey, save],
  )
  const remove = useCallback(
    async (id: string) => {
      queryClient.setQueryData(queryKey, (old: GalleryItem[] | undefined) =>
        (old ?? []).filter((x) => x.id !== id),
      )
      await deleteGalleryItem(id).catch(keptInMemory)
    },
    [queryClient, queryKey],
  )
  const patchVerdict = useCallback(
    (id: string, p: Pick<GalleryItem, 'verification'> & { receipt?: GalleryItem['receipt'] }) =>
      void patch(id, p),
    [patch],
  )
  return { items: query.data ?? [], error: query.error, save, patch, patchVerdict, remove }
}
