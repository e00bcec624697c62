import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import type { GivenBytes } from '@/hooks/playground/use-any-response-check'

/** Pasted text, or a file whose exact bytes are used (the text box is then set aside). */
export function BytesInput({
  label,
  help,
  value,
  onChange,
}: {
  label: string
  help: string
  value: GivenBytes
  onChange: (v: GivenBytes) => void
}) {
  const file = value && 'file' in value ? value.file : null
  return (
    <div className="flex flex-col gap-1">
      <Field label={label} help={help}>
        <Textarea
          value={value && 'text' in value ? value.text : ''}
          onChange={(e) => onChange({ text: e.target.value })}
          disabled={!!file}
          rows={6}
          className="font-mono"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <label className="flex min-w-0 flex-wrap items-center gap-2">
          {`${label} file`}
          <input
            type="file"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (f) onChange({ file: f })
              e.target.value = ''
            }}
            className="max-w-full min-w-0 text-sm"
          />
        </label>
        {file ? (
          <>
            <span className="[overflow-wrap:anywhere]">
              Loaded {file.name.slice(0, 80)} ({file.size} bytes)
            </span>
            <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
              Clear file
            </Button>
          </>
        ) : null}
      </div>
    </div>
  )
}
