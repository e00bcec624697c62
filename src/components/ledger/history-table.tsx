import { formatZeroG, shortAddress } from '@/lib/format'
import { historyKindLabels, type HistoryEntry } from '@/lib/ledger/history'

interface HistoryTableProps {
  entries: readonly HistoryEntry[]
  providerName: (address: string) => string
}

/** History rows: time, kind, provider, amount, details (chain strings rendered as text). */
export function HistoryTable({ entries, providerName }: HistoryTableProps) {
  return (
    <div className="max-h-96 overflow-auto">
      <table aria-label="History" className="w-full text-sm">
        <thead>
          <tr className="text-left text-xs text-muted">
            {['Time', 'Kind', 'Provider', 'Amount', 'Details'].map((h) => (
              <th key={h} scope="col" className="pb-2 font-normal">
                {h}
              </th>
            ))}
          </tr>
        </thead>
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
                {e.amount === undefined ? '—' : `${formatZeroG(e.amount)} 0G`}
              </td>
              <td className="py-1.5 text-xs">
                {e.detail}
                {e.status && e.status !== 'confirmed' ? ` (${e.status})` : ''}
                {e.hash ? (
                  <span className="ml-1 font-mono text-muted">{shortAddress(e.hash, 4)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
