import { lazy, Suspense } from 'react'
import { ChainText } from '@/components/ui/chain-text'
import type { ChatMessage } from '@/lib/playground/conversation'
import { cn } from '@/lib/cn'
import { TestId } from '@/lib/test-ids'
import { stripBidi } from '@/lib/untrusted-text'
import { ReceiptButton } from './receipt-button'
import { ResponseCost } from './response-cost'
import { VerificationBadge } from './verification-badge'

const MarkdownView = lazy(async () => ({ default: (await import('./markdown-view')).MarkdownView }))

/** One message; replies render sanitized Markdown with their cost, verdict and receipt. */
export function ChatMessageView({
  message,
  onRetryVerdict,
}: {
  message: ChatMessage
  /** Asks for a "no proof" reply's signature again. */
  onRetryVerdict?: (message: ChatMessage) => void
}) {
  const mine = message.role === 'user'
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
        {mine ? 'You' : <ChainText value={message.model ?? ''} empty="Assistant" />}
      </p>
      {mine ? (
        <p className="text-sm whitespace-pre-wrap">{stripBidi(message.content)}</p>
      ) : (
        <Suspense
          fallback={<p className="text-sm whitespace-pre-wrap">{stripBidi(message.content)}</p>}
        >
          <MarkdownView text={message.content} />
        </Suspense>
      )}
      {!mine ? (
        <div className="flex flex-wrap items-center gap-3">
          {message.verification ? (
            <VerificationBadge
              verification={message.verification}
              onRetry={onRetryVerdict ? () => onRetryVerdict(message) : undefined}
            />
          ) : null}
          <ResponseCost
            fee={message.fee}
            detail={
              message.usage
                ? `${message.usage.input} in / ${message.usage.output} out tokens`
                : undefined
            }
          />
          {message.receipt ? <ReceiptButton receipt={message.receipt} /> : null}
        </div>
      ) : null}
    </article>
  )
}
