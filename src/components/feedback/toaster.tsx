import { useSyncExternalStore } from 'react'
import { cn } from '@/lib/cn'
import { dismissToast, getToasts, subscribeToasts, type ToastTone } from '@/lib/toast'

const tones: Record<ToastTone, string> = {
  neutral: 'border-border',
  success: 'border-success/50',
  error: 'border-danger/60',
}

/** Renders the toast store in the bottom-right corner (polite live region). */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts)
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2"
    >
      {toasts.map((t) => (
        <div
          key={t.id}
          role={t.tone === 'error' ? 'alert' : 'status'}
          className={cn(
            'pointer-events-auto rounded-md border bg-surface-raised p-3 shadow-lg',
            tones[t.tone],
          )}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="text-sm font-medium">{t.title}</p>
            <button
              type="button"
              aria-label="Dismiss"
              className="text-muted hover:text-foreground"
              onClick={() => dismissToast(t.id)}
            >
              ×
            </button>
          </div>
          {t.detail ? <p className="mt-1 text-xs text-muted">{t.detail}</p> : null}
        </div>
      ))}
    </div>
  )
}
