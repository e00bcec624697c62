/**
 * The first-paint floor under the realistic CPU conditions (a developer tool, not part of
 * `npm run bench`): the first contentful paint of (a) a one-line HTML page and (b) our built
 * index.html without any script (the static frame with the rules inlined in its head), after a reload and in a new tab, with
 * Chromium's ×4 CPU throttling on a phone viewport. What a returning visit's first paint cannot
 * beat; the difference to the app's is what its scripts cost before that paint.
 *
 *   npm run bench   # once, for bench/.out/ours
 *   TSX_TSCONFIG_PATH=tsconfig.node.json npx tsx bench/paint-floor.ts
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { launchChromium, median, newBenchContext } from './first-row'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'bench', '.out', 'paint-floor')
const built = path.join(root, 'bench', '.out', 'ours')
const LOADS = Number(process.env.BENCH_LOADS ?? 5)
const cpuThrottle = Number(process.env.BENCH_CPU_THROTTLE ?? 4)

rmSync(out, { recursive: true, force: true })
mkdirSync(path.join(out, 'blank'), { recursive: true })
writeFileSync(
  path.join(out, 'blank', 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>t</title></head><body><p>Hello</p></body></html>',
)
cpSync(path.join(built, 'assets'), path.join(out, 'shell', 'assets'), { recursive: true })
writeFileSync(
  path.join(out, 'shell', 'index.html'),
  readFileSync(path.join(built, 'index.html'), 'utf8')
    // The inline script that draws the preview and starts the app's modules and stylesheet.
    .replace(/<script id="first-screen-preview">[\s\S]*?<\/script>/g, '')
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, ''),
)

const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
const pages = { blank: 23401, shell: 23402 } as const
const servers: Server[] = []
const browser = await launchChromium()
try {
  for (const [name, port] of Object.entries(pages)) {
    servers.push(await serveStatic({ dir: path.join(out, name), port, host: '127.0.0.1' }))
    const reload: number[] = []
    const tab: number[] = []
    for (let i = 0; i < LOADS; i++) {
      const { context, page } = await newBenchContext(browser, { cpuThrottle, mobile: true })
      await page.goto(`http://127.0.0.1:${port}/`)
      await page.waitForTimeout(500)
      await page.reload()
      await page.waitForTimeout(300)
      reload.push(await page.evaluate(fcp))
      const next = await context.newPage()
      const cdp = await context.newCDPSession(next)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
      await next.goto(`http://127.0.0.1:${port}/`)
      await next.waitForTimeout(300)
      tab.push(await next.evaluate(fcp))
      await context.close()
    }
    const fmt = (xs: number[]) =>
      `median ${median(xs)?.toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`
    console.log(`${name}: FCP after a reload ${fmt(reload)}; in a new tab ${fmt(tab)}`)
  }
} finally {
  await browser.close()
  for (const s of servers) s.close()
}
