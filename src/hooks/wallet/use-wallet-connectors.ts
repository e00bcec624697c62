import { useEffect } from 'react'
import { APP_NAME } from '@/config/wagmi'
import { installWalletConnectors } from '@/config/wallet-connectors'

/**
 * Adds RainbowKit's wallet connectors to wagmi once the wallet UI has loaded (it lives in the lazy
 * wallet chunk, so RainbowKit stays off the first screen). Returns the app name RainbowKit shows.
 */
export function useWalletConnectors(): { appName: string } {
  useEffect(() => installWalletConnectors(), [])
  return { appName: APP_NAME }
}
