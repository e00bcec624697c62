/**
 * wagmi + RainbowKit wiring. Wallets: any injected wallet, plus every EIP-6963 wallet that
 * announces itself (wagmi's multiInjectedProviderDiscovery, on by default). WalletConnect-based
 * wallets are added only when VITE_WC_PROJECT_ID is set: without it the app contacts no third party.
 */
import { connectorsForWallets, type WalletList } from '@rainbow-me/rainbowkit'
import {
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from '@rainbow-me/rainbowkit/wallets'
import { http, type Transport } from 'viem'
import { createConfig } from 'wagmi'
import { supportedChains } from './chains'
import { env } from './env'

export const APP_NAME = '0G Compute Marketplace'

const walletList: WalletList = [{ groupName: 'Installed', wallets: [injectedWallet] }]
if (env.wcProjectId) {
  walletList.push({
    groupName: 'WalletConnect',
    wallets: [metaMaskWallet, rainbowWallet, walletConnectWallet],
  })
}

const connectors = connectorsForWallets(walletList, {
  appName: APP_NAME,
  // Only WalletConnect-based wallets read the project id; injectedWallet ignores it.
  projectId: env.wcProjectId ?? '',
})

const transports: Record<number, Transport> = Object.fromEntries(
  supportedChains.map((chain) => [chain.id, http(chain.rpcUrls.default.http[0])]),
)

/** The single wagmi config of the app (chains from VITE_CHAIN_PROFILES, default chain first). */
export const wagmiConfig = createConfig({
  chains: supportedChains,
  connectors,
  transports,
  multiInjectedProviderDiscovery: true,
})

declare module 'wagmi' {
  interface Register {
    config: typeof wagmiConfig
  }
}
