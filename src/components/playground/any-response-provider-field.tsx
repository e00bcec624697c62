import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { useServices } from '@/hooks/services/use-services'
import { shortAddress } from '@/lib/format'

/** The provider's address, typed or picked from the catalog. */
export function AnyResponseProviderField({
  value,
  onChange,
}: {
  value: string
  onChange: (provider: string) => void
}) {
  const services = useServices()
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Field label="Provider address" className="min-w-72 flex-1">
        <Input
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="0x…"
          className="font-mono"
          spellCheck={false}
        />
      </Field>
      <Field label="Or pick from the catalog">
        <Select value="" onChange={(e) => e.target.value && onChange(e.target.value)}>
          <option value="">{services.isPending ? 'Loading services…' : 'Choose a service'}</option>
          {services.data?.services.map((s) => (
            <option key={s.provider} value={s.provider}>
              {`${s.model.slice(0, 60)} — ${shortAddress(s.provider)}`}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  )
}
