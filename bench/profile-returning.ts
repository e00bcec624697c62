/**
 * Profiles a returning visit of the catalog (a developer tool, not part of `npm run bench`): a cold
 * load, then a reload in the same context under the realistic CPU throttling and phone viewport,
 * and prints where the reload's time went, from navigation to the first row:
 * - the script and RPC requests, the paints, and the app's own `performance` marks;
 * - main-thread time by trace event (parse, compile, script, style, layout) before the row;
 * - the functions with the most self time before the row (unminified build, BENCH_MINIFY=1 for the
 *   shipped one).
 *
 *   BENCH_RPC_URL=http://127.0.0.1:8545 TSX_TSCONFIG_PATH=tsconfig.node.json \
 *     npx tsx bench/profile-returning.ts
 *
 * BENCH_TRACE=1 adds the trace and profile of one more reload (the profiler slows the page).
 * With it: BENCH_WINDOW=from,to (ms from navigation; negative for the old page's last tasks),
 * BENCH_TASK_CHILDREN=n (events listed per task), BENCH_NO_SAMPLES=1 (no V8 sampler),
 * BENCH_TRACE_CATEGORIES=a,b (more trace categories; with
 * `disabled-by-default-devtools.timeline.invalidationTracking` it also counts the reasons of the
 * style and layout invalidations in the window). BENCH_PASSIVE_MS=n leaves each plain reload
 * alone that long before looking for the row.
 * It needs a running devnet (BENCH_RPC_URL, seeded with as many services as wanted, e.g.
 * `DEVNET_EXTRA_SERVICES=9991 npm run devnet`). BENCH_NO_BUILD=1 reuses the last build.
 */
import { execFileSync } from 'node:child_process'
import type { Server } from 'node:http'
import path from 'node:path'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { installBenchWallet } from './bench-wallet'
import { launchChromium, newBenchContext, rowsPaintedAt } from './first-row'

const root = path.resolve(import.meta.dirname, '..')
const dir = path.join(root, 'bench', '.out', 'profile-returning')
const rpcUrl = process.env.BENCH_RPC_URL
if (!rpcUrl) throw new Error('Set BENCH_RPC_URL to a running devnet (see the header).')
const cpuThrottle = Number(process.env.BENCH_CPU_THROTTLE ?? 4)
const port = 23290
const ROW = '[data-testid="service-row"]'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: { name?: string; data?: { url?: string } }
}

if (!process.env.BENCH_NO_BUILD) {
  const minify = process.env.BENCH_MINIFY ? [] : ['--minify', 'false']
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'devnet', ...minify, '--outDir', dir, '--emptyOutDir'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_DEVNET_RPC_URL: rpcUrl } },
  )
}
const server = (await serveStatic({ dir, port, host: '127.0.0.1' })) as Server
const browser = await launchChromium()
try {
  const { context, page } = await newBenchContext(browser, {
    cpuThrottle,
    mobile: process.env.BENCH_DESKTOP !== '1',
  })
  await installBenchWallet(page, rpcUrl)
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' })
  await page.waitForSelector(ROW, { timeout: 180_000 })
  console.log(
    `cold first row: painted ${(await rowsPaintedAt(page))?.toFixed(0)} ms, seen by Playwright ${(await page.evaluate(() => performance.now())).toFixed(0)} ms`,
  )
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(2000)

  // Plain reloads first (no profiler: it slows the page), timed by the app's marks.
  for (let i = 0; i < Number(process.env.BENCH_RELOADS ?? 3); i++) {
    await page.reload({ waitUntil: 'commit' })
    // BENCH_PASSIVE_MS: leave the page alone that long before looking for the row (Playwright's
    // selector engine is a script it injects into the new document, on the page's main thread).
    if (process.env.BENCH_PASSIVE_MS)
      await page.waitForTimeout(Number(process.env.BENCH_PASSIVE_MS))
    await page.waitForSelector(ROW, { state: 'visible', timeout: 180_000 })
    const seen = await page.evaluate(() => performance.now())
    const marks = await page.evaluate(() =>
      [...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')]
        .sort((a, b) => a.startTime - b.startTime)
        .map((e) => `${e.name} ${e.startTime.toFixed(0)}`),
    )
    const painted = await rowsPaintedAt(page)
    // Where the time before the preview went: the navigation's steps and the stylesheet's load.
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const css = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (r) => r.name.endsWith('.css'),
      )
      return {
        unload: [nav.unloadEventStart, nav.unloadEventEnd],
        request: nav.requestStart,
        response: [nav.responseStart, nav.responseEnd],
        css: css ? [css.startTime, css.responseEnd, css.transferSize] : [],
        domInteractive: nav.domInteractive,
      }
    })
    const ms = (ns: number[]) => ns.map((n) => n.toFixed(0)).join('–')
    const steps = `unload ${ms(t.unload)}, request ${ms([t.request])}, response ${ms(t.response)}, css ${ms(t.css.slice(0, 2))} (${t.css[2]} B sent), domInteractive ${ms([t.domInteractive])}`
    console.log(
      `reload ${i + 1}: rows painted ${painted?.toFixed(0)} ms, seen by Playwright ${seen.toFixed(0)} ms; ${steps}; ${marks.join(', ')}`,
    )
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1000)
  }
  if (!process.env.BENCH_TRACE) {
    await context.close()
    process.exit(0)
  }
  // One more reload under the tracer, with V8's sampling profiler in the trace (same clock as the
  // app's User Timing marks, which the trace carries too).
  await browser.startTracing(page, {
    categories: [
      // toplevel: the main thread's tasks (RunTask), which the window's listing is made of.
      'toplevel',
      'devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      // V8's sampler logs every code object when it starts, on the first JS call after tracing
      // began (here the old page's pagehide listener, ~0.6 s): BENCH_NO_SAMPLES=1 leaves it out
      // to see the tasks before the first paint as they are.
      ...(process.env.BENCH_NO_SAMPLES ? [] : ['disabled-by-default-v8.cpu_profiler']),
      // More detail inside the tasks, e.g. BENCH_TRACE_CATEGORIES=v8,disabled-by-default-v8.gc,blink
      ...(process.env.BENCH_TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
    ],
  })
  await page.reload({ waitUntil: 'commit' })
  await page.waitForSelector(ROW, { state: 'visible', timeout: 180_000 })
  const painted = await rowsPaintedAt(page)
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  )
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[]
  }
  const events = trace.traceEvents
  const scriptMark = events.find((e) => e.name === 'app:script')
  if (!scriptMark || painted === null || marks['app:script'] === undefined)
    throw new Error('the trace has no app:script mark or the rows paint was not reported')
  // Trace time of navigation: the mark's trace time minus its time from navigation.
  const t0 = scriptMark.ts - marks['app:script'] * 1000
  const [winFrom, winTo] = (process.env.BENCH_WINDOW?.split(',').map(Number) ?? [
    marks['app:script'],
    painted,
  ]) as [number, number]
  console.log(
    `traced reload: app:script ${marks['app:script'].toFixed(0)}, first rows ${marks['catalog:first-rows']?.toFixed(0)}, painted ${painted.toFixed(0)} ms; window ${winFrom.toFixed(0)}–${winTo.toFixed(0)}`,
  )
  const inWindow = (ts: number) => ts >= t0 + winFrom * 1000 && ts <= t0 + winTo * 1000
  // The page's main thread: the one the app's mark was made on.
  const onMain = events.filter(
    (e) => e.tid === scriptMark.tid && e.pid === scriptMark.pid && e.ph === 'X' && e.dur,
  )
  console.log('--- main-thread tasks in the window (start from navigation, ms) ---')
  // A task is "RunTask" in older Chromium traces, "ThreadControllerImpl::RunTask" in newer ones.
  const isTask = (e: TraceEvent) =>
    e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
  for (const e of onMain.filter((e) => isTask(e) && (e.dur ?? 0) > 3_000)) {
    if (!inWindow(e.ts)) continue
    const inside = onMain
      .filter((c) => c !== e && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= e.ts + (e.dur ?? 0))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, Number(process.env.BENCH_TASK_CHILDREN ?? 3))
      .map((c) => {
        const d = (c.args as { data?: { url?: string; functionName?: string } } | undefined)?.data
        const what = d?.functionName || path.basename(d?.url ?? '')
        return `${c.name}${what ? ` (${what})` : ''} ${((c.dur ?? 0) / 1000).toFixed(0)}`
      })
    console.log(
      `${((e.ts - t0) / 1000).toFixed(0).padStart(6)}  ${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${inside.join(' · ')}`,
    )
  }

  // Self time by function in the window, from the profile chunks in the trace.
  interface Chunk {
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
    timeDeltas?: number[]
  }
  const nodes = new Map<number, ProfileNode>()
  const self = new Map<string, number>()
  const profiles = new Map<string, number>()
  for (const e of events) {
    const id = (e as unknown as { id?: string }).id ?? ''
    const data = (e.args as { data?: Chunk & { startTime?: number } } | undefined)?.data
    if (e.name === 'Profile' && data?.startTime !== undefined) profiles.set(id, data.startTime)
    if (e.name !== 'ProfileChunk' || !data) continue
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n)
    let t = profiles.get(id) ?? e.ts
    ;(data.cpuProfile?.samples ?? []).forEach((sample, k) => {
      const dt = data.timeDeltas?.[k] ?? 0
      t += dt
      if (!inWindow(t)) return
      const f = nodes.get(sample)?.callFrame
      const key = f
        ? `${f.functionName || '(anon)'} ${path.basename(f.url ?? '')}:${f.lineNumber + 1}`
        : '?'
      self.set(key, (self.get(key) ?? 0) + dt)
    })
    profiles.set(id, t)
  }
  // Why style and layout were invalidated in the window (a restyle of the whole old page when a
  // reload begins showed up as "PlatformColorChange" on every element).
  const reasons = new Map<string, number>()
  for (const e of events) {
    if (!/InvalidationTracking$/.test(e.name) || !inWindow(e.ts)) continue
    const d = (e.args as { data?: { reason?: string; nodeName?: string } } | undefined)?.data
    const key = `${e.name}: ${d?.reason ?? '?'}`
    reasons.set(key, (reasons.get(key) ?? 0) + 1)
  }
  if (reasons.size) {
    console.log('--- invalidations in the window (reason: count) ---')
    for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`${String(n).padStart(6)}  ${k}`)
  }
  console.log(`--- self time in the window (ms, throttled) ---`)
  for (const [k, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)
  await context.close()
} finally {
  await browser.close()
  server.close()
}
