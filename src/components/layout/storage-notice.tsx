import { useStorageFailures } from '@/hooks/settings/use-storage-failures'
import { useUnreadableRecordCount } from '@/hooks/settings/use-unreadable-record-count'

const WHAT = {
  localStorage: 'usage records, the transaction log, API-key list and provider health',
  indexedDB: 'conversations, receipts and the image gallery',
} as const

/**
 * Says what this tab cannot keep when browser storage is unavailable (private mode) or full, and
 * how many stored records were unreadable (malformed or tampered with) and skipped.
 */
export function StorageNotice() {
  const failed = useStorageFailures()
  const unreadable = useUnreadableRecordCount()
  if (failed.length === 0 && unreadable === 0) return null
  return (
    <div
      role="status"
      aria-label="Storage"
      className="border-b border-warning/40 bg-warning/10 px-4 py-2 text-sm"
    >
      {failed.length > 0 ? (
        <p className="mx-auto max-w-6xl">
          Browser storage is unavailable or full: {failed.map((a) => WHAT[a]).join('; ')} are kept
          only until this tab closes. Everything else works.
        </p>
      ) : null}
      {unreadable > 0 ? (
        <p className="mx-auto max-w-6xl">
          {unreadable === 1
            ? '1 stored record was unreadable and was skipped.'
            : `${unreadable} stored records were unreadable and were skipped.`}{' '}
          The rest of your data is shown. Settings → Local data can clear it all.
        </p>
      ) : null}
    </div>
  )
}
