import { useMemo, useState } from 'react'
import type { Address } from 'viem'
import { EmptyState } from '@/components/feedback/empty-state'
import { QueryError } from '@/components/feedback/query-error'
import { Card } from '@/components/ui/card'
import { useHistory } from '@/hooks/ledger/use-history'
import { shortAddress } from '@/lib/format'
import { historyToCsv, joinHistory, mergeHistory } from '@/lib/ledger/history'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { CsvHeader } from './csv-header'
import { HistoryFilters, type HistoryFilter } from './history-filters'
import { HistorySourcesNote } from './history-sources-note'
import { HistoryTable } from './history-table'
import { capText } from '@/lib/untrusted-text'

/** History from chain events plus this wallet's local transaction log; filters; CSV export. */
export function HistoryCard({ services }: { services: ReadonlyMap<string, ServiceInfo> }) {
  const { chain, calls, local } = useHistory()
  const [filter, setFilter] = useState<HistoryFilter>({ kind: '', provider: '' })
  const all = useMemo(
    () => mergeHistory([joinHistory(chain.data ?? [], calls.data?.entries ?? [], local)]),
    [chain.data, calls.data, local],
  )
  const shown = useMemo(
    () =>
      mergeHistory([all], {
        kind: filter.kind,
        provider: (filter.provider || undefined) as Address | undefined,
      }),
    [all, filter],
  )
  const name = (p: string) => {
    const model = services.get(p.toLowerCase())?.model
    return model === undefined ? shortAddress(p) : capText(model, 80)
  }
  const kinds = [...new Set(all.map((e) => e.kind))].sort()
  const providers = [...new Set(all.flatMap((e) => (e.provider ? [e.provider] : [])))].map((p) => ({
    value: p,
    label: name(p),
  }))
  return (
    <Card aria-label="History" className="flex flex-col gap-3 p-5">
      <CsvHeader title="History" file="0g-account-history.csv" rows={shown} toCsv={historyToCsv}>
        Export CSV
      </CsvHeader>
      <HistorySourcesNote search={calls.data} failed={calls.error} />
      <HistoryFilters kinds={kinds} providers={providers} value={filter} onChange={setFilter} />
      {chain.error ? <QueryError error={chain.error} onRetry={() => void chain.refetch()} /> : null}
      {shown.length === 0 ? (
        <EmptyState title={chain.isPending ? 'Loading history…' : 'Nothing here yet'}>
          Your deposits, transfers and refunds will show up here: deposit into your ledger or
          transfer to a provider above to start.
        </EmptyState>
      ) : (
        <HistoryTable entries={shown} providerName={name} />
      )}
    </Card>
  )
}
