import { useMutation, useQuery } from '@tanstack/react-query'
import { useDisconnect } from 'wagmi'
import { clearLocalData, summarizeLocalData } from '@/api/local-data'

/** What this app stores in the browser (counts and sizes), re-read on every visit. */
export function useLocalData() {
  return useQuery({
    queryKey: ['settings', 'local-data'],
    queryFn: summarizeLocalData,
    staleTime: 0,
    gcTime: 0,
  })
}

/**
 * Clears everything stored locally, then reloads so no in-memory copy survives. The wallet is
 * disconnected first, or wagmi would write its connection back before the reload.
 */
export function useClearLocalData() {
  const { disconnectAsync } = useDisconnect()
  return useMutation({
    mutationFn: async () => {
      await disconnectAsync().catch(() => undefined)
      await clearLocalData()
    },
    onSuccess: () => window.location.reload(),
  })
}
