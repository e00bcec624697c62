/**
 * Whether the marketplace's first-run guide was dismissed in this browser (one flag for every
 * chain and wallet: the guide is about the app, not an account). Cleared with "Clear local data".
 */
import { noteStorageFailure } from './storage-health'

const KEY = '0g-first-run-guide:v1'

/** True when the user dismissed the guide; false when never dismissed or storage is unreadable. */
export function isGuideDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === 'dismissed'
  } catch {
    return false
  }
}

/** Remembers the dismissal; when storage refuses, the guide stays hidden for this page load only. */
export function dismissGuide(): void {
  try {
    localStorage.setItem(KEY, 'dismissed')
  } catch {
    noteStorageFailure('localStorage')
  }
}
