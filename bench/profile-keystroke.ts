/**
 * Profiles the catalog at scale (a developer tool, not part of `npm run bench`): starts a devnet
 * with BENCH_SCALE services (default 3000), serves an unminified build and prints
 * - the functions with the most self time while typing BENCH_QUERY (default "qwen3"),
 * - a Chromium trace of one keystroke (BENCH_TRACE_KEY typed after BENCH_TRACE_PREFIX): main-thread
 *   time by event (script, style, layout, paint),
 * - with BENCH_TIMELINE=1, every RPC and script request of the load, from navigation,
 * - the keystroke latencies as `npm run bench` measures them.
 *
 *   TSX_TSCONFIG_PATH=tsconfig.node.json npx tsx bench/profile-keystroke.ts
 *
 * BENCH_RPC_URL=http://127.0.0.1:8545 uses a running (already seeded) devnet instead, and
 * BENCH_NO_BUILD=1 reuses the last build in bench/.out/profile (its RPC URL is built in).
 */
import { execFileSync } from 'node:child_process'
import type { Server } from 'node:http'
import path from 'node:path'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { devAccount } from '../devnet/src/accounts'
import { devnetConfigFromEnv } from '../devnet/src/config'
import { startDevnet } from '../devnet/src/devnet'
import { seedExtraServices } from '../devnet/src/seed-extra'
import { rpcClient } from '../devnet/src/tx-batch'
import { installBenchWallet } from './bench-wallet'
import { measureCatalogAtScale } from './catalog-scale'
import { launchChromium, median } from './first-row'

const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(root, 'bench', '.out')
const scale = Number(process.env.BENCH_SCALE ?? 3000)
const ports = { rpc: 28645, provider: 28700, ours: 23190 }

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

const external = process.env.BENCH_RPC_URL
const devnet = external
  ? { info: { rpcUrl: external }, stop: async () => {} }
  : await startDevnet(
      devnetConfigFromEnv({
        DEVNET_RPC_PORT: String(ports.rpc),
        DEVNET_PROVIDER_PORT: String(ports.provider),
        DEVNET_STATE_DIR: path.join(outDir, 'profile-devnet'),
        DEVNET_SETTLE_INTERVAL_MS: '0',
      }),
    )
let server: Server | undefined
try {
  const rpcUrl = devnet.info.rpcUrl
  const dir = path.join(outDir, 'profile')
  if (!process.env.BENCH_NO_BUILD) {
    execFileSync(
      'npx',
      ['vite', 'build', '--mode', 'devnet', '--minify', 'false', '--outDir', dir, '--emptyOutDir'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_DEVNET_RPC_URL: rpcUrl } },
    )
  }
  if ('contracts' in devnet.info) {
    await seedExtraServices(
      rpcClient(rpcUrl),
      devnet.info.contracts.inference,
      devAccount(0),
      devnet.info.providerServerUrl,
      scale - 9,
      0,
    )
  }
  server = (await serveStatic({ dir, port: ports.ours, host: '127.0.0.1' })) as Server
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await installBenchWallet(page, rpcUrl)
  const t0 = Date.now()
  await page.goto(`http://127.0.0.1:${ports.ours}/`)
  await page.waitForSelector('[data-testid="service-row"]', { timeout: 120_000 })
  console.log(`first row after ${Date.now() - t0} ms`)
  // What the load waited for: each RPC request's start and end, and paint marks (ms from navigation).
  const timeline = await page.evaluate(() => [
    ...performance
      .getEntriesByType('resource')
      .filter((e) => /:\d+\/?$/.test(e.name) || e.name.includes('/assets/'))
      .map((e) => {
        const r = e as PerformanceResourceTiming
        return `${r.startTime.toFixed(0).padStart(6)} → ${r.responseEnd.toFixed(0).padStart(6)}  ${r.name.replace(/^https?:\/\/[^/]+/, '')}`
      }),
    ...performance
      .getEntriesByType('paint')
      .map((e) => `${e.startTime.toFixed(0).padStart(6)}  ${e.name}`),
  ])
  if (process.env.BENCH_TIMELINE) console.log(timeline.join('\n'))
  const search = page.getByRole('searchbox', { name: 'Search services' })
  await search.click()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const t1 = Date.now()
  for (const ch of process.env.BENCH_QUERY ?? 'qwen3') {
    await page.keyboard.type(ch)
    await page.waitForTimeout(300)
  }
  console.log(`typed in ${Date.now() - t1} ms (incl. 300 ms pauses)`)
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  }
  const byNode = new Map<number, number>()
  profile.samples.forEach((id, i) =>
    byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  )
  const self = new Map<string, number>()
  for (const n of profile.nodes) {
    const us = byNode.get(n.id) ?? 0
    const f = n.callFrame
    const key = `${f.functionName || '(anon)'} ${path.basename(f.url)}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + us)
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)
  for (const [k, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)
  // One keystroke under the Chromium tracer: main-thread time by event name (style, layout, script…).
  await search.fill(process.env.BENCH_TRACE_PREFIX ?? '')
  await page.waitForTimeout(1000)
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink'] })
  await page.keyboard.type(process.env.BENCH_TRACE_KEY ?? 'q')
  await page.waitForTimeout(1500)
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: {
      name: string
      ph: string
      dur?: number
      tid: number
      pid: number
      args?: { name?: string }
    }[]
  }
  const main = trace.traceEvents.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  const totals = new Map<string, number>()
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !main || e.tid !== main.tid || e.pid !== main.pid || !e.dur) continue
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur)
  }
  console.log('--- one keystroke, main thread (inclusive, ms) ---')
  for (const [k, us] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)
  await context.close()
  const sample = await measureCatalogAtScale(
    browser,
    `http://127.0.0.1:${ports.ours}/`,
    rpcUrl,
    scale,
  )
  console.log(
    `keystroke median ${median(sample.keystrokeMs)?.toFixed(0)} ms, max ${Math.max(...sample.keystrokeMs).toFixed(0)} ms (per key: ${sample.perKeyMs.join(' ')}) right after the first row; median ${median(sample.keystrokeCompleteMs)?.toFixed(0)} ms (per key: ${sample.perKeyCompleteMs.join(' ')}) once the catalog is read; first row ${sample.firstRowMs?.toFixed(0)} ms`,
  )
  await browser.close()
} finally {
  server?.close()
  await devnet.stop()
}
