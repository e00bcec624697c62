import { useCallback, useMemo } from 'react'
import { deleteGalleryItem, listGallery, saveGalleryItem } from '@/api/conversation-store'
import type { GalleryItem } from '@/lib/playground/conversation'
import type { VerdictPatch } from '@/lib/playground/paid-exchange'
import type { VerdictStore } from './use-paid-exchange'
import { useStoredList, type StoreAccess } from './use-stored-list'

const GALLERY: StoreAccess<GalleryItem> = {
  name: 'gallery',
  list: listGallery,
  put: saveGalleryItem,
  remove: deleteGalleryItem,
}

/**
 * The wallet's local image gallery on this chain (IndexedDB), newest first, with save, patch and
 * remove, and `verdicts` (the items still "verifying", and where a verdict is stored).
 */
export function useGallery() {
  const { items, error, save, update, remove } = useStoredList(GALLERY)
  const patch = useCallback(
    (id: string, p: Partial<GalleryItem>) =>
      update(
        (x) => x.id === id,
        (x) => ({ ...x, ...p }),
      ),
    [update],
  )
  const patchVerdict = useCallback((id: string, p: VerdictPatch) => patch(id, p), [patch])
  const verdicts = useMemo<VerdictStore>(
    () => ({ pending: items, patchVerdict }),
    [items, patchVerdict],
  )
  return { items, error, save, patch, patchVerdict, remove, verdicts }
}
