import { Button } from '@/components/ui/button'
import type { CatalogChanges } from '@/lib/catalog/changes'
import { shortAddress } from '@/lib/format'
import { TestId } from '@/lib/test-ids'
import { ChainText } from '@/components/ui/chain-text'

interface CatalogChangesNoticeProps {
  changes: CatalogChanges
  onMarkSeen: () => void
}

/** "Since your last visit: 2 changed, 1 new, removed: …" with a button to clear the marks. */
export function CatalogChangesNotice({ changes, onMarkSeen }: CatalogChangesNoticeProps) {
  const { changed, added, removed } = changes
  if (changed.size + added.size + removed.length === 0) return null
  return (
    <div
      role="status"
      data-testid={TestId.CatalogChanges}
      className="flex flex-wrap items-start justify-between gap-3 border-b border-border bg-warning/5 px-4 py-3 text-sm"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <p>
          Since your last visit: {changed.size} changed, {added.size} new, {removed.length} removed.
        </p>
        {removed.length ? (
          <ul className="text-xs text-muted">
            {removed.slice(0, 20).map((r) => (
              <li key={r.provider} className="truncate">
                Removed: <ChainText value={r.model} max={120} wrap /> ({shortAddress(r.provider)})
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <Button variant="secondary" size="sm" onClick={onMarkSeen}>
        Mark all as seen
      </Button>
    </div>
  )
}
