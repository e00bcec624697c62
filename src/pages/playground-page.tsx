import { Card } from '@/components/ui/card'
import { WalletGateNotice } from '@/components/wallet/wallet-gate-notice'

/** `/playground`: placeholder until chat, image and speech panels land. */
export function PlaygroundPage() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Playground</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Coming next: chat, text-to-image, image editing and speech-to-text against any listed
          service, with every response verified against the provider&apos;s TEE signer on chain.
        </p>
      </div>
      <WalletGateNotice title="Connect a wallet to use the playground">
        <Card className="p-6 text-sm text-muted">
          Your wallet is connected. The playground panels are on their way.
        </Card>
      </WalletGateNotice>
    </div>
  )
}
