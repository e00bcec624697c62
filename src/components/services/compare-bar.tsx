import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { compareHref } from '@/config/paths'

interface CompareBarProps {
  selected: readonly string[]
  onClear: () => void
}

/** Shows the compare selection (2–4 services) with a link to the side-by-side view. */
export function CompareBar({ selected, onClear }: CompareBarProps) {
  if (selected.length === 0) return null
  const ready = selected.length >= 2
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-border px-4 py-3 text-sm">
      <span>
        {selected.length} of 4 selected for comparison
        {ready ? '' : ' (pick at least 2)'}
      </span>
      {ready ? (
        <Link
          to={compareHref(selected)}
          className="inline-flex h-10 items-center rounded-md bg-accent-strong px-3 text-sm font-medium text-accent-foreground"
        >
          Compare {selected.length} services
        </Link>
      ) : null}
      <Button variant="ghost" size="sm" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  )
}
