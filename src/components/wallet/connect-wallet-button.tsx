import { useConnectModal } from '@rainbow-me/rainbowkit'
import { Button } from '@/components/ui/button'

/** Opens RainbowKit's connect modal (for calls to action inside pages). */
export function ConnectWalletButton() {
  const { openConnectModal } = useConnectModal()
  return (
    <Button onClick={openConnectModal} disabled={!openConnectModal}>
      Connect wallet
    </Button>
  )
}
