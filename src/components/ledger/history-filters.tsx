import { historyKindLabels } from '@/lib/ledger/history'

interface HistoryFiltersProps {
  kinds: readonly string[]
  providers: readonly { value: string; label: string }[]
  kind: string
  provider: string
  onKind: (v: string) => void
  onProvider: (v: string) => void
}

/** Kind and provider filters for the history table. */
export function HistoryFilters(p: HistoryFiltersProps) {
  return (
    <div className="flex flex-wrap gap-3 text-sm">
      <label className="flex items-center gap-2">
        Kind
        <select
          value={p.kind}
          onChange={(e) => p.onKind(e.target.value)}
          className="h-8 rounded-md border border-border bg-surface px-2"
        >
          <option value="">All kinds</option>
          {p.kinds.map((k) => (
            <option key={k} value={k}>
              {historyKindLabels[k] ?? k}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        Provider
        <select
          value={p.provider}
          onChange={(e) => p.onProvider(e.target.value)}
          className="h-8 rounded-md border border-border bg-surface px-2"
        >
          <option value="">All providers</option>
          {p.providers.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
