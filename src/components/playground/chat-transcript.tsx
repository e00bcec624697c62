import type { ChatMessage } from '@/lib/playground/conversation'
import { TestId } from '@/lib/test-ids'
import { stripBidi } from '@/lib/untrusted-text'
import { ChatMessageView } from './chat-message'

interface Props {
  messages: ChatMessage[]
  /** The prompt being answered right now (not saved until the reply arrives). */
  pendingPrompt: string | null
  streaming: string | null
  /** Asks for a "no proof" reply's signature again. */
  onRetryVerdict?: (message: ChatMessage) => void
  /** Replaces a user message and sends again from there. */
  onEdit?: (message: ChatMessage, text: string) => void
  /** Answers the last message again (shown on the last reply). */
  onRegenerate?: () => void
  busy?: boolean
}

/** The conversation so far, plus the prompt in flight and the reply streaming in. */
export function ChatTranscript({
  messages,
  pendingPrompt,
  streaming,
  onRetryVerdict,
  onEdit,
  onRegenerate,
  busy,
}: Props) {
  return (
    <div aria-label="Transcript" role="log" className="flex flex-col gap-3">
      {messages.map((m, i) => (
        <ChatMessageView
          key={m.id}
          message={m}
          onRetryVerdict={onRetryVerdict}
          onEdit={onEdit}
          onRegenerate={
            i === messages.length - 1 && m.role === 'assistant' ? onRegenerate : undefined
          }
          busy={busy}
        />
      ))}
      {pendingPrompt !== null ? (
        <article className="min-w-0 rounded-lg border border-dashed border-border p-3 text-sm whitespace-pre-wrap text-muted [overflow-wrap:anywhere]">
          {stripBidi(pendingPrompt)}
        </article>
      ) : null}
      {streaming !== null ? (
        <article
          data-testid={TestId.ChatStreaming}
          className="flex min-w-0 flex-col gap-2 rounded-lg border border-border p-3 [overflow-wrap:anywhere]"
        >
          <p className="text-sm whitespace-pre-wrap">{stripBidi(streaming) || '…'}</p>
          <span className="text-xs text-muted">
            Streaming… the verdict follows the complete reply
          </span>
        </article>
      ) : null}
    </div>
  )
}
