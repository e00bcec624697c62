import { useMutation, useQuery } from '@tanstack/react-query'
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

/** Clears everything stored locally, then reloads so no in-memory copy survives. */
export function useClearLocalData() {
  return useMutation({
    mutationFn: clearLocalData,
    onSuccess: () => window.location.reload(),
  })
}
