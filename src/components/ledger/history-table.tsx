import { ZeroGAmount } from '@/components/feedback/zero-g-amount'
import { ScrollGroup } from '@/components/ui/scroll-group'
import { shortAddress } from '@/lib/format'
import { historyKindLabels, type HistoryEntry } from '@/lib/ledger/history'
import { LedgerTableHead } from './ledger-table-head'

interface HistoryTableProps {
  entries: readonly HistoryEntry[]
  providerName: (address: string) => string
}

/** History rows: time, kind, provider, amount, details (chain strings rendered as text). */
export function HistoryTable({ entries, providerName }: HistoryTableProps) {
  return (
    <ScrollGroup label="History entries, scrollable" className="max-h-96 overflow-auto">
      <table aria-label="History" className="w-full text-sm">
        <LedgerTableHead headers={['Time', 'Kind', 'Provider', 'Amount', 'Details']} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-kind={e.kind} className="border-t border-border align-top">
              <td className="py-1.5 pr-3 text-xs whitespace-nowrap text-muted">
                {new Date(e.at).toLocaleString()}
              </td>
              <td className="py-1.5 pr-3 whitespace-nowrap">
                {historyKindLabels[e.kind] ?? e.kind}
              </td>
              <td className="py-1.5 pr-3 text-xs" title={e.provider}>
                {e.provider ? providerName(e.provider) : '—'}
              </td>
              <td className="py-1.5 pr-3 font-mono whitespace-nowrap">
                <ZeroGAmount value={e.amount} />
              </td>
              <td className="py-1.5 text-xs">
                {e.detail}
                {e.status && e.status !== 'confirmed' ? ` (${e.status})` : ''}
                {e.source === 'node' || e.source === 'explorer' ? (
                  <span className="ml-1 text-muted">
                    · found by {e.source === 'node' ? 'node search' : 'explorer'}
                  </span>
                ) : null}
                {e.hash ? (
                  <span className="ml-1 font-mono text-muted">{shortAddress(e.hash, 4)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollGroup>
  )
}
