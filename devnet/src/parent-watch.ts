/**
 * `npm run` puts a shell between npm and us, and that shell does not pass SIGTERM on: when npm is
 * terminated we are orphaned instead. Treat losing the parent like SIGTERM so nothing is left behind.
 */
export function onParentExit(stop: () => void, intervalMs = 500): void {
  const parent = process.ppid
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer)
      stop()
    }
  }, intervalMs)
  timer.unref()
}
