/**
 * Two builds of the app side by side (a developer tool, not part of `npm run bench`): cold loads,
 * each followed by a reload and a new tab (`coldLoad`), alternating between build A and build B,
 * under the realistic CPU conditions (×4, phone viewport); prints the medians of the first
 * contentful paint, the first module's run (`app:script`) and the first rows painted, cold,
 * after a reload and in a new tab. BENCH_STATIC_RTT_MS puts the static files behind the latency proxy (a hosted site).
 *
 *   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/
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
import { FIRST_SCREEN_PREVIEW_KEY } from '../src/lib/catalog/first-screen-preview'
import { coldLoad, launchChromium, median, type LoadSample } from './first-row'
import { startLatencyProxy, type LatencyProxy } from './latency-proxy'

const rpcUrl = process.env.BENCH_RPC_URL
const dirs = { A: process.env.BENCH_AB_A, B: process.env.BENCH_AB_B }
if (!rpcUrl || !dirs.A || !dirs.B) throw new Error('Set BENCH_RPC_URL, BENCH_AB_A and BENCH_AB_B.')
const LOADS = Number(process.env.BENCH_LOADS ?? 8)
const STATIC_RTT = Number(process.env.BENCH_STATIC_RTT_MS ?? 0)
const cpuThrottle = Number(process.env.BENCH_CPU_THROTTLE ?? 4)

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
const samples: Record<string, LoadSample[]> = { A: [], B: [] }

const browser = await launchChromium()
try {
  for (let i = 0; i < LOADS; i++) {
    // Alternating, so machine noise hits both alike; each a cold load, a reload and a new tab.
    for (const name of Object.keys(dirs))
      samples[name]!.push(
        await coldLoad(browser, urls[name]!, {
          rpcUrl,
          rowSelector: '[data-testid="service-row"]',
          timeoutMs: 30_000,
          conditions: { cpuThrottle, mobile: true },
          reload: true,
          previewKey: FIRST_SCREEN_PREVIEW_KEY,
        }),
      )
  }
  const fmt = (xs: (number | null | undefined)[]) => {
    const ms = xs.map((x) => x ?? Number.NaN)
    return `${median(ms)?.toFixed(0)} ms (${ms.map((x) => x.toFixed(0)).join(' ')})`
  }
  console.log(
    `${LOADS} loads each, CPU ×${cpuThrottle}, static files ${STATIC_RTT ? `${STATIC_RTT} ms away` : 'from localhost'}`,
  )
  for (const [name, xs] of Object.entries(samples))
    console.log(
      `${name} (${dirs[name as 'A' | 'B']}): cold FCP ${fmt(xs.map((x) => x.fcpMs))}; app:script ${fmt(xs.map((x) => x.marks?.['app:script']))}; rows painted ${fmt(xs.map((x) => x.firstRowPaintedMs))}; returning rows painted ${fmt(xs.map((x) => x.returningRowsPaintedMs))}; new tab ${fmt(xs.map((x) => x.newTabRowsPaintedMs))}`,
    )
} finally {
  await browser.close()
  for (const p of proxies) await p.close()
  for (const s of servers) s.close()
}
