import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { useClearLocalData } from '@/hooks/settings/use-local-data'
import { toUserError } from '@/lib/errors/user-error'

/**
 * "Clear local data…" with a confirmation, usable where the Settings page cannot be reached (the
 * error screen): deletes this app's localStorage and sessionStorage keys and its IndexedDB
 * databases, signs the wallet out of the app and reloads.
 */
export function ClearLocalData() {
  const clear = useClearLocalData()
  const [confirming, setConfirming] = useState(false)
  if (!confirming)
    return (
      <Button variant="secondary" size="sm" className="w-fit" onClick={() => setConfirming(true)}>
        Clear local data…
      </Button>
    )
  return (
    <div className="flex flex-col gap-2 rounded-md border border-danger/50 p-3">
      <p className="text-sm">
        If stored data keeps this page from loading, clearing it helps. This deletes all
        conversations, receipts, images, records and session tokens of this app in this browser;
        funds and API keys on chain are not affected. This cannot be undone.
      </p>
      {clear.error ? <p className="text-sm text-danger">{toUserError(clear.error).title}</p> : null}
      <div className="flex gap-2">
        <Button
          variant="danger"
          size="sm"
          disabled={clear.isPending}
          onClick={() => clear.mutate()}
        >
          {clear.isPending ? 'Clearing…' : 'Delete everything'}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  )
}
