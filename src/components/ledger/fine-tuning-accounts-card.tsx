import { TxStatus } from '@/components/feedback/tx-status'
import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { ScrollGroup } from '@/components/ui/scroll-group'
import { useWalletGate } from '@/hooks/chain/use-wallet-gate'
import { useRetrieveFunds } from '@/hooks/ledger/use-ledger-writes'
import type { SubAccount } from '@/lib/ledger/ledger-types'
import { LedgerTableHead } from './ledger-table-head'

interface FineTuningAccountsCardProps {
  /** null: they could not be read */
  accounts: readonly SubAccount[] | null
}

/**
 * The wallet's fine-tuning sub-accounts (FineTuningServing): funds moved there from the ledger
 * count in its locked total, so they are listed here and can be retrieved, as the official UI
 * allows. Retrieving starts a refund of each (locked for the contract's lock time) and collects
 * refunds that have matured, under the fine-tuning service name read from chain.
 */
export function FineTuningAccountsCard({ accounts }: FineTuningAccountsCardProps) {
  const flow = useRetrieveFunds('fineTuning')
  const gate = useWalletGate()
  if (accounts !== null && accounts.length === 0) return null
  const providers = (accounts ?? []).map((a) => a.provider)
  return (
    <Card aria-label="Fine-tuning sub-accounts" className="flex flex-col gap-3 p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">Fine-tuning sub-accounts</h2>
        <Button
          size="sm"
          variant="secondary"
          disabled={flow.isBusy || !gate.isOk || providers.length === 0}
          onClick={() =>
            void flow.retrieve(providers.slice(0, 20), 'Retrieve from fine-tuning providers')
          }
        >
          Retrieve all fine-tuning funds
        </Button>
      </div>
      {accounts === null ? (
        <p role="status" className="text-sm text-muted">
          Fine-tuning sub-accounts could not be read from this network; the breakdown above says
          what is not accounted for.
        </p>
      ) : (
        <ScrollGroup label="Fine-tuning sub-accounts, scrollable" className="overflow-x-auto">
          <table aria-label="Fine-tuning sub-accounts" className="w-full text-sm">
            <LedgerTableHead headers={['Provider', 'Balance', 'Refunding']} />
            <tbody>
              {accounts.map((a) => (
                <tr key={a.provider} className="border-t border-border">
                  <th scope="row" className="py-1.5 pr-3 text-left font-mono text-xs font-normal">
                    {a.provider}
                  </th>
                  <td className="py-1.5 pr-3 font-mono whitespace-nowrap">
                    <ZeroGAmount value={a.balance} />
                  </td>
                  <td className="py-1.5 font-mono whitespace-nowrap">
                    <ZeroGAmount value={a.pendingRefund} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollGroup>
      )}
      <TxStatus state={flow.state} onRetry={flow.retry} />
    </Card>
  )
}
