import '@rainbow-me/rainbowkit/styles.css'
import { darkTheme, RainbowKitProvider } from '@rainbow-me/rainbowkit'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useChainId, WagmiProvider } from 'wagmi'
import { APP_NAME, wagmiConfig } from '@/config/wagmi'
import { createQueryClient } from './query-client'

const theme = darkTheme({ accentColor: '#8b6dff', borderRadius: 'medium' })

/**
 * RainbowKit asks the wallet for `initialChain` on connect. Passing the network the user is
 * browsing keeps the wallet on the data they are looking at (the default chain until they pick
 * another in the network selector).
 */
function RainbowKitOnBrowsedChain({ children }: { children: ReactNode }) {
  const chainId = useChainId()
  return (
    <RainbowKitProvider theme={theme} initialChain={chainId} appInfo={{ appName: APP_NAME }}>
      {children}
    </RainbowKitProvider>
  )
}

/** Wagmi > TanStack Query > RainbowKit, composed once at the root. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitOnBrowsedChain>{children}</RainbowKitOnBrowsedChain>
      </QueryClientProvider>
    </WagmiProvider>
  )
}
