import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
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
      <Field label="Kind" inline labelStyle="plain">
        <Select value={p.kind} onChange={(e) => p.onKind(e.target.value)}>
          <option value="">All kinds</option>
          {p.kinds.map((k) => (
            <option key={k} value={k}>
              {historyKindLabels[k] ?? k}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Provider" inline labelStyle="plain">
        <Select value={p.provider} onChange={(e) => p.onProvider(e.target.value)}>
          <option value="">All providers</option>
          {p.providers.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  )
}
