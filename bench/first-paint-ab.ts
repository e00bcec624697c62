/**
 * Two builds of the app side by side (a developer tool, not part of `npm run bench`): cold loads,
 * each followed by a reload, alternating between build A and build B in fresh browser contexts,
 * under the realistic CPU conditions (×4, phone viewport); prints the medians of the first
 * contentful paint, the first module's run (`app:script`) and the first rows painted, cold and
 * returning. BENCH_STATIC_RTT_MS puts the static files behind the latency proxy (a hosted site).
 *
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && ln -s "$PWD/node_modules" .)
 *   (cd /tmp/before && VITE_DEVNET_RPC_URL=$RPC npx vite build --mode devnet --outDir /tmp/a)
 *   VITE_DEVNET_RPC_URL=$RPC npx vite build --mode devnet --outDir /tmp/b
 *   BENCH_AB_A=/tmp/a BENCH_AB_B=/tmp/b BENCH_RPC_URL=$RPC TSX_TSCONFIG_PATH=tsconfig.node.json \
 *     npx tsx bench/first-paint-ab.ts
 *
 * It needs a running devnet (`npm run devnet`) at BENCH_RPC_URL, the URL both builds were made for.
 */
import type { Server } from 'node:http'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { installBenchWallet } from './bench-wallet'
import { launchChromium, median, newBenchContext, rowsPaintedAt } from './first-row'
import { startLatencyProxy, type LatencyProxy } from './latency-proxy'

const rpcUrl = process.env.BENCH_RPC_URL
const dirs = { A: process.env.BENCH_AB_A, B: process.env.BENCH_AB_B }
if (!rpcUrl || !dirs.A || !dirs.B) throw new Error('Set BENCH_RPC_URL, BENCH_AB_A and BENCH_AB_B.')
const LOADS = Number(process.env.BENCH_LOADS ?? 8)
const STATIC_RTT = Number(process.env.BENCH_STATIC_RTT_MS ?? 0)
const cpuThrottle = Number(process.env.BENCH_CPU_THROTTLE ?? 4)
const ROW = '[data-testid="service-row"]'

const servers: Server[] = []
const proxies: LatencyProxy[] = []
const urls: Record<string, string> = {}
let port = 23510
for (const [name, dir] of Object.entries(dirs)) {
  const p = ++port
  servers.push((await serveStatic({ dir, port: p, host: '127.0.0.1' })) as Server)
  urls[name] = `http://127.0.0.1:${p}/`
  if (STATIC_RTT > 0) {
    const proxy = await startLatencyProxy({
      target: `http://127.0.0.1:${p}`,
      port: p + 100,
      rttMs: STATIC_RTT,
    })
    proxies.push(proxy)
    urls[name] = `${proxy.url}/`
  }
}
type Figures = Record<'fcp' | 'script' | 'rows' | 'returning', number[]>
const results: Record<string, Figures> = {}
for (const name of Object.keys(dirs))
  results[name] = { fcp: [], script: [], rows: [], returning: [] }
const marks = () =>
  [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    performance.getEntriesByName('app:script')[0]?.startTime ?? Number.NaN,
  ] as const

const browser = await launchChromium()
try {
  for (let i = 0; i < LOADS; i++) {
    // Alternating, so machine noise hits both alike.
    for (const name of Object.keys(dirs)) {
      const r = results[name]!
      const { context, page } = await newBenchContext(browser, { cpuThrottle, mobile: true })
      await installBenchWallet(page, rpcUrl)
      await page.goto(urls[name]!)
      await page.waitForSelector(ROW, { timeout: 30_000 })
      r.rows.push((await rowsPaintedAt(page)) ?? Number.NaN)
      const [fcp, script] = await page.evaluate(marks)
      r.fcp.push(fcp)
      r.script.push(script)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(1000)
      await page.reload({ waitUntil: 'commit' })
      await page.waitForSelector(ROW, { timeout: 30_000 })
      r.returning.push((await rowsPaintedAt(page)) ?? Number.NaN)
      await context.close()
    }
  }
  const fmt = (xs: number[]) =>
    `${median(xs)?.toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(' ')})`
  console.log(
    `${LOADS} loads each, CPU ×${cpuThrottle}, static files ${STATIC_RTT ? `${STATIC_RTT} ms away` : 'from localhost'}`,
  )
  for (const [name, r] of Object.entries(results))
    console.log(
      `${name} (${dirs[name as 'A' | 'B']}): cold FCP ${fmt(r.fcp)}; app:script ${fmt(r.script)}; rows painted ${fmt(r.rows)}; returning rows painted ${fmt(r.returning)}`,
    )
} finally {
  await browser.close()
  for (const p of proxies) await p.close()
  for (const s of servers) s.close()
}
