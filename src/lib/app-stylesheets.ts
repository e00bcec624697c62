/**
 * Resolves once the app's stylesheets, which index.html's inline script adds without blocking the
 * first paint (`startAppScripts`, lib/catalog/first-screen-preview.ts), have loaded or failed, or
 * after `maxMs`: main.tsx renders the app then, never before its rules apply. At once when there
 * are none pending (the dev server's styles come with the modules).
 */
import { APP_STYLESHEET_ATTRIBUTE } from './catalog/first-screen-preview'

export function appStylesheetsLoaded(doc: Document, maxMs = 10_000): Promise<void> {
  const pending = Array.from(
    doc.querySelectorAll<HTMLLinkElement>(`link[${APP_STYLESHEET_ATTRIBUTE}]`),
  ).filter((link) => link.sheet === null)
  if (pending.length === 0) return Promise.resolve()
  return new Promise((resolve) => {
    let left = pending.length
    const settled = () => {
      left -= 1
      if (left === 0) resolve()
    }
    for (const link of pending) {
      link.addEventListener('load', settled, { once: true })
      link.addEventListener('error', settled, { once: true })
    }
    // A stylesheet that never answers must not keep the app from starting.
    setTimeout(resolve, maxMs)
  })
}
