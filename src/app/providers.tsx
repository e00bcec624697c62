import '@rainbow-me/rainbowkit/styles.css'
import { darkTheme, RainbowKitProvider } from '@rainbow-me/rainbowkit'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { WagmiProvider } from 'wagmi'
import { defaultChain } from '@/config/chains'
import { APP_NAME, wagmiConfig } from '@/config/wagmi'
import { createQueryClient } from './query-client'

const theme = darkTheme({ accentColor: '#7c5cff', borderRadius: 'medium' })

/** Wagmi > TanStack Query > RainbowKit, composed once at the root. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider
          theme={theme}
          initialChain={defaultChain}
          appInfo={{ appName: APP_NAME }}
        >
          {children}
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  )
}
