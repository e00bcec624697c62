/**
 * RainbowKit's wallet list (connectorsForWallets), added to the wagmi config when the lazily loaded
 * wallet UI mounts (see docs/adr/0003-lazy-wallet-ui.md). Injected wallets always; WalletConnect-based
 * wallets only when VITE_WC_PROJECT_ID is set, so without it the app contacts no third party.
 */
import { connectorsForWallets, type WalletList } from '@rainbow-me/rainbowkit'
import {
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from '@rainbow-me/rainbowkit/wallets'
import { reconnect } from 'wagmi/actions'
import { env } from './env'
import { APP_NAME, wagmiConfig } from './wagmi'

let installed = false

function walletList(): WalletList {
  const list: WalletList = [{ groupName: 'Installed', wallets: [injectedWallet] }]
  if (env.wcProjectId) {
    list.push({
      groupName: 'WalletConnect',
      wallets: [metaMaskWallet, rainbowWallet, walletConnectWallet],
    })
  }
  return list
}

/**
 * Adds the RainbowKit connectors to the running wagmi config once, then reconnects a wallet the user
 * had connected through one of them (EIP-6963 wallets reconnect at start-up without this).
 */
export function installWalletConnectors(): void {
  if (installed) return
  installed = true
  const fns = connectorsForWallets(walletList(), {
    appName: APP_NAME,
    // Only WalletConnect-based wallets read the project id; injectedWallet ignores it.
    projectId: env.wcProjectId ?? '',
  })
  const known = new Set(wagmiConfig.connectors.map((c) => c.id))
  const fresh = fns
    .map((fn) => wagmiConfig._internal.connectors.setup(fn))
    .filter((c) => !known.has(c.id))
  if (fresh.length === 0) return
  wagmiConfig._internal.connectors.setState((current) => [...current, ...fresh])
  if (wagmiConfig.state.status === 'disconnected')
    void reconnect(wagmiConfig, { connectors: fresh })
}
