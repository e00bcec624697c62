import { startTransition, useCallback, useEffect, useState } from 'react'

/** Rows in a table's first frame (what a first screen shows). */
export const FIRST_FRAME_ROWS = 8
/** Rows added each time the end of the shown rows is within a screen's height below the screen. */
export const ROWS_STEP = 12

/**
 * A rest this short is drawn with the rows before it rather than waiting for a scroll: a page of
 * up to 20 rows (today's 0G networks list tens of services) is drawn whole after the first frame.
 */
export const SHORT_REST = ROWS_STEP

const canObserve = () => typeof IntersectionObserver !== 'undefined'

/**
 * How many of a long table's `total` rows to render: FIRST_FRAME_ROWS until its first frame has
 * been painted, then more, ROWS_STEP at a time, while the element passed to `setEnd` (a row after
 * the shown ones) is less than a screen's height below the screen; `showAll` renders every row
 * (a button in that row, for keyboard and screen-reader users). A rest of at most SHORT_REST rows
 * comes with the rows before it. Where IntersectionObserver does not exist, every row after the
 * first frame.
 *
 * Why: laying out a page of 50 rows took ~170 ms on a phone's CPU (×4 throttling) before anything
 * of the table was painted, and every restyle of the page (a search keystroke, or the one
 * Chromium sometimes runs on the old page when a reload begins) costs in proportion to its
 * elements, of which the rows are ~90 %. A phone's screen shows about 8 of them.
 */
export function useRowsNearScreen(total: number) {
  const [painted, setPainted] = useState(false)
  const [limit, setLimit] = useState(FIRST_FRAME_ROWS)
  const [end, setEnd] = useState<Element | null>(null)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0)
    })
    // Where frames do not run (a background tab), go on after a moment.
    const fallback = setTimeout(() => setPainted(true), 500)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      clearTimeout(fallback)
    }
  }, [])
  useEffect(() => {
    if (!painted || shownOf(total, painted, limit) >= total || !end || !canObserve()) return
    // A new observer for each limit: its first report says where the end row is now (an
    // observer that stays attached reports only crossings, and the row may still be near).
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting))
          startTransition(() => setLimit((l) => Math.max(l, limit + ROWS_STEP)))
      },
      { rootMargin: '0px 0px 100% 0px' },
    )
    observer.observe(end)
    return () => observer.disconnect()
  }, [painted, limit, total, end])
  const showAll = useCallback(() => setLimit(Infinity), [])
  return { shown: shownOf(total, painted, limit), setEnd, showAll }
}

function shownOf(total: number, painted: boolean, limit: number): number {
  if (!painted) return Math.min(total, FIRST_FRAME_ROWS)
  const shown = canObserve() ? limit : total
  return total - shown <= SHORT_REST ? total : shown
}
