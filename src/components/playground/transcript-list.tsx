import { Button } from '@/components/ui/button'
import type { Transcript } from '@/lib/playground/conversation'
import { TestId } from '@/lib/test-ids'
import { stripBidi } from '@/lib/untrusted-text'
import { SavedItem } from './saved-item'
import { VerdictMark } from './verification-badge'

interface Props {
  items: readonly Transcript[]
  /** the transcript shown above the list */
  openId: string | null
  onOpen: (id: string) => void
  onDelete: (id: string) => void
}

/** The stored transcripts, newest first, each with its verdict: open one, or delete it. */
export function TranscriptList({ items, openId, onOpen, onDelete }: Props) {
  return (
    <section aria-label="Transcripts" className="flex flex-col gap-2">
      <h3 className="text-sm font-medium">History</h3>
      {items.length === 0 ? (
        <p className="text-xs text-muted">No transcripts yet: transcribe a file to start</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {items.map((t) => {
            const name = stripBidi(t.fileName) || 'audio'
            const when = new Date(t.createdAt).toLocaleString()
            return (
              <SavedItem
                key={t.id}
                testId={TestId.TranscriptItem}
                current={t.id === openId}
                className="flex flex-wrap items-center gap-2"
              >
                <button
                  type="button"
                  className="min-w-0 flex-1 truncate text-left text-sm"
                  aria-current={t.id === openId ? 'true' : undefined}
                  onClick={() => onOpen(t.id)}
                >
                  {name} · {when}
                </button>
                <VerdictMark verification={t.verification} />
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-danger"
                  aria-label={`Delete transcript ${name} of ${when}`}
                  onClick={() => onDelete(t.id)}
                >
                  Delete
                </Button>
              </SavedItem>
            )
          })}
        </ul>
      )}
    </section>
  )
}
