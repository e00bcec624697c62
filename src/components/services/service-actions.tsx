import { Link } from 'react-router'
import { playgroundHref } from '@/config/paths'

const linkClass =
  'inline-flex h-9 items-center rounded-md border border-border bg-surface-raised px-4 text-sm font-medium hover:bg-surface-hover'

/** Actions from a service page: open it in the Playground, add it to a comparison. */
export function ServiceActions({ provider }: { provider: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Link to={playgroundHref(provider)} className={linkClass}>
        Open in Playground
      </Link>
      <Link to={`/?cmp=${encodeURIComponent(provider)}`} className={linkClass}>
        Compare with others
      </Link>
    </div>
  )
}
