/**
 * User Timing marks of the load's milestones, read by the bench (`bench/profile-returning.ts`,
 * `bench/first-row.ts`) to say where a load's time goes. A mark costs microseconds; a browser
 * without the User Timing API just has no marks.
 */
export const BootMark = {
  /** The first application module runs (every script of the first screen is loaded). */
  script: 'app:script',
  /** React is handed the tree. */
  render: 'app:render',
  /** The catalog saved in this browser was read back (or found missing). */
  savedCatalog: 'catalog:saved-read',
  /** The first service rows were committed to the page. */
  firstRows: 'catalog:first-rows',
  /**
   * Element Timing identifier of the first paint of a services table: the app's, or the saved
   * preview index.html draws before the app runs (not a mark).
   */
  rowsPaint: 'services-table',
} as const

const marked = new Set<string>()

/** Marks `name` the first time only (a milestone, not every re-render). */
export function markOnce(
  name: Exclude<(typeof BootMark)[keyof typeof BootMark], 'services-table'>,
): void {
  if (marked.has(name)) return
  marked.add(name)
  try {
    performance.mark(name)
  } catch {
    /* no User Timing API */
  }
}
