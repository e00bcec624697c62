import { useEffect, useSyncExternalStore } from 'react'
import {
  probeLocalStorage,
  storageFailures,
  subscribeStorageHealth,
  type StorageArea,
} from '@/api/storage-health'

/** Browser storage areas that refused to keep data in this tab (private mode, full, disabled). */
export function useStorageFailures(): StorageArea[] {
  useEffect(probeLocalStorage, [])
  const snapshot = useSyncExternalStore(subscribeStorageHealth, storageFailures)
  return snapshot ? (snapshot.split(',') as StorageArea[]) : []
}
