/**
 * Cold loads in headless Chromium: time from navigation start to the first catalog row, first
 * contentful paint, and the JSON-RPC calls the page made (counted at the transport, batch-aware).
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumLaunchOptions } from '../scripts/chromium'
import { BENCH_WALLET_RDNS, installBenchWallet } from './bench-wallet'

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}

export interface LoadSample {
  firstRowMs: number | null
  fcpMs: number | null
  rpcCalls: Record<string, number>
  foreignHosts: string[]
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
  },
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
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
  await page.goto(url, { waitUntil: 'commit' })
  let firstRowMs: number | null = null
  if (opts.connect) {
    await page.getByTestId('rk-connect-button').first().click()
    await page.getByTestId(`rk-wallet-option-${BENCH_WALLET_RDNS}`).click()
    await page.waitForSelector(opts.readySelector ?? 'main', { timeout: opts.timeoutMs ?? 20_000 })
    await page.waitForLoadState('networkidle')
    firstRowMs = await page.evaluate(() => performance.now())
  } else if (opts.rowSelector) {
    try {
      await page.waitForSelector(opts.rowSelector, {
        state: 'visible',
        timeout: opts.timeoutMs ?? 20_000,
      })
      firstRowMs = await page.evaluate(() => performance.now())
    } catch {
      firstRowMs = null
    }
  } else {
    await page.waitForLoadState('load')
  }
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  )
  await context.close()
  return { firstRowMs, fcpMs, rpcCalls, foreignHosts: [...foreign].sort() }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
