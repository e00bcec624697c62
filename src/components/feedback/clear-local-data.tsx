import { useState, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { useClearLocalData } from '@/hooks/settings/use-local-data'
import { toUserError } from '@/lib/errors/user-error'

export interface ClearLocalDataProps {
  /** What the confirmation says will be deleted. */
  children: ReactNode
  /** The size of the "Clear local data…" button. */
  size?: 'sm' | 'md'
  /** The confirmation box is announced as an alert (Settings) or not (the error screen). */
  role?: 'alert'
  /** Shows why clearing failed (the error screen, where nothing else would). */
  showError?: boolean
}

/**
 * "Clear local data…" with a confirmation, on the Settings page and where it cannot be reached
 * (the error screen): deletes this app's localStorage and sessionStorage keys and its IndexedDB
 * databases, signs the wallet out of the app and reloads.
 */
export function ClearLocalData({ children, size = 'md', role, showError }: ClearLocalDataProps) {
  const clear = useClearLocalData()
  const [confirming, setConfirming] = useState(false)
  if (!confirming)
    return (
      <Button variant="secondary" size={size} className="w-fit" onClick={() => setConfirming(true)}>
        Clear local data…
      </Button>
    )
  return (
    <div role={role} className="flex flex-col gap-2 rounded-md border border-danger/50 p-3">
      <p className="text-sm">{children}</p>
      {showError && clear.error ? (
        <p className="text-sm text-danger">{toUserError(clear.error).title}</p>
      ) : null}
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
