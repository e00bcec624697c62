import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { historyKindLabels } from '@/lib/ledger/history'

/** The chosen kind and provider ('' for all). */
export interface HistoryFilter {
  kind: string
  provider: string
}

type Option = { value: string; label: string }

interface HistoryFiltersProps {
  kinds: readonly string[]
  providers: readonly Option[]
  value: HistoryFilter
  onChange: (next: HistoryFilter) => void
}

/** One filter: "All …" ('') and the options found in the history. */
function FilterSelect(p: {
  label: string
  all: string
  options: readonly Option[]
  value: string
  onChange: (v: string) => void
}) {
  return (
    <Field label={p.label} inline labelStyle="plain">
      <Select value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        <option value="">{p.all}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  )
}

/** Kind and provider filters for the history table. */
export function HistoryFilters({ kinds, providers, value, onChange }: HistoryFiltersProps) {
  return (
    <div className="flex flex-wrap gap-3 text-sm">
      <FilterSelect
        label="Kind"
        all="All kinds"
        options={kinds.map((k) => ({ value: k, label: historyKindLabels[k] ?? k }))}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <FilterSelect
        label="Provider"
        all="All providers"
        options={providers}
        value={value.provider}
        onChange={(provider) => onChange({ ...value, provider })}
      />
    </div>
  )
}
