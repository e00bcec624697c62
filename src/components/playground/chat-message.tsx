import { lazy, Suspense, useState } from 'react'
import { Button } from '@/components/ui/button'
import { ChainText } from '@/components/ui/chain-text'
import { Textarea } from '@/components/ui/textarea'
import type { ChatMessage } from '@/lib/playground/conversation'
import { cn } from '@/lib/cn'
import { TestId } from '@/lib/test-ids'
import { stripBidi } from '@/lib/untrusted-text'
import { ReceiptButton } from './receipt-button'
import { ResponseCost } from './response-cost'
import { VerificationBadge } from './verification-badge'

const MarkdownView = lazy(async () => ({ default: (await import('./markdown-view')).MarkdownView }))

interface Props {
  message: ChatMessage
  /** Asks for a "no proof" reply's signature again. */
  onRetryVerdict?: (message: ChatMessage) => void
  /** User messages: replaces this message with `text`, drops what follows and sends again. */
  onEdit?: (message: ChatMessage, text: string) => void
  /** The last reply: answers the same history again (a new paid exchange). */
  onRegenerate?: () => void
  /** A request is in flight: no edit or regenerate now. */
  busy?: boolean
}

/**
 * One message; replies render sanitized Markdown with their cost, verdict and receipt, and a
 * regenerated reply pages through its earlier versions ("1/2"), each with its own verdict.
 */
export function ChatMessageView({ message, onRetryVerdict, onEdit, onRegenerate, busy }: Props) {
  const mine = message.role === 'user'
  const [editing, setEditing] = useState<string | null>(null)
  const versions = [...(message.alternatives ?? []), message]
  // null: the newest version; otherwise the index of an earlier one the user paged to.
  const [picked, setPicked] = useState<number | null>(null)
  const index = Math.min(picked ?? versions.length - 1, versions.length - 1)
  const shown = versions[index] ?? message
  const save = () => {
    if (editing === null || !editing.trim() || !onEdit) return
    onEdit(message, editing)
    setEditing(null)
  }
  return (
    <article
      data-testid={TestId.ChatMessage}
      data-role={message.role}
      className={cn(
        // A hostile reply (one 300 000-character line) wraps inside the message, never widens the page.
        'flex min-w-0 flex-col gap-2 rounded-lg border border-border p-3 [overflow-wrap:anywhere]',
        mine ? 'bg-surface' : 'bg-surface-raised',
      )}
    >
      <p className="text-xs font-medium text-muted">
        {mine ? 'You' : <ChainText value={shown.model ?? ''} empty="Assistant" />}
      </p>
      {mine && editing !== null ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            save()
          }}
        >
          <label className="sr-only" htmlFor={`edit-${message.id}`}>
            Edit your message
          </label>
          <Textarea
            id={`edit-${message.id}`}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            rows={3}
          />
          <p className="text-xs text-muted">
            Sending drops the replies after this message (what they cost stays in your spend).
          </p>
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={busy || !editing.trim()}>
              Save and send
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : mine ? (
        <p className="text-sm whitespace-pre-wrap">{stripBidi(message.content)}</p>
      ) : (
        <Suspense
          fallback={<p className="text-sm whitespace-pre-wrap">{stripBidi(shown.content)}</p>}
        >
          <MarkdownView text={shown.content} />
        </Suspense>
      )}
      {mine && onEdit && editing === null ? (
        <Button
          size="sm"
          variant="ghost"
          className="w-fit"
          disabled={busy}
          onClick={() => setEditing(message.content)}
        >
          Edit
        </Button>
      ) : null}
      {!mine ? (
        <div className="flex flex-wrap items-center gap-3">
          {versions.length > 1 ? (
            <span className="flex items-center gap-1 text-xs text-muted">
              <Button
                size="sm"
                variant="ghost"
                aria-label="Previous reply"
                disabled={index === 0}
                onClick={() => setPicked(index - 1)}
              >
                ‹
              </Button>
              <span data-testid={TestId.ReplyVersion}>
                {index + 1}/{versions.length}
              </span>
              <Button
                size="sm"
                variant="ghost"
                aria-label="Next reply"
                disabled={index === versions.length - 1}
                onClick={() => setPicked(index + 1)}
              >
                ›
              </Button>
            </span>
          ) : null}
          {shown.verification ? (
            <VerificationBadge
              key={shown.id}
              verification={shown.verification}
              onRetry={onRetryVerdict ? () => onRetryVerdict(shown) : undefined}
            />
          ) : null}
          <ResponseCost
            fee={shown.fee}
            detail={
              shown.usage ? `${shown.usage.input} in / ${shown.usage.output} out tokens` : undefined
            }
          />
          {shown.receipt ? <ReceiptButton receipt={shown.receipt} /> : null}
          {onRegenerate ? (
            <Button size="sm" variant="ghost" disabled={busy} onClick={onRegenerate}>
              Regenerate
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  )
}
