import { useStorageFailures } from '@/hooks/settings/use-storage-health'

const WHAT = {
  localStorage: 'usage records, the transaction log, API-key list and provider health',
  indexedDB: 'conversations, receipts and the image gallery',
} as const

/** Says what this tab cannot keep when browser storage is unavailable (private mode) or full. */
export function StorageNotice() {
  const failed = useStorageFailures()
  if (failed.length === 0) return null
  return (
    <div
      role="status"
      aria-label="Storage"
      className="border-b border-warning/40 bg-warning/10 px-4 py-2 text-sm"
    >
      <p className="mx-auto max-w-6xl">
        Browser storage is unavailable or full: {failed.map((a) => WHAT[a]).join('; ')} are kept
        only until this tab closes. Everything else works.
      </p>
    </div>
  )
}
