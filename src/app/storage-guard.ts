/**
 * wagmi and RainbowKit write localStorage (`wagmi.store`, `rk-version`, `rk-recent`) without
 * catching, so full or disabled storage (private mode) would crash a render. Their writes become
 * best effort; the failure is reported like our own stores' (the app shell shows a notice). The
 * app's own keys (`0g-…`) still throw, so our stores know what they could not keep.
 */
import { noteStorageFailure } from '@/api/storage-health'

/** Installs the guard once, wrapping whatever `setItem` the browser provides. */
export function guardLibraryStorageWrites(): void {
  const original = Storage.prototype.setItem
  Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
    try {
      original.call(this, key, value)
    } catch (error) {
      if (String(key).startsWith('0g-')) throw error
      noteStorageFailure('localStorage')
    }
  }
}
