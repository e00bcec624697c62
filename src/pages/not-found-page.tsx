import { Link } from 'react-router'
import { paths } from '@/config/paths'

/** Any unknown route. */
export function NotFoundPage() {
  return (
    <div className="flex flex-col items-start gap-3 py-12">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-sm text-muted">There is nothing at this address.</p>
      <Link to={paths.marketplace} className="text-sm text-accent underline">
        Go to the marketplace
      </Link>
    </div>
  )
}
