import { useMemo } from 'react'
import { Field } from '@/components/ui/field'
import { NameMarks } from '@/components/ui/name-marks'
import { Select } from '@/components/ui/select'
import type { Service } from '@/contracts/service'
import { sameUrlText, serviceOptionLabel, sharedEndpoints } from '@/lib/catalog/lookalike'
import { TestId } from '@/lib/test-ids'

interface ServicePickerProps {
  services: readonly Service[]
  value: string | undefined
  onChange: (provider: string) => void
  label?: string
}

/**
 * A select of services by provider address. Each option is one capped line (a select is as wide as
 * its widest option): model, verification, the provider's short address, and marks for a
 * non-ASCII name or a URL shared with another provider; the chosen one's marks show below too.
 */
export function ServicePicker({
  services,
  value,
  onChange,
  label = 'Service',
}: ServicePickerProps) {
  const shared = useMemo(() => sharedEndpoints(services), [services])
  const chosen = services.find((s) => s.provider.toLowerCase() === value?.toLowerCase())
  return (
    <div className="flex max-w-full min-w-0 flex-col gap-1">
      <Field label={label} className="max-w-full min-w-0">
        <Select
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value)}
          className="max-w-full"
        >
          {services.map((s) => (
            <option key={s.provider} value={s.provider}>
              {serviceOptionLabel(
                s,
                [s.verifiability || 'none'],
                shared.get(s.provider.toLowerCase()),
              )}
            </option>
          ))}
        </Select>
      </Field>
      {chosen ? (
        <div data-testid={TestId.ServiceMarks} className="flex flex-wrap gap-1 empty:hidden">
          <NameMarks
            name={chosen.model}
            sameUrl={sameUrlText(shared.get(chosen.provider.toLowerCase()))}
          />
        </div>
      ) : null}
    </div>
  )
}
