import { Card } from '@/components/ui/card'
import { WalletGateNotice } from '@/components/wallet/wallet-gate-notice'

/** `/account`: placeholder until the ledger views land. */
export function AccountPage() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Coming next: your prepaid ledger (total, available and locked 0G), deposits, transfers to
          provider sub-accounts, refunds with their unlock countdown, and history.
        </p>
      </div>
      <WalletGateNotice title="Connect a wallet to see your ledger">
        <Card className="p-6 text-sm text-muted">
          Your wallet is connected. Ledger details are on their way.
        </Card>
      </WalletGateNotice>
    </div>
  )
}
