import { useEffect } from 'react'

/**
 * Calls `refetch` when the tab becomes visible again (the app turns TanStack's focus refetch off
 * globally; balances are the exception because settlements happen while the tab is away).
 */
export function useRefetchOnFocus(refetch: () => unknown, enabled = true) {
  useEffect(() => {
    if (!enabled) return
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch()
    }
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('focus', onVisible)
    return () => {
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('focus', onVisible)
    }
  }, [enabled, refetch])
}
