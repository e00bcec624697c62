/**
 * The catalog's first screen saved in this browser: the services of page 1 per network
 * (`persisted-first-screen.ts` writes and checks them) and the text of its first rows for the
 * preview index.html draws (`lib/catalog/first-screen-preview.ts`). localStorage, not IndexedDB:
 * both are read synchronously before or while the page first renders, which IndexedDB cannot do.
 * Cleared with "Clear local data" (`0g-` keys).
 */
import { FIRST_SCREEN_PREVIEW_KEY } from '@/lib/catalog/first-screen-preview'
import { noteStorageFailure } from './storage-health'

const key = (chainId: number) => `0g-catalog-first:v1:${chainId}`

/** The saved text for `chainId`, or null (none, or storage unavailable). Untrusted. */
export function readFirstScreen(chainId: number): string | null {
  try {
    return localStorage.getItem(key(chainId))
  } catch {
    return null
  }
}

/**
 * Saves `text` for `chainId` (null removes it); a refusal (quota, private mode) leaves the next
 * visit to wait for the saved catalog.
 */
export function writeFirstScreen(chainId: number, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(key(chainId))
    else localStorage.setItem(key(chainId), text)
  } catch {
    noteStorageFailure('localStorage')
  }
}

/**
 * Saves the text index.html's preview script draws on the next visit (null removes it). One for
 * the network last shown: the script runs before the app knows which network it will show.
 */
export function writeFirstScreenPreview(text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(FIRST_SCREEN_PREVIEW_KEY)
    else localStorage.setItem(FIRST_SCREEN_PREVIEW_KEY, text)
  } catch {
    noteStorageFailure('localStorage')
  }
}
