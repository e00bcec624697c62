import { useCallback, useMemo } from 'react'
import { deleteTranscript, listTranscripts, saveTranscript } from '@/api/conversation-store'
import type { Transcript } from '@/lib/playground/conversation'
import type { VerdictPatch } from '@/lib/playground/paid-exchange'
import type { VerdictStore } from './use-paid-exchange'
import { useStoredList, type StoreAccess } from './use-stored-list'

const TRANSCRIPTS: StoreAccess<Transcript> = {
  name: 'transcripts',
  list: listTranscripts,
  put: saveTranscript,
  remove: deleteTranscript,
}

/**
 * The wallet's speech-to-text results on this chain (IndexedDB), newest first, each with its cost,
 * verdict and receipt; `verdicts` is where their checks store and resume.
 */
export function useTranscripts() {
  const { items, error, save, update, remove } = useStoredList(TRANSCRIPTS)
  const patchVerdict = useCallback(
    (id: string, p: VerdictPatch) =>
      update(
        (x) => x.id === id,
        (x) => ({ ...x, ...p }),
      ),
    [update],
  )
  const verdicts = useMemo<VerdictStore>(
    () => ({ pending: items, patchVerdict }),
    [items, patchVerdict],
  )
  return { items, error, save, remove, verdicts }
}
