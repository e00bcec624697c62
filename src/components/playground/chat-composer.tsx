import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { Textarea } from '@/components/ui/textarea'

interface Props {
  value: string
  onChange: (v: string) => void
  onSend: () => void
  onStop: () => void
  busy: boolean
  disabledReason?: string
  /** shown under the box: the cost estimate of the next message */
  estimate?: ReactNode
}

/** The prompt box; the text stays until a reply arrives, so a failure never loses it. */
export function ChatComposer({
  value,
  onChange,
  onSend,
  onStop,
  busy,
  disabledReason,
  estimate,
}: Props) {
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (!busy && value.trim() && !disabledReason) onSend()
      }}
    >
      <label className="sr-only" htmlFor="chat-prompt">
        Message
      </label>
      <Textarea
        id="chat-prompt"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            e.currentTarget.form?.requestSubmit()
          }
        }}
        rows={3}
        placeholder="Ask something…"
      />
      <div className="flex items-center gap-2">
        {busy ? (
          <Button variant="secondary" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={!value.trim() || Boolean(disabledReason)}>
            Send
          </Button>
        )}
        {disabledReason ? <span className="text-xs text-muted">{disabledReason}</span> : null}
      </div>
      {estimate}
    </form>
  )
}
