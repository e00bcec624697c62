/**
 * Two builds side by side (a developer tool, not part of `npm run bench`): cold loads of the
 * catalog, alternating between build A and build B, timed until the whole registry is read and
 * shown ("N services", no longer "reading the rest…"), with the renderer main thread's busy time
 * until then and the longest task. Made to measure the decoding of a large registry (10 000 services:
 * `DEVNET_EXTRA_SERVICES=9991 npm run devnet`). Build as in bench/first-paint-ab.ts, then:
 *
 *   BENCH_AB_A=/tmp/a BENCH_AB_B=/tmp/b BENCH_RPC_URL=$RPC TSX_TSCONFIG_PATH=tsconfig.node.json \
 *     npx tsx bench/catalog-complete-ab.ts
 *
 * BENCH_CPU_THROTTLE (default 4, phone viewport; 1 for an unthrottled desktop) and BENCH_LOADS.
 */
import type { Server } from 'node:http'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { installBenchWallet } from './bench-wallet'
import { launchChromium, median, newBenchContext } from './first-row'

const rpcUrl = process.env.BENCH_RPC_URL
const dirs = { A: process.env.BENCH_AB_A, B: process.env.BENCH_AB_B }
if (!rpcUrl || !dirs.A || !dirs.B) throw new Error('Set BENCH_RPC_URL, BENCH_AB_A and BENCH_AB_B.')
const LOADS = Number(process.env.BENCH_LOADS ?? 5)
const cpuThrottle = Number(process.env.BENCH_CPU_THROTTLE ?? 4)

interface Sample {
  /** ms from navigation until the complete list is shown */
  completeMs: number
  /** the renderer main thread's busy time until then (CDP TaskDuration) */
  taskMs: number
  /** of which running script (CDP ScriptDuration) */
  scriptMs: number
  /** the longest task (Long Tasks API) */
  longestTaskMs: number
}

const servers: Server[] = []
const urls: Record<string, string> = {}
let port = 23610
for (const [name, dir] of Object.entries(dirs)) {
  const p = ++port
  servers.push((await serveStatic({ dir, port: p, host: '127.0.0.1' })) as Server)
  urls[name] = `http://127.0.0.1:${p}/`
}

const browser = await launchChromium()
const samples: Record<string, Sample[]> = { A: [], B: [] }
try {
  for (let i = 0; i < LOADS; i++) {
    for (const name of Object.keys(dirs)) {
      const { context, page } = await newBenchContext(browser, {
        cpuThrottle,
        mobile: cpuThrottle > 1,
      })
      await installBenchWallet(page, rpcUrl)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Performance.enable')
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: PerformanceEntry[] }
        w.__longTasks = []
        new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({
          type: 'longtask',
          buffered: true,
        })
      })
      await page.goto(urls[name]!, { waitUntil: 'commit' })
      await page.waitForFunction(
        () => {
          const text = document.querySelector('[data-testid="services-count"]')?.textContent
          return Boolean(text) && !text!.includes('reading')
        },
        undefined,
        { timeout: 180_000, polling: 10 },
      )
      const seen = await page.evaluate(() => {
        const tasks = (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks
        return {
          completeMs: performance.now(),
          longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
        }
      })
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[]
      }
      const seconds = (metric: string) => metrics.find((m) => m.name === metric)?.value ?? NaN
      const sample = {
        ...seen,
        taskMs: seconds('TaskDuration') * 1000,
        scriptMs: seconds('ScriptDuration') * 1000,
      }
      samples[name]!.push(sample)
      console.log(
        name,
        i,
        JSON.stringify(sample, (_, v) => (typeof v === 'number' ? Math.round(v) : v)),
      )
      await context.close()
    }
  }
} finally {
  await browser.close()
  for (const s of servers) s.close()
}

for (const name of Object.keys(dirs)) {
  const of = (key: keyof Sample) => Math.round(median(samples[name]!.map((s) => s[key])) ?? NaN)
  console.log(
    `${name} (${dirs[name as 'A' | 'B']}): complete ${of('completeMs')} ms, main thread busy ${of('taskMs')} ms (script ${of('scriptMs')} ms), longest task ${of('longestTaskMs')} ms (medians of ${LOADS}, ×${cpuThrottle})`,
  )
}
