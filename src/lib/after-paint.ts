/**
 * Resolves once the browser has painted the frame being prepared (the next animation frame, then a
 * task after it), or after `maxMs` where frames do not run (a background tab).
 */
export function afterNextPaint(maxMs = 500): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}
