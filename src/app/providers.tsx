import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { WagmiProvider } from 'wagmi'
import { wagmiConfig } from '@/config/wagmi'
import { createQueryClient } from './query-client'

/**
 * Wagmi > TanStack Query, composed once at the root. RainbowKit's provider lives with the lazily
 * loaded wallet UI (components/layout/wallet-ui.tsx) so it stays out of the first screen's JS.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </WagmiProvider>
  )
}
