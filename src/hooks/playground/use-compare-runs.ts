import { useCallback, useMemo } from 'react'
import { deleteCompareRun, listCompareRuns, saveCompareRun } from '@/api/conversation-store'
import type { CompareColumnRecord, CompareRun } from '@/lib/playground/conversation'
import type { VerdictPatch } from '@/lib/playground/paid-exchange'
import type { VerdictStore } from './use-paid-exchange'
import { useStoredList, type StoreAccess } from './use-stored-list'

const COMPARE_RUNS: StoreAccess<CompareRun> = {
  name: 'compare-runs',
  list: listCompareRuns,
  put: saveCompareRun,
  remove: deleteCompareRun,
}

/**
 * The wallet's side-by-side runs on this chain (IndexedDB), newest first, with `patchColumn` (one
 * column of a run, from the latest cached state) and `verdicts`: every column is one paid
 * response, whose check stores and resumes by the column's id.
 */
export function useCompareRuns() {
  const { items, error, save, update, remove } = useStoredList(COMPARE_RUNS)
  const patchColumn = useCallback(
    (columnId: string, patch: Partial<CompareColumnRecord>) =>
      update(
        (run) => run.columns.some((c) => c.id === columnId),
        (run) => ({
          ...run,
          columns: run.columns.map((c) => (c.id === columnId ? { ...c, ...patch } : c)),
        }),
      ),
    [update],
  )
  const patchVerdict = useCallback(
    (id: string, p: VerdictPatch) => patchColumn(id, p),
    [patchColumn],
  )
  const verdicts = useMemo<VerdictStore>(
    () => ({ pending: items.flatMap((r) => r.columns), patchVerdict }),
    [items, patchVerdict],
  )
  return { runs: items, error, save, patchColumn, remove, verdicts }
}
