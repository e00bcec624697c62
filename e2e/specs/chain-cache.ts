/**
 * Reads the app's IndexedDB chain cache (`src/api/chain-cache-store.ts`) from the page, for specs
 * that check what a visit saved for the next one.
 */
type Page = import('@playwright/test').Page

/**
 * How many own keys the value saved under `key` has, or null when nothing is saved under it. Call
 * it once the app has created the database (it has after saving its first snapshot): opening a
 * database that does not exist yet would create it without the app's store.
 */
export function chainCacheEntrySize(page: Page, key: string): Promise<number | null> {
  return page.evaluate(
    (wanted) =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('0g-chain-cache')
        open.onerror = () => resolve(null)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('snapshots')) {
            db.close()
            return resolve(null)
          }
          const req = db.transaction('snapshots').objectStore('snapshots').get(wanted)
          req.onsuccess = () => {
            db.close()
            resolve(req.result ? Object.keys(req.result as object).length : null)
          }
          req.onerror = () => {
            db.close()
            resolve(null)
          }
        }
      }),
    key,
  )
}
