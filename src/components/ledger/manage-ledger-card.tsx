import { Card } from '@/components/ui/card'
import type { Ledger } from '@/lib/ledger/ledger-types'
import { DeleteLedgerButton } from './delete-ledger-button'
import { DepositForm } from './deposit-form'
import { RefundForm } from './refund-form'

/** Deposit, refund to wallet and delete, side by side. */
export function ManageLedgerCard({
  ledger,
  walletBalance,
}: {
  ledger: Ledger
  walletBalance: bigint
}) {
  return (
    <Card aria-label="Manage ledger" className="grid grid-cols-1 gap-6 p-5 md:grid-cols-2">
      <section aria-label="Deposit section" className="flex flex-col gap-2">
        <h2 className="font-semibold">Deposit</h2>
        <DepositForm walletBalance={walletBalance} />
      </section>
      <section aria-label="Refund section" className="flex flex-col gap-2">
        <h2 className="font-semibold">Refund to wallet</h2>
        <RefundForm ledger={ledger} />
        <DeleteLedgerButton ledger={ledger} />
      </section>
    </Card>
  )
}
