import { useSyncExternalStore } from 'react'
import { subscribeStorageHealth, unreadableRecordCount } from '@/api/storage-health'

/** How many stored records were unreadable and skipped in this tab (0 when all read cleanly). */
export function useUnreadableRecordCount(): number {
  return useSyncExternalStore(subscribeStorageHealth, unreadableRecordCount)
}
