import { useId } from 'react'
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
  const id = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="h-9 max-w-md rounded-md border border-border bg-surface px-2 text-sm"
      >
        <option value="">Choose a provider…</option>
        {services.map((s) => (
          <option key={s.provider} value={s.provider}>
            {serviceOptionLabel(s, [s.serviceType])}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  )
}
