import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import type { ChatParams } from '@/lib/playground/conversation'

interface Props {
  systemPrompt: string
  onSystemPrompt: (v: string) => void
  params: ChatParams
  onParams: (p: ChatParams) => void
}

/** System prompt, temperature, max tokens and top-p. */
export function ChatSettings({ systemPrompt, onSystemPrompt, params, onParams }: Props) {
  const num = (key: keyof ChatParams, min: number, max: number, step: number, label: string) => (
    <Field label={label}>
      <Input
        type="number"
        min={min}
        max={max}
        step={step}
        value={params[key]}
        onChange={(e) => {
          const v = Number(e.target.value)
          if (Number.isFinite(v)) onParams({ ...params, [key]: Math.min(max, Math.max(min, v)) })
        }}
      />
    </Field>
  )
  return (
    <details className="rounded-md border border-border p-2">
      <summary className="cursor-pointer text-sm">Settings</summary>
      <div className="mt-2 flex flex-col gap-2">
        <Field label="System prompt">
          <Textarea
            value={systemPrompt}
            onChange={(e) => onSystemPrompt(e.target.value)}
            rows={2}
          />
        </Field>
        <div className="grid grid-cols-3 gap-2">
          {num('temperature', 0, 2, 0.1, 'Temperature')}
          {num('maxTokens', 1, 32768, 1, 'Max tokens')}
          {num('topP', 0, 1, 0.05, 'Top-p')}
        </div>
      </div>
    </details>
  )
}
