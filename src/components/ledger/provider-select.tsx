import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { serviceOptionLabel } from '@/lib/catalog/lookalike'
import type { ServiceInfo } from '@/lib/ledger/service-info'

interface ProviderSelectProps {
  label: string
  services: readonly ServiceInfo[]
  value: string
  onChange: (provider: string) => void
  error?: string
}

/**
 * A provider picker: model (capped, non-ASCII names marked), type and short address, one line each
 * (service strings are rendered as text).
 */
export function ProviderSelect({ label, services, value, onChange, error }: ProviderSelectProps) {
  return (
    <Field label={label} labelStyle="strong" error={error}>
      <Select value={value} onChange={(e) => onChange(e.target.value)} className="max-w-md">
        <option value="">Choose a provider…</option>
        {services.map((s) => (
          <option key={s.provider} value={s.provider}>
            {serviceOptionLabel(s, [s.serviceType])}
          </option>
        ))}
      </Select>
    </Field>
  )
}
