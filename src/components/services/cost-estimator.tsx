import { useState } from 'react'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import type { Service } from '@/contracts/service'
import { parseCount } from '@/lib/catalog/count-input'
import { billingOf, estimateFee, TYPICAL_REQUEST, type RequestSize } from '@/lib/protocol/billing'
import { compactZeroG } from '@/lib/catalog/price-text'

type Field = keyof RequestSize
const LABELS: Record<Field, string> = {
  inputTokens: 'Input tokens',
  outputTokens: 'Output tokens',
  images: 'Images',
  seconds: 'Audio seconds',
}

/** "What would this cost?": request size in, exact fee in 0G out (tiers applied). */
export function CostEstimator({ service }: { service: Service }) {
  const billing = billingOf(service)
  const fields: Field[] =
    billing.output === 'image'
      ? ['images']
      : billing.input === 'second'
        ? ['seconds']
        : ['inputTokens', 'outputTokens']
  const [text, setText] = useState<Record<Field, string>>(() => ({
    inputTokens: String(TYPICAL_REQUEST.inputTokens),
    outputTokens: String(TYPICAL_REQUEST.outputTokens),
    images: String(TYPICAL_REQUEST.images),
    seconds: String(TYPICAL_REQUEST.seconds),
  }))
  const parsed = Object.fromEntries(fields.map((f) => [f, parseCount(text[f])])) as Partial<
    Record<Field, bigint | null>
  >
  const invalid = fields.filter((f) => parsed[f] === null)
  const fee =
    invalid.length === 0
      ? compactZeroG(estimateFee(service, { ...TYPICAL_REQUEST, ...parsed } as RequestSize))
      : null
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-border p-3">
      <legend className="px-1 text-sm font-medium">Cost estimator</legend>
      <div className="flex flex-wrap gap-3">
        {fields.map((f) => (
          <Field key={f} label={LABELS[f]}>
            <Input
              inputMode="numeric"
              value={text[f]}
              aria-invalid={parsed[f] === null}
              onChange={(e) => setText((t) => ({ ...t, [f]: e.target.value }))}
              className="w-36"
            />
          </Field>
        ))}
      </div>
      <output
        aria-label="Estimated cost"
        className="text-sm [overflow-wrap:anywhere]"
        title={fee && fee.text !== fee.exact ? `${fee.exact} 0G per request` : undefined}
      >
        {fee === null
          ? `Enter whole numbers (at most 10^12) for: ${invalid.map((f) => LABELS[f]).join(', ')}`
          : `${fee.text} 0G per request`}
      </output>
    </fieldset>
  )
}
