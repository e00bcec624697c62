/**
 * The wagmi config. At start-up it knows every EIP-6963 wallet that announces itself (wagmi's
 * multiInjectedProviderDiscovery); RainbowKit's `connectorsForWallets` list (injected, and
 * WalletConnect wallets when VITE_WC_PROJECT_ID is set) is added by config/wallet-connectors.ts when
 * the lazily loaded wallet UI mounts, which keeps RainbowKit out of the first screen's JavaScript
 * (docs/adr/0003-lazy-wallet-ui.md).
 */
import { http, type Transport } from 'viem'
import { createConfig, type CreateConnectorFn } from 'wagmi'
import { supportedChains } from './chains'

export const APP_NAME = '0G Compute Marketplace'

const transports: Record<number, Transport> = Object.fromEntries(
  supportedChains.map((chain) => [chain.id, http(chain.rpcUrls.default.http[0])]),
)

/** The single wagmi config of the app (chains from VITE_CHAIN_PROFILES, default chain first). */
export const wagmiConfig = createConfig({
  chains: supportedChains,
  connectors: [] as CreateConnectorFn[],
  transports,
  multiInjectedProviderDiscovery: true,
})

declare module 'wagmi' {
  interface Register {
    config: typeof wagmiConfig
  }
}
