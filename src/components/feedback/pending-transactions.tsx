import { usePendingTransactions } from '@/hooks/chain/use-pending-transactions'
import { TestId } from '@/lib/test-ids'
import { TxHashLink } from './tx-hash-link'

/** Lists this wallet's pending transactions (also those picked up again after a reload). */
export function PendingTransactions() {
  const pending = usePendingTransactions()
  if (pending.length === 0) return null
  return (
    <div
      role="status"
      aria-label="Pending transactions"
      data-testid={TestId.PendingTransactions}
      className="flex flex-col gap-2 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm"
    >
      {pending.map((tx) => (
        <div key={tx.hash}>
          <p>Pending: {tx.label}</p>
          <TxHashLink hash={tx.hash} explorerUrl={tx.explorerUrl} />
        </div>
      ))}
    </div>
  )
}
