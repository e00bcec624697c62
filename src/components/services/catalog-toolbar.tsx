import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import type {
  CatalogQuery,
  CatalogSort,
  CatalogView,
  SortDirection,
} from '@/lib/catalog/catalog-query'
import { ChoiceGroup } from './choice-group'

const VIEWS: { value: CatalogView; label: string }[] = [
  { value: 'model', label: 'By model' },
  { value: 'provider', label: 'By provider' },
]
const SORT_LABELS: Record<CatalogSort, string> = {
  input: 'Input price',
  output: 'Output price',
  name: 'Name',
  recent: 'Recently used',
}
/** The two directions in each sort's own words; services without the value stay last in both. */
const DIRECTION_LABELS: Record<CatalogSort, Record<SortDirection, string>> = {
  input: { asc: 'Lowest first', desc: 'Highest first' },
  output: { asc: 'Lowest first', desc: 'Highest first' },
  name: { asc: 'A → Z', desc: 'Z → A' },
  recent: { asc: 'Latest first', desc: 'Earliest first' },
}

/** The catalog's URL state and its writers (what useCatalogQuery returns). */
export interface CatalogControls {
  query: CatalogQuery
  update: (patch: Partial<CatalogQuery>, opts?: { replace?: boolean }) => void
  /** Each edit of the search text (shown at once, written to the URL when typing pauses). */
  setSearch: (text: string) => void
  /** The search box lost focus: write a pending text to the URL now. */
  flushSearch: () => void
}

interface CatalogToolbarProps {
  catalog: CatalogControls
  /** Service types and verification modes present in the snapshot (chain strings). */
  types: string[]
  modes: string[]
}

/** Search, view, filters and sort of the catalog; every control writes the URL state. */
export function CatalogToolbar({ catalog, types, modes }: CatalogToolbarProps) {
  const { query, update, setSearch, flushSearch } = catalog
  return (
    <div className="flex flex-col gap-3 border-b border-border px-4 py-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Search" className="min-w-64 flex-1">
          <Input
            type="search"
            aria-label="Search services"
            placeholder="Model, provider address or endpoint"
            value={query.q}
            maxLength={200}
            onChange={(e) => setSearch(e.target.value)}
            onBlur={flushSearch}
            onKeyDown={(e) => {
              if (e.key === 'Enter') flushSearch()
            }}
          />
        </Field>
        <Field label="Sort by">
          <Select
            value={query.sort}
            onChange={(e) => update({ sort: e.target.value as CatalogSort })}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Order">
          <Select
            value={query.dir}
            onChange={(e) => update({ dir: e.target.value as SortDirection })}
          >
            {Object.entries(DIRECTION_LABELS[query.sort]).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="TEE signer acknowledged">
          <Select
            value={query.ack}
            onChange={(e) => update({ ack: e.target.value as CatalogQuery['ack'] })}
          >
            <option value="any">Any</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </Select>
        </Field>
        <ChoiceGroup
          legend="View"
          type="radio"
          options={VIEWS}
          selected={[query.view]}
          onChange={(v) => update({ view: v[0] as CatalogView })}
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <ChoiceGroup
          legend="Service type"
          type="checkbox"
          options={types.map((t) => ({ value: t, label: t }))}
          selected={query.types}
          onChange={(v) => update({ types: v })}
        />
        <ChoiceGroup
          legend="Verification"
          type="checkbox"
          options={modes.map((m) => ({ value: m, label: m || 'none' }))}
          selected={query.modes}
          onChange={(v) => update({ modes: v })}
        />
      </div>
    </div>
  )
}
