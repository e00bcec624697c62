/**
 * The app's TanStack QueryClient (defaults: docs/house-style.md, Data). A failed mutation toasts
 * here unless it is one of wagmi's own or shows its error inline and opts out with
 * `meta: { silentError: true }` (the playground, API-key, provider-check and network-switch
 * mutations do). Toasts also come from elsewhere: each mined transaction's outcome
 * (src/chain/tx/tx-tracker.ts) and a failed network switch
 * (src/components/layout/network-selector.tsx).
 */
import { MutationCache, QueryClient } from '@tanstack/react-query'
import { toUserError } from '@/lib/errors/user-error'
import { showToast } from '@/lib/toast'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { silentError?: boolean }
  }
}

/**
 * wagmi's own mutations have one-element keys (`['connect']`, `['switchChain']`); their errors reach
 * the user through RainbowKit's modal or through our domain mutation (two-part keys) that awaits them.
 */
function isWagmiMutation(key: readonly unknown[] | undefined): boolean {
  return key?.length === 1
}

/** Creates a client with the app defaults (one per app; tests create their own). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.meta?.silentError || isWagmiMutation(mutation.options.mutationKey)) return
        const userError = toUserError(error)
        showToast({
          tone: userError.kind === 'cancelled' ? 'neutral' : 'error',
          title: userError.title,
          detail: userError.detail,
        })
        if (userError.kind !== 'cancelled') console.error(userError.code, error)
      },
    }),
  })
}
