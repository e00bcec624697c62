import type { Service } from '@/hooks/services/all-services-query'

interface ServicePickerProps {
  services: readonly Service[]
  value: string | undefined
  onChange: (provider: string) => void
  label?: string
}

/** A select of services (model · provider) by provider address. */
export function ServicePicker({
  services,
  value,
  onChange,
  label = 'Service',
}: ServicePickerProps) {
  return (
    <label className="flex flex-col gap-1 text-xs text-muted">
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-md border border-border bg-surface px-2 py-1.5 text-sm text-foreground"
      >
        {services.map((s) => (
          <option key={s.provider} value={s.provider}>
            {s.model} · {s.verifiability} · {s.provider.slice(0, 8)}…
          </option>
        ))}
      </select>
    </label>
  )
}
