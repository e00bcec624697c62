/**
 * The catalog at scale, in Chromium: time to the first row, time from a search keystroke to the
 * list's update, and the JS heap, with N services registered on the devnet.
 */
import type { Browser } from 'playwright-core'
import { installBenchWallet } from './bench-wallet'
import { rowsPaintedAt } from './first-row'

export interface ScaleSample {
  services: number
  /** When Playwright saw the first row (after the main thread freed up), from navigation. */
  firstRowMs: number | null
  /** When the first rows were painted (Element Timing of the table), from navigation. */
  firstRowPaintedMs: number | null
  /** Keys typed right after the first row, while the rest of the catalog is still being read. */
  keystrokeMs: number[]
  /** Per key typed, in order; -1 for a key that changed nothing on screen. */
  perKeyMs: number[]
  /** The same keys typed again once the whole catalog is read (nothing loading meanwhile). */
  keystrokeCompleteMs: number[]
  perKeyCompleteMs: number[]
  jsHeapMiB: number | null
}

/**
 * One cold load of the catalog, then `query` typed into the search box one key at a time and
 * erased again with Backspace: once right after the first row (while a large catalog is still
 * streaming in), once more after the whole catalog is read.
 */
export async function measureCatalogAtScale(
  browser: Browser,
  url: string,
  rpcUrl: string,
  services: number,
  // Extra services are named "<model>-x<i>": every key of "x1234" narrows the list, and every
  // Backspace widens it again, so each of the 10 keys changes what is on screen.
  query = 'x1234',
): Promise<ScaleSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await installBenchWallet(page, rpcUrl)
  await page.goto(url, { waitUntil: 'commit' })
  let firstRowMs: number | null = null
  let firstRowPaintedMs: number | null = null
  try {
    await page.waitForSelector('[data-testid="service-row"]', {
      state: 'visible',
      timeout: 120_000,
    })
    firstRowMs = await page.evaluate(() => performance.now())
    firstRowPaintedMs = await rowsPaintedAt(page)
  } catch {
    /* reported as null */
  }
  const search = page.getByRole('searchbox', { name: 'Search services' })
  await search.click()
  // Time from the input event to the first DOM change after it, then to the next frame (paint).
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { t0: number; done: Promise<number> | null } }
    w.__bench = { t0: 0, done: null }
    document.addEventListener(
      'input',
      () => {
        w.__bench.t0 = performance.now()
        w.__bench.done = new Promise((resolve) => {
          // A keystroke that changes nothing on screen (same rows) resolves as -1 and is not counted.
          const idle = setTimeout(() => {
            obs.disconnect()
            resolve(-1)
          }, 2000)
          const obs = new MutationObserver(() => {
            obs.disconnect()
            clearTimeout(idle)
            requestAnimationFrame(() => resolve(performance.now() - w.__bench.t0))
          })
          obs.observe(document.querySelector('main') ?? document.body, {
            childList: true,
            subtree: true,
            characterData: true,
          })
        })
      },
      true,
    )
  })
  const keys = [...query, ...Array.from(query, () => 'Backspace')]
  const typeKeys = async () => {
    const keystrokeMs: number[] = []
    const perKeyMs: number[] = []
    for (const key of keys) {
      await page.keyboard.press(key)
      const ms = await page.evaluate(
        () => (window as unknown as { __bench: { done: Promise<number> | null } }).__bench.done,
      )
      perKeyMs.push(typeof ms === 'number' ? Math.round(ms) : -1)
      if (typeof ms === 'number' && ms >= 0) keystrokeMs.push(ms)
    }
    return { keystrokeMs, perKeyMs }
  }
  const { keystrokeMs, perKeyMs } = await typeKeys()
  // The summary says "N of M services, reading the rest…" until the read is complete.
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="services-count"]')?.textContent?.includes('reading'),
    undefined,
    { timeout: 180_000 },
  )
  await page.waitForTimeout(500)
  const complete = await typeKeys()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[]
  }
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value
  await context.close()
  return {
    services,
    firstRowMs,
    firstRowPaintedMs,
    keystrokeMs,
    perKeyMs,
    keystrokeCompleteMs: complete.keystrokeMs,
    perKeyCompleteMs: complete.perKeyMs,
    jsHeapMiB: heap ? heap / 2 ** 20 : null,
  }
}

export type { Browser }
