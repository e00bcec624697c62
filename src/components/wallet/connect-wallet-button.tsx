import { Button } from '@/components/ui/button'
import { useOpenConnectModal } from '@/hooks/wallet/use-open-connect-modal'

/** Opens RainbowKit's connect modal (for calls to action inside pages). */
export function ConnectWalletButton() {
  const openConnectModal = useOpenConnectModal()
  return (
    <Button onClick={openConnectModal} disabled={!openConnectModal}>
      Connect wallet
    </Button>
  )
}
