import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { paths } from '@/config/paths'
import { toUserError } from '@/lib/errors/user-error'
import { TestId } from '@/lib/test-ids'
import { ClearLocalData } from './clear-local-data'

/**
 * Fallback for a route that failed to load or render (react-router errorElement). It always offers
 * "Clear local data": when stored data is what breaks a page, the Settings page may be broken too.
 */
export function RouteError() {
  const error = useRouteError()
  const { title, detail } = isRouteErrorResponse(error)
    ? { title: `${error.status} ${error.statusText}`, detail: undefined }
    : toUserError(error)
  return (
    <div role="alert" data-testid={TestId.AppError} className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-xl font-semibold">This page failed to load</h1>
      <p className="mt-2 text-danger">{title}</p>
      {detail ? <p className="mt-1 text-sm text-muted">{detail}</p> : null}
      <div className="mt-6 flex gap-4 text-sm">
        <button type="button" className="text-accent underline" onClick={() => location.reload()}>
          Reload
        </button>
        <Link to={paths.marketplace} className="text-accent underline">
          Go to the marketplace
        </Link>
      </div>
      <div className="mt-6">
        <ClearLocalData size="sm" showError>
          If stored data keeps this page from loading, clearing it helps. This deletes all
          conversations, receipts, images, records and session tokens of this app in this browser;
          funds and API keys on chain are not affected. This cannot be undone.
        </ClearLocalData>
      </div>
    </div>
  )
}
