/**
 * The lazily loaded wallet UI: RainbowKit's provider, styles, modal and account button. Kept out of
 * the first screen's JavaScript; it registers `openConnectModal` for the rest of the app.
 */
import '@rainbow-me/rainbowkit/styles.css'
import {
  ConnectButton as RainbowConnectButton,
  darkTheme,
  RainbowKitProvider,
  useConnectModal,
} from '@rainbow-me/rainbowkit'
import { useEffect } from 'react'
import { useChainId } from 'wagmi'
import { useWalletConnectors } from '@/hooks/wallet/use-wallet-connectors'
import { setConnectModalOpener } from '@/lib/connect-modal-bridge'

const theme = darkTheme({ accentColor: '#6a4bdf', borderRadius: 'medium' })

function ModalBridge() {
  const { openConnectModal } = useConnectModal()
  useEffect(() => {
    setConnectModalOpener(openConnectModal)
    return () => setConnectModalOpener(undefined)
  }, [openConnectModal])
  return null
}

/**
 * RainbowKit asks the wallet for `initialChain` on connect; passing the network being browsed keeps
 * the wallet on the data the user is looking at.
 */
export function WalletUi() {
  const chainId = useChainId()
  const { appName } = useWalletConnectors()
  return (
    <RainbowKitProvider theme={theme} initialChain={chainId} appInfo={{ appName }}>
      <ModalBridge />
      <RainbowConnectButton chainStatus="none" accountStatus="address" showBalance={false} />
    </RainbowKitProvider>
  )
}
