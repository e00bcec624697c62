import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import { useReceiptCheck } from '@/hooks/playground/use-receipt-check'
import { toUserError } from '@/lib/errors/user-error'
import { TestId } from '@/lib/test-ids'

/** Paste or load a receipt and re-check it against chain state. */
export function ReceiptVerifier() {
  const [text, setText] = useState('')
  const check = useReceiptCheck()
  const v = check.data
  return (
    <Card className="flex flex-col gap-3 p-4">
      <label className="flex flex-col gap-1 text-xs text-muted">
        Receipt file
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) =>
            void e.target.files?.[0]?.text().then((t) => (setText(t), check.reset()))
          }
          className="text-sm"
        />
      </label>
      <Field label="Receipt JSON">
        <Textarea
          value={text}
          onChange={(e) => (setText(e.target.value), check.reset())}
          rows={10}
          className="font-mono"
        />
      </Field>
      <Button
        className="w-fit"
        disabled={!text.trim() || check.isPending}
        onClick={() => check.mutate(text)}
      >
        {check.isPending ? 'Checking on chain…' : 'Verify receipt'}
      </Button>
      {check.error ? (
        <p role="alert" className="text-sm text-danger">
          {toUserError(check.error).title}
        </p>
      ) : null}
      {v ? (
        <div data-testid={TestId.ReceiptVerdict} data-ok={v.ok} className="flex flex-col gap-2">
          <p className={v.ok ? 'font-medium text-success' : 'font-medium text-danger'}>
            {v.ok
              ? 'Receipt verified against the chain'
              : `Receipt does not verify${v.error ? `: ${v.error}` : ''}`}
          </p>
          <ul className="flex flex-col gap-1 text-sm">
            {v.checks.map((c) => (
              <li
                key={c.label}
                data-testid={TestId.ReceiptCheck}
                className={c.ok ? 'text-success' : 'text-danger'}
              >
                {c.ok ? '✓' : '✗'} {c.label}
                {c.detail ? <span className="text-muted"> ({c.detail})</span> : null}
              </li>
            ))}
          </ul>
          {v.receipt ? (
            <ReceiptCoverage chatId={v.receipt.chatId} at={v.receipt.verifiedAt} />
          ) : null}
          {v.receipt?.responseText !== undefined ? (
            <ResponseText text={v.receipt.responseText} />
          ) : null}
        </div>
      ) : null}
    </Card>
  )
}

/** Says plainly what the checks above cover, and what the receipt merely states. */
function ReceiptCoverage({ chatId, at }: { chatId: string; at: string }) {
  return (
    <div data-testid={TestId.ReceiptCoverage} className="flex flex-col gap-1 text-xs text-muted">
      <p>
        The TEE signature covers only the request and response hashes (requestSha256,
        responseSha256). Model and service type were compared with the service on chain now.
      </p>
      <p className="min-w-0 [overflow-wrap:anywhere]">
        Not covered by any signature, as the receipt states them: chat id{' '}
        <span className="font-mono">{chatId.slice(0, 120)}</span>, verified at{' '}
        <span className="font-mono">{at.slice(0, 40)}</span>.
      </p>
    </div>
  )
}

/** Shown text of a receipt's response (inert text, capped). */
const SHOWN_TEXT_MAX = 20_000

/** The response text a receipt includes, as plain text (never HTML), capped. */
function ResponseText({ text }: { text: string }) {
  const more = text.length - SHOWN_TEXT_MAX
  return (
    <div className="flex flex-col gap-1 text-xs">
      <p className="text-muted">
        Response text included in the receipt (the exact bytes, hashed above against
        responseSha256):
      </p>
      <pre
        data-testid={TestId.ReceiptResponseText}
        className="max-h-80 overflow-auto rounded-md border border-border p-2 font-mono whitespace-pre-wrap [overflow-wrap:anywhere]"
      >
        {text.slice(0, SHOWN_TEXT_MAX)}
      </pre>
      {more > 0 ? <p className="text-muted">… {more} more characters not shown</p> : null}
    </div>
  )
}
