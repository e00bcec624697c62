import { useSyncExternalStore } from 'react'
import { getConnectModalOpener, subscribeConnectModalOpener } from '@/lib/connect-modal-bridge'

/** RainbowKit's `openConnectModal`, or undefined until the wallet UI has loaded (or when connected). */
export function useOpenConnectModal(): (() => void) | undefined {
  return useSyncExternalStore(subscribeConnectModalOpener, getConnectModalOpener, () => undefined)
}
