/**
 * Cold loads in headless Chromium: time from navigation start to the first catalog row, first
 * contentful paint, and the JSON-RPC calls the page made (counted at the transport, batch-aware).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { chromiumLaunchOptions } from '../scripts/chromium'
import { BENCH_WALLET_RDNS, installBenchWallet } from './bench-wallet'
import { criticalPath, type LatencyProxy, type ProxiedRequest } from './latency-proxy'

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}

export interface LoadSample {
  /** When Playwright saw the first row (or the ready state), from navigation. */
  firstRowMs: number | null
  /** When the first rows were painted (`rowsPaintedAt`), from navigation. */
  firstRowPaintedMs?: number | null
  fcpMs: number | null
  /** The cold load's User Timing marks and paints (`marksOf`), with a row selector. */
  marks?: Record<string, number>
  rpcCalls: Record<string, number>
  foreignHosts: string[]
  /** With latency proxies: round trips that had finished when the row (or ready state) was seen. */
  roundTrips?: RoundTrips
  /** Returning visit (`reload`): first row after reloading in the same context. */
  returningFirstRowMs?: number | null
  /**
   * Returning visit: when the first rows were painted (the saved preview before the app runs, or
   * the app's table), from navigation; and the app's own milestones (User Timing marks).
   */
  returningRowsPaintedMs?: number | null
  returningMarks?: Record<string, number>
  /** The same, returning later in a new tab of the same profile (nothing to unload first). */
  newTabFirstRowMs?: number | null
  newTabRowsPaintedMs?: number | null
  newTabMarks?: Record<string, number>
  returningRoundTrips?: RoundTrips
  /** The round trips answered before the returning visit's rows were painted. */
  returningRoundTripsToPaint?: RoundTrips
  /** The round trips answered before the cold load's rows were painted. */
  roundTripsToPaint?: RoundTrips
}

export interface RoundTrips {
  /**
   * Longest chain of JSON-RPC requests (POSTs; a batch is one) each started after the previous one
   * ended, over the app's RPC and the wallet's RPC.
   */
  sequential: number
  /** The same counting CORS preflights (OPTIONS) too: what the wait really is. */
  sequentialWithPreflight: number
  /** JSON-RPC requests to the app's RPC (a batch array is one). */
  appRequests: number
  /** CORS preflights (OPTIONS) to the app's RPC. */
  preflights: number
  /** Requests the wallet forwarded to its RPC. */
  walletRequests: number
  chain: string[]
}

/** Realistic conditions: CPU throttling, a phone viewport, and RPC behind latency proxies. */
export interface Conditions {
  cpuThrottle?: number
  mobile?: boolean
  /** The proxy in front of the RPC the app's build points at. */
  rpcProxy?: LatencyProxy
  /** The proxy the bench wallet forwards its RPC calls through. */
  walletProxy?: LatencyProxy
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
} as const

export async function newBenchContext(
  browser: Browser,
  conditions: Conditions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(
    conditions.mobile ? PHONE : { viewport: { width: 1280, height: 900 } },
  )
  const page = await context.newPage()
  await throttle(context, page, conditions)
  return { context, page }
}

async function throttle(context: BrowserContext, page: Page, conditions: Conditions) {
  if (conditions.cpuThrottle && conditions.cpuThrottle > 1) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuThrottle })
  }
}

/**
 * The app's User Timing marks and the page's paint entries, by name (ms from navigation), with
 * the document's `response-start` and `response-end` (what the browser spent before the HTML
 * arrived: unloading the previous page, starting a renderer, the request).
 */
function marksOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined
    return {
      ...Object.fromEntries(
        [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')].map(
          (m) => [m.name, m.startTime],
        ),
      ),
      ...(nav ? { 'response-start': nav.responseStart, 'response-end': nav.responseEnd } : {}),
    }
  })
}

function roundTrips(conditions: Conditions, from: number, until: number): RoundTrips | undefined {
  if (!conditions.rpcProxy) return undefined
  const app = conditions.rpcProxy.since(from, until)
  const wallet = conditions.walletProxy?.since(from, until) ?? []
  const finished = (r: ProxiedRequest) => Number.isFinite(r.end) && r.end <= until
  const all = [...app, ...wallet]
  const path = criticalPath(
    all.filter((r) => r.method === 'POST'),
    until,
  )
  return {
    sequential: path.sequential,
    sequentialWithPreflight: criticalPath(all, until).sequential,
    appRequests: app.filter((r) => r.method === 'POST' && finished(r)).length,
    preflights: app.filter((r) => r.method === 'OPTIONS' && finished(r)).length,
    walletRequests: wallet.filter((r) => r.method === 'POST' && finished(r)).length,
    chain: path.chain,
  }
}

/** Counts JSON-RPC methods in requests to `rpcUrl` (a batch counts each call). */
function countRpc(page: Page, rpcUrl: string, into: Record<string, number>): void {
  page.on('request', (req) => {
    if (!req.url().startsWith(rpcUrl) || req.method() !== 'POST') return
    try {
      const body = JSON.parse(req.postData() ?? 'null') as { method: string } | { method: string }[]
      for (const call of Array.isArray(body) ? body : [body])
        into[call.method] = (into[call.method] ?? 0) + 1
    } catch {
      into['<unparsed>'] = (into['<unparsed>'] ?? 0) + 1
    }
  })
}

/** One cold load (fresh context, empty cache) of `url`, waiting for `rowSelector`. */
export async function coldLoad(
  browser: Browser,
  url: string,
  opts: {
    rpcUrl: string
    rowSelector?: string
    timeoutMs?: number
    walletRpcUrl?: string
    /** Connect the wallet through the app's connect button first, then wait for `readySelector`. */
    connect?: boolean
    readySelector?: string
    conditions?: Conditions
    /** Then reload in the same context (IndexedDB and HTTP cache kept) and time the row again. */
    reload?: boolean
    /** localStorage key the first visit writes last (the saved preview): waited for before the reload. */
    previewKey?: string
  },
): Promise<LoadSample> {
  const conditions = opts.conditions ?? {}
  const { context, page } = await newBenchContext(browser, conditions)
  const rpcCalls: Record<string, number> = {}
  const foreign = new Set<string>()
  countRpc(page, opts.rpcUrl, rpcCalls)
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname
    if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:'))
      foreign.add(host)
  })
  await installBenchWallet(page, opts.walletRpcUrl ?? opts.rpcUrl, (m) => {
    rpcCalls[`wallet:${m}`] = (rpcCalls[`wallet:${m}`] ?? 0) + 1
  })
  const t0 = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  let firstRowMs: number | null = null
  let paintedMs: number | null = null
  let seenAt = Infinity
  if (opts.connect) {
    await page.getByTestId('rk-connect-button').first().click()
    await page.getByTestId(`rk-wallet-option-${BENCH_WALLET_RDNS}`).click()
    await page.waitForSelector(opts.readySelector ?? 'main', { timeout: opts.timeoutMs ?? 20_000 })
    await page.waitForLoadState('networkidle')
    seenAt = Date.now()
    firstRowMs = await page.evaluate(() => performance.now())
  } else if (opts.rowSelector) {
    try {
      await page.waitForSelector(opts.rowSelector, {
        state: 'visible',
        timeout: opts.timeoutMs ?? 20_000,
      })
      seenAt = Date.now()
      firstRowMs = await page.evaluate(() => performance.now())
      paintedMs = await rowsPaintedAt(page)
    } catch {
      firstRowMs = null
    }
  } else {
    await page.waitForLoadState('load')
  }
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  )
  const sample: LoadSample = {
    firstRowMs,
    firstRowPaintedMs: paintedMs,
    fcpMs,
    rpcCalls,
    foreignHosts: [...foreign].sort(),
    roundTrips: Number.isFinite(seenAt) ? roundTrips(conditions, t0, seenAt) : undefined,
  }
  if (opts.rowSelector && firstRowMs !== null) sample.marks = await marksOf(page)
  if (Number.isFinite(seenAt) && firstRowMs !== null && paintedMs !== null)
    sample.roundTripsToPaint = roundTrips(conditions, t0, seenAt - firstRowMs + paintedMs)
  if (opts.reload && opts.rowSelector && firstRowMs !== null) {
    // Let the first visit finish loading and persisting what it keeps: a returning visit is one
    // after a visit that read the whole catalog, whose rows it saved (at 10 000 services under
    // ×4 throttling the save can come seconds after the network is idle).
    await page.waitForLoadState('networkidle')
    if (opts.previewKey)
      await page
        .waitForFunction((key) => localStorage.getItem(key) !== null, opts.previewKey, {
          timeout: 30_000,
        })
        .catch(() => {})
    await page.waitForTimeout(1000)
    const t1 = Date.now()
    await page.reload({ waitUntil: 'commit' })
    try {
      await page.waitForSelector(opts.rowSelector, {
        state: 'visible',
        timeout: opts.timeoutMs ?? 20_000,
      })
      const seen = Date.now()
      sample.returningFirstRowMs = await page.evaluate(() => performance.now())
      sample.returningRoundTrips = roundTrips(conditions, t1, seen)
      sample.returningRowsPaintedMs = await rowsPaintedAt(page)
      // Requests answered before the rows were painted (navigation start on the wall clock is
      // when the row was seen, less the page's clock then).
      if (sample.returningRowsPaintedMs !== null)
        sample.returningRoundTripsToPaint = roundTrips(
          conditions,
          t1,
          seen - sample.returningFirstRowMs + sample.returningRowsPaintedMs,
        )
      sample.returningMarks = await marksOf(page)
    } catch {
      sample.returningFirstRowMs = null
    }
    // The user comes back later in a new tab of the same browser profile: storage and HTTP cache
    // kept, but no heavy page to unload first (a reload counts that unload from navigation).
    await page.waitForLoadState('networkidle')
    const tab = await context.newPage()
    await throttle(context, tab, conditions)
    await installBenchWallet(tab, opts.walletRpcUrl ?? opts.rpcUrl)
    await page.close()
    await tab.goto(url, { waitUntil: 'commit' })
    try {
      await tab.waitForSelector(opts.rowSelector, {
        state: 'visible',
        timeout: opts.timeoutMs ?? 20_000,
      })
      sample.newTabFirstRowMs = await tab.evaluate(() => performance.now())
      sample.newTabRowsPaintedMs = await rowsPaintedAt(tab)
      sample.newTabMarks = await marksOf(tab)
    } catch {
      sample.newTabFirstRowMs = null
    }
  }
  await context.close()
  return sample
}

/**
 * When the first service rows were painted, from navigation: the saved preview's (index.html,
 * before the app runs) or else the app's table (its rows come in the same commit), by the Element
 * Timing entry the app tags its first column header with; null when neither was reported.
 */
export async function rowsPaintedAt(page: Page): Promise<number | null> {
  // The saved preview index.html draws is often replaced before the browser reports its Element
  // Timing (entries of removed elements are dropped).
  // It is in the first paint after it was drawn (Paint Timing), or else the frame it marks.
  const preview = await page.evaluate(() => {
    const drawn = performance.getEntriesByName('catalog:preview')[0]?.startTime
    if (drawn === undefined) return null
    const paints = performance
      .getEntriesByType('paint')
      .map((p) => p.startTime)
      .filter((t) => t >= drawn)
    const marked = performance.getEntriesByName('catalog:preview-painted')[0]?.startTime
    return paints.length ? Math.min(...paints) : (marked ?? null)
  })
  // A string, so the bundler adds no helpers (`__name`) the page does not have.
  const table = await page.evaluate<number | null>(`new Promise((resolve) => {
    let observer
    const timer = setTimeout(() => { observer?.disconnect(); resolve(null) }, 200)
    try {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.identifier === 'services-table' && e.renderTime) {
            clearTimeout(timer)
            observer.disconnect()
            resolve(e.renderTime)
          }
      })
      observer.observe({ type: 'element', buffered: true })
    } catch {
      clearTimeout(timer)
      resolve(null)
    }
  })`)
  const times = [preview, table].filter((t): t is number => t !== null)
  return times.length ? Math.min(...times) : null
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
