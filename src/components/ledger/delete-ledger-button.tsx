import { TxStatus } from '@/components/feedback/tx-status'
import { Button } from '@/components/ui/button'
import { RequireWallet } from '@/components/wallet/require-wallet'
import { useDeleteLedger } from '@/hooks/ledger/use-ledger-writes'
import type { Ledger } from '@/lib/ledger/ledger-types'

/** Deletes the ledger; only possible when it holds nothing (the reason is shown otherwise). */
export function DeleteLedgerButton({ ledger }: { ledger: Ledger }) {
  const flow = useDeleteLedger()
  const notEmpty = ledger.total > 0n ? 'Only an empty ledger can be deleted.' : undefined
  return (
    <div className="flex flex-col gap-2">
      <RequireWallet>
        {(isOk, reason) => (
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="secondary"
              className="shrink-0"
              disabled={!isOk || Boolean(notEmpty) || flow.isBusy}
              onClick={() => void flow.remove()}
            >
              Delete ledger
            </Button>
            <span className="text-xs text-muted">{reason ?? notEmpty}</span>
          </div>
        )}
      </RequireWallet>
      <TxStatus state={flow.state} onRetry={flow.retry} />
    </div>
  )
}
