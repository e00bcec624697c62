import { useEffect, useSyncExternalStore } from 'react'
import {
  probeLocalStorage,
  storageFailures,
  subscribeStorageHealth,
  unreadableRecordCount,
  type StorageArea,
} from '@/api/storage-health'

/** Browser storage areas that refused to keep data in this tab (private mode, full, disabled). */
export function useStorageFailures(): StorageArea[] {
  useEffect(probeLocalStorage, [])
  const snapshot = useSyncExternalStore(subscribeStorageHealth, storageFailures)
  return snapshot ? (snapshot.split(',') as StorageArea[]) : []
}

/** How many stored records were unreadable and skipped in this tab (0 when all read cleanly). */
export function useUnreadableRecordCount(): number {
  return useSyncExternalStore(subscribeStorageHealth, unreadableRecordCount)
}
