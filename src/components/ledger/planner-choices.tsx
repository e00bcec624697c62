import { shortAddress } from '@/lib/format'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { unitCost } from '@/lib/ledger/spendable'
import { ChainText } from '@/components/ui/chain-text'
import { Input } from '@/components/ui/input'
import { capText } from '@/lib/untrusted-text'

interface PlannerChoicesProps {
  services: readonly ServiceInfo[]
  /** provider → units per day (text as typed) */
  perDay: Readonly<Record<string, string>>
  errors: Readonly<Record<string, string>>
  onChange: (provider: string, value: string | undefined) => void
}

/** Pick providers and how many messages/images/minutes a day each. */
export function PlannerChoices({ services, perDay, errors, onChange }: PlannerChoicesProps) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Providers and expected use</legend>
      {services.map((s) => {
        const chosen = perDay[s.provider] !== undefined
        const { unit } = unitCost(s)
        const error = errors[s.provider]
        return (
          <div key={s.provider} className="flex flex-wrap items-center gap-3 text-sm">
            <label className="flex min-w-64 items-center gap-2">
              <input
                type="checkbox"
                checked={chosen}
                onChange={(e) => onChange(s.provider, e.target.checked ? '10' : undefined)}
              />
              <ChainText value={s.model} empty="(no model name)" className="max-w-64" />{' '}
              <span className="text-xs text-muted">{shortAddress(s.provider)}</span>
            </label>
            {chosen ? (
              <label className="flex items-center gap-2">
                <Input
                  aria-label={`${unit}s per day for ${capText(s.model, 80)}`}
                  inputMode="numeric"
                  value={perDay[s.provider]}
                  aria-invalid={Boolean(error)}
                  onChange={(e) => onChange(s.provider, e.target.value)}
                  className="w-24 font-mono"
                />
                {unit}s / day
              </label>
            ) : null}
            {error ? (
              <span role="alert" className="text-xs text-danger">
                {error}
              </span>
            ) : null}
          </div>
        )
      })}
    </fieldset>
  )
}
