import { ConnectButton as RainbowConnectButton } from '@rainbow-me/rainbowkit'

/** RainbowKit's connect/account button (its test id is `rk-connect-button`). */
export function ConnectButton() {
  return <RainbowConnectButton chainStatus="none" accountStatus="address" showBalance={false} />
}
