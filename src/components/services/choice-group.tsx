import { ChainText } from '@/components/ui/chain-text'

interface ChoiceGroupProps {
  legend: string
  type: 'radio' | 'checkbox'
  options: readonly { value: string; label: string }[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
}

/** A fieldset of radio buttons or checkboxes; labels are plain text (they may come from chain). */
export function ChoiceGroup({ legend, type, options, selected, onChange }: ChoiceGroupProps) {
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') return onChange([value])
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value))
  }
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs text-muted">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex max-w-56 items-center gap-1.5 text-sm">
            <input
              type={type}
              name={legend}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {/* Options can be values found on chain (a verification mode): untrusted text. */}
            <ChainText value={o.label} max={60} />
          </label>
        ))}
      </div>
    </fieldset>
  )
}
