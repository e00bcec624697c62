import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { conversationToJson, conversationToMarkdown } from '@/lib/playground/conversation-export'
import { matchesQuery, type Conversation } from '@/lib/playground/conversation'
import { TestId } from '@/lib/test-ids'
import { stripBidi } from '@/lib/untrusted-text'
import { downloadText } from './download'
import { SavedItem } from './saved-item'

interface Props {
  conversations: Conversation[]
  activeId: string | null
  onSelect: (id: string | null) => void
  onDelete: (id: string) => void
}

/** Saved conversations: search, open, delete, export as JSON or Markdown. */
export function ConversationList({ conversations, activeId, onSelect, onDelete }: Props) {
  const [query, setQuery] = useState('')
  const shown = conversations.filter((c) => matchesQuery(c, query))
  return (
    <nav aria-label="Conversations" className="flex flex-col gap-2">
      <Button variant="secondary" size="sm" onClick={() => onSelect(null)}>
        New chat
      </Button>
      <Input
        type="search"
        aria-label="Search conversations"
        placeholder="Search…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="flex flex-col gap-1">
        {shown.map((c) => (
          <SavedItem key={c.id} testId={TestId.ConversationItem} current={c.id === activeId}>
            <button
              type="button"
              className="w-full truncate text-left text-sm"
              onClick={() => onSelect(c.id)}
            >
              {stripBidi(c.title)}
            </button>
            {c.id === activeId ? (
              <div className="mt-1 flex flex-wrap gap-2 text-xs text-muted">
                <button
                  type="button"
                  onClick={() => downloadText(`${stripBidi(c.title)}.json`, conversationToJson(c))}
                >
                  JSON
                </button>
                <button
                  type="button"
                  onClick={() =>
                    downloadText(
                      `${stripBidi(c.title)}.md`,
                      conversationToMarkdown(c),
                      'text/markdown',
                    )
                  }
                >
                  Markdown
                </button>
                <button
                  type="button"
                  className="text-danger"
                  onClick={() => onDelete(c.id)}
                  aria-label={`Delete ${stripBidi(c.title)}`}
                >
                  Delete
                </button>
              </div>
            ) : null}
          </SavedItem>
        ))}
        {shown.length === 0 ? (
          <li className="text-xs text-muted">
            {query
              ? 'No match: try other words'
              : 'No conversations yet: send a message to start one'}
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
