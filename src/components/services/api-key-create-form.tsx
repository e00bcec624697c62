import { useState } from 'react'
import type { Address } from 'viem'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { useCreateApiKey } from '@/hooks/api-keys/use-create-api-key'
import type { KeyAccountState } from '@/lib/api-keys/api-key-entry'
import { toUserError } from '@/lib/errors/user-error'
import { ApiKeyReveal } from './api-key-reveal'

const DAY = 24 * 60 * 60 * 1000
const LIFETIMES = [
  { label: 'Never expires', ms: 0 },
  { label: '1 day', ms: DAY },
  { label: '7 days', ms: 7 * DAY },
  { label: '30 days', ms: 30 * DAY },
  { label: '90 days', ms: 90 * DAY },
] as const

interface ApiKeyCreateFormProps {
  provider: Address
  account: KeyAccountState
}

/** Label + expiry → wallet signature → the new key, shown once. */
export function ApiKeyCreateForm({ provider, account }: ApiKeyCreateFormProps) {
  const [label, setLabel] = useState('')
  const [lifetimeMs, setLifetimeMs] = useState(0)
  const create = useCreateApiKey(provider)
  const error = create.isError ? toUserError(create.error) : null
  if (create.data)
    return (
      <ApiKeyReveal apiKey={create.data.key} tokenId={create.data.tokenId} onDone={create.reset} />
    )
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        create.mutate({ label, lifetimeMs, account })
      }}
    >
      <Field label="Label">
        <Input
          value={label}
          maxLength={80}
          placeholder="e.g. my script"
          onChange={(e) => setLabel(e.target.value)}
          className="w-48"
        />
      </Field>
      <Field label="Expiry">
        <Select value={lifetimeMs} onChange={(e) => setLifetimeMs(Number(e.target.value))}>
          {LIFETIMES.map((l) => (
            <option key={l.ms} value={l.ms}>
              {l.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Confirm in your wallet…' : 'Create API key'}
      </Button>
      {error ? (
        <p
          role={error.kind === 'cancelled' ? 'status' : 'alert'}
          className={error.kind === 'cancelled' ? 'text-sm text-muted' : 'text-sm text-danger'}
        >
          {error.title}
          {error.detail ? `: ${error.detail}` : ''}
        </p>
      ) : null}
    </form>
  )
}
