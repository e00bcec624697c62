/**
 * `npm run bench`: builds what it needs, starts a devnet, and measures our UI and the official 0G web
 * UI (the static export inside @0gfoundation/0g-compute-ts-sdk@0.9.0) in the same run on the same
 * machine. Prints a table and writes bench/results.json. Timings are reported, never gated.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { devnetConfigFromEnv } from '../devnet/src/config'
import { startDevnet } from '../devnet/src/devnet'
import { sdkRoot } from '../devnet/src/sdk-artifacts'
import { bundleReport, kib } from './bundle-report'
import { measureCatalogAtScale, type ScaleSample } from './catalog-scale'
import {
  coldLoad,
  launchChromium,
  median,
  PHONE,
  type Conditions,
  type LoadSample,
  type RoundTrips,
} from './first-row'
import { startLatencyProxy, type LatencyProxy } from './latency-proxy'
import { FIRST_SCREEN_PREVIEW_KEY } from '../src/lib/catalog/first-screen-preview'
import { measureClientLatency } from './client-latency'
import { measureCatalogDecode } from './catalog-decode'
import { measureProtocolOverhead } from './protocol-overhead'
import { seedExtraServices } from '../devnet/src/seed-extra'
import { rpcClient } from '../devnet/src/tx-batch'
import { devAccount } from '../devnet/src/accounts'

const LOADS = Number(process.env.BENCH_LOADS ?? 10)
const SCALE_LOADS = Number(process.env.BENCH_SCALE_LOADS ?? 3)
const SCALES = (process.env.BENCH_SCALES ?? '1000,10000').split(',').filter(Boolean).map(Number)
const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(root, 'bench', '.out')
// Realistic conditions: every RPC and provider round trip costs RTT_MS, the CPU is throttled, phone.
const RTT_MS = Number(process.env.BENCH_RTT_MS ?? 150)
const CPU_THROTTLE = Number(process.env.BENCH_CPU_THROTTLE ?? 4)
const REAL_LOADS = Number(process.env.BENCH_REAL_LOADS ?? 5)
const RETURN_LOADS = Number(process.env.BENCH_RETURN_LOADS ?? 5)
// Far from the e2e ports (18545/18600/13090 + offsets 0–1000).
const ports = {
  rpc: 28545,
  rpcProxy: 28546,
  walletProxy: 28547,
  provider: 28600,
  providerProxy: 28601,
  ours: 23090,
  oursReal: 23091,
  oursHosted: 23092,
  official: 23095,
  officialHosted: 23096,
}

/** A copy of the build `from` whose RPC URL is `toUrl` instead of `fromUrl` (the only difference a rebuild with another VITE_DEVNET_RPC_URL makes). */
function retargetBuild(from: string, to: string, fromUrl: string, toUrl: string): number {
  rmSync(to, { recursive: true, force: true })
  cpSync(from, to, { recursive: true })
  let replaced = 0
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (/\.(js|html)$/.test(name)) {
        const text = readFileSync(file, 'utf8')
        if (!text.includes(fromUrl)) continue
        replaced += text.split(fromUrl).length - 1
        writeFileSync(file, text.split(fromUrl).join(toUrl))
      }
    }
  }
  walk(to)
  if (replaced === 0) throw new Error(`the build does not contain ${fromUrl}`)
  return replaced
}

function medianOf(samples: LoadSample[], pick: (s: LoadSample) => number | null | undefined) {
  return median(samples.map(pick).filter((x): x is number => typeof x === 'number'))
}

/** Round trips of the median sample (by sequential count), with the spread. */
function tripsSummary(trips: (RoundTrips | undefined)[]) {
  const xs = trips.filter((t): t is RoundTrips => t !== undefined)
  if (xs.length === 0) return null
  const sorted = [...xs].sort((a, b) => a.sequential - b.sequential)
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!
  return {
    sequentialMedian: mid.sequential,
    sequentialMin: sorted[0]!.sequential,
    sequentialMax: sorted[sorted.length - 1]!.sequential,
    withPreflightMedian: median(xs.map((t) => t.sequentialWithPreflight)),
    appRequests: mid.appRequests,
    preflights: mid.preflights,
    walletRequests: mid.walletRequests,
    chain: mid.chain,
  }
}

function summarize(samples: LoadSample[]) {
  const rows = samples.map((s) => s.firstRowMs).filter((x): x is number => x !== null)
  const fcps = samples.map((s) => s.fcpMs).filter((x): x is number => x !== null)
  return {
    loads: samples.length,
    firstRowMedianMs: median(rows),
    firstRowPaintedMedianMs: medianOf(samples, (s) => s.firstRowPaintedMs),
    firstRowShown: rows.length,
    fcpMedianMs: median(fcps),
    rpcCallsFirstLoad: samples[0]?.rpcCalls ?? {},
    foreignHosts: [...new Set(samples.flatMap((s) => s.foreignHosts))],
  }
}

const devnet = await startDevnet(
  devnetConfigFromEnv({
    DEVNET_RPC_PORT: String(ports.rpc),
    DEVNET_PROVIDER_PORT: String(ports.provider),
    DEVNET_STATE_DIR: path.join(outDir, 'devnet'),
    DEVNET_SETTLE_INTERVAL_MS: '0',
    // The bench measures the protocol, not the (live-like) rate limits.
    DEVNET_RATE_PER_MIN: '1000000',
    DEVNET_RATE_BURST: '100000',
    DEVNET_RATE_CONCURRENT: '1000',
  }),
)
const servers: Server[] = []
const proxies: LatencyProxy[] = []
try {
  const rpcUrl = devnet.info.rpcUrl
  const ours = path.join(outDir, 'ours')
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'devnet', '--outDir', ours, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_DEVNET_RPC_URL: rpcUrl },
    },
  )
  const rpcProxy = await startLatencyProxy({
    target: rpcUrl,
    port: ports.rpcProxy,
    rttMs: RTT_MS,
  })
  const walletProxy = await startLatencyProxy({
    target: rpcUrl,
    port: ports.walletProxy,
    rttMs: RTT_MS,
  })
  const providerProxy = await startLatencyProxy({
    target: devnet.info.providerServerUrl,
    port: ports.providerProxy,
    rttMs: RTT_MS,
  })
  proxies.push(rpcProxy, walletProxy, providerProxy)
  const oursRealDir = path.join(outDir, 'ours-realistic')
  retargetBuild(ours, oursRealDir, rpcUrl, rpcProxy.url)
  const officialRoot = path.join(sdkRoot(), 'web-ui', 'out')
  const bundles = bundleReport(ours, officialRoot)
  servers.push((await serveStatic({ dir: ours, port: ports.ours, host: '127.0.0.1' })) as Server)
  servers.push(
    (await serveStatic({ dir: officialRoot, port: ports.official, host: '127.0.0.1' })) as Server,
  )
  servers.push(
    (await serveStatic({ dir: oursRealDir, port: ports.oursReal, host: '127.0.0.1' })) as Server,
  )
  const real: Conditions = { cpuThrottle: CPU_THROTTLE, mobile: true, rpcProxy, walletProxy }

  const browser = await launchChromium()
  const oursSamples: LoadSample[] = []
  const officialSamples: LoadSample[] = []
  for (let i = 0; i < LOADS; i++) {
    // Interleaved so machine noise hits both alike.
    oursSamples.push(
      await coldLoad(browser, `http://127.0.0.1:${ports.ours}/`, {
        rpcUrl,
        rowSelector: '[data-testid="service-row"]',
      }),
    )
    officialSamples.push(
      await coldLoad(browser, `http://127.0.0.1:${ports.official}/inference`, { rpcUrl }),
    )
  }
  const accountSample = await coldLoad(browser, `http://127.0.0.1:${ports.ours}/#/account`, {
    rpcUrl,
    connect: true,
    readySelector: 'text=Create your ledger',
  })

  /** REAL_LOADS cold loads of each UI under the realistic conditions, interleaved. */
  const realisticPair = async (oursUrl: string, officialUrl: string) => {
    const ours: LoadSample[] = []
    const official: LoadSample[] = []
    for (let i = 0; i < REAL_LOADS; i++) {
      ours.push(
        await coldLoad(browser, oursUrl, {
          rpcUrl: rpcProxy.url,
          walletRpcUrl: walletProxy.url,
          rowSelector: '[data-testid="service-row"]',
          timeoutMs: 60_000,
          conditions: real,
        }),
      )
      official.push(
        await coldLoad(browser, officialUrl, {
          rpcUrl: rpcProxy.url,
          walletRpcUrl: walletProxy.url,
          conditions: real,
        }),
      )
    }
    return [ours, official] as const
  }
  // Realistic: the same, throttled on a phone viewport with RPC round trips of RTT_MS.
  const [oursReal, officialReal] = await realisticPair(
    `http://127.0.0.1:${ports.oursReal}/`,
    `http://127.0.0.1:${ports.official}/inference`,
  )
  // Hosted: the same again with the static files also RTT_MS away (a hosted site; above they come
  // from localhost, as for a local web UI). Cold loads only: a returning visit's document comes
  // from the server too, which no page can make faster.
  const staticProxies = {
    ours: await startLatencyProxy({
      target: `http://127.0.0.1:${ports.oursReal}`,
      port: ports.oursHosted,
      rttMs: RTT_MS,
    }),
    official: await startLatencyProxy({
      target: `http://127.0.0.1:${ports.official}`,
      port: ports.officialHosted,
      rttMs: RTT_MS,
    }),
  }
  proxies.push(staticProxies.ours, staticProxies.official)
  const [oursHosted, officialHosted] = await realisticPair(
    `${staticProxies.ours.url}/`,
    `${staticProxies.official.url}/inference`,
  )
  const accountReal: LoadSample[] = []
  for (let i = 0; i < RETURN_LOADS; i++)
    accountReal.push(
      await coldLoad(browser, `http://127.0.0.1:${ports.oursReal}/#/account`, {
        rpcUrl: rpcProxy.url,
        walletRpcUrl: walletProxy.url,
        connect: true,
        readySelector: 'text=Create your ledger',
        timeoutMs: 60_000,
        conditions: real,
      }),
    )
  const returning: { services: number; samples: LoadSample[] }[] = []
  const measureReturning = async (services: number) => {
    const samples: LoadSample[] = []
    for (let i = 0; i < RETURN_LOADS; i++)
      samples.push(
        await coldLoad(browser, `http://127.0.0.1:${ports.oursReal}/`, {
          rpcUrl: rpcProxy.url,
          walletRpcUrl: walletProxy.url,
          rowSelector: '[data-testid="service-row"]',
          timeoutMs: 180_000,
          conditions: real,
          reload: true,
          previewKey: FIRST_SCREEN_PREVIEW_KEY,
        }),
      )
    returning.push({ services, samples })
  }
  await measureReturning(9)

  const overhead = await measureProtocolOverhead(
    devnet.info,
    Number(process.env.BENCH_ROUNDS ?? 20),
  )
  const clientLatency = await measureClientLatency()
  const catalogDecode = measureCatalogDecode()
  const overheadReal = await measureProtocolOverhead(
    devnet.info,
    Number(process.env.BENCH_REAL_ROUNDS ?? 10),
    providerProxy.url,
  )

  const scale: (ScaleSample & { loads: number })[] = []
  let seeded = 0
  for (const n of SCALES) {
    const extra = n - 9 - seeded
    if (extra > 0) {
      const t = Date.now()
      await seedExtraServices(
        rpcClient(rpcUrl),
        devnet.info.contracts.inference,
        devAccount(0),
        devnet.info.providerServerUrl,
        extra,
        seeded,
      )
      seeded += extra
      console.log(`seeded ${extra} extra services in ${((Date.now() - t) / 1000).toFixed(0)} s`)
    }
    // Several cold loads per scale: the first row is their median, the keystrokes are pooled.
    const runs: ScaleSample[] = []
    for (let i = 0; i < SCALE_LOADS; i++)
      runs.push(
        await measureCatalogAtScale(browser, `http://127.0.0.1:${ports.ours}/`, rpcUrl, 9 + seeded),
      )
    scale.push({
      services: 9 + seeded,
      firstRowMs: median(runs.map((r) => r.firstRowMs).filter((x): x is number => x !== null)),
      firstRowPaintedMs: median(
        runs.map((r) => r.firstRowPaintedMs).filter((x): x is number => x !== null),
      ),
      keystrokeMs: runs.flatMap((r) => r.keystrokeMs),
      perKeyMs: runs.flatMap((r) => r.perKeyMs),
      keystrokeCompleteMs: runs.flatMap((r) => r.keystrokeCompleteMs),
      perKeyCompleteMs: runs.flatMap((r) => r.perKeyCompleteMs),
      jsHeapMiB: median(runs.map((r) => r.jsHeapMiB).filter((x): x is number => x !== null)),
      loads: runs.length,
    })
  }
  if (SCALES.length && Math.max(...SCALES) > 9) await measureReturning(9 + seeded)
  await browser.close()

  const realistic = {
    conditions: {
      rttMs: RTT_MS,
      rttNote:
        'every request to the RPC (the app’s and the wallet’s) and to the provider goes through a proxy that holds the request and the response RTT/2 each; a new connection costs one more RTT; TLS not modelled; static files are served from localhost without delay',
      cpuThrottle: CPU_THROTTLE,
      viewport: PHONE,
    },
    firstLoad: {
      ours: {
        ...summarize(oursReal),
        roundTripsToFirstRow: tripsSummary(oursReal.map((s) => s.roundTrips)),
        roundTripsToFirstRowPaint: tripsSummary(oursReal.map((s) => s.roundTripsToPaint)),
      },
      official: summarize(officialReal),
    },
    hostedFirstLoad: {
      note: 'static files (HTML, scripts, stylesheets) also served through a proxy of RTT_MS, as from a hosted site',
      ours: summarize(oursHosted),
      official: summarize(officialHosted),
    },
    accountPage: {
      loads: accountReal.length,
      readyMedianMs: medianOf(accountReal, (s) => s.firstRowMs),
      roundTripsToComplete: tripsSummary(accountReal.map((s) => s.roundTrips)),
      rpcCallsFirstLoad: accountReal[0]?.rpcCalls ?? {},
    },
    returningVisit: returning.map(({ services, samples }) => ({
      services,
      loads: samples.length,
      coldFirstRowMedianMs: medianOf(samples, (s) => s.firstRowMs),
      coldRowsPaintedMedianMs: medianOf(samples, (s) => s.firstRowPaintedMs),
      returningFirstRowMedianMs: medianOf(samples, (s) => s.returningFirstRowMs),
      // When the rows were painted (the saved preview, or the app's table), beside the page's own
      // first contentful paint and the moment the app's first module ran.
      returningRowsPaintedMedianMs: medianOf(samples, (s) => s.returningRowsPaintedMs),
      returningFcpMedianMs: medianOf(samples, (s) => s.returningMarks?.['first-contentful-paint']),
      // From the document's response (the browser's own navigation work left out).
      returningRowsPaintedAfterResponseMedianMs: medianOf(samples, (s) =>
        s.returningRowsPaintedMs != null && s.returningMarks?.['response-start'] !== undefined
          ? s.returningRowsPaintedMs - s.returningMarks['response-start']
          : null,
      ),
      newTabRowsPaintedAfterResponseMedianMs: medianOf(samples, (s) =>
        s.newTabRowsPaintedMs != null && s.newTabMarks?.['response-start'] !== undefined
          ? s.newTabRowsPaintedMs - s.newTabMarks['response-start']
          : null,
      ),
      returningResponseStartMedianMs: medianOf(
        samples,
        (s) => s.returningMarks?.['response-start'],
      ),
      returningAppScriptMedianMs: medianOf(samples, (s) => s.returningMarks?.['app:script']),
      returningAppRowsMedianMs: medianOf(samples, (s) => s.returningMarks?.['catalog:first-rows']),
      returningSavedReadMedianMs: medianOf(
        samples,
        (s) => s.returningMarks?.['catalog:saved-read'],
      ),
      newTabFirstRowMedianMs: medianOf(samples, (s) => s.newTabFirstRowMs),
      newTabRowsPaintedMedianMs: medianOf(samples, (s) => s.newTabRowsPaintedMs),
      newTabFcpMedianMs: medianOf(samples, (s) => s.newTabMarks?.['first-contentful-paint']),
      newTabAppScriptMedianMs: medianOf(samples, (s) => s.newTabMarks?.['app:script']),
      newTabAppRowsMedianMs: medianOf(samples, (s) => s.newTabMarks?.['catalog:first-rows']),
      newTabPreviewShown: samples.filter((s) => s.newTabMarks?.['catalog:preview'] !== undefined)
        .length,
      previewShown: samples.filter((s) => s.returningMarks?.['catalog:preview'] !== undefined)
        .length,
      coldRoundTrips: tripsSummary(samples.map((s) => s.roundTrips)),
      returningRoundTrips: tripsSummary(samples.map((s) => s.returningRoundTrips)),
      coldRoundTripsToPaint: tripsSummary(samples.map((s) => s.roundTripsToPaint)),
      returningRoundTripsToPaint: tripsSummary(samples.map((s) => s.returningRoundTripsToPaint)),
    })),
    protocolOverhead: overheadReal,
  }
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    bundle: {
      budgetGzipKiB: 250,
      ours: {
        marketplaceInitial: {
          gzipKiB: bundles.marketplaceInitial.gzipped / 1024,
          minKiB: bundles.marketplaceInitial.minified / 1024,
          files: bundles.marketplaceInitial.files.length,
        },
        playgroundRoute: {
          gzipKiB: bundles.playground.gzipped / 1024,
          totalGzipKiB: bundles.playground.total.gzipped / 1024,
        },
        accountRoute: {
          gzipKiB: bundles.account.gzipped / 1024,
          totalGzipKiB: bundles.account.total.gzipped / 1024,
        },
      },
      official: {
        inferencePage: {
          gzipKiB: bundles.official!.gzipped / 1024,
          minKiB: bundles.official!.minified / 1024,
          files: bundles.official!.files.length,
        },
      },
    },
    firstLoad: {
      ours: summarize(oursSamples),
      official: {
        ...summarize(officialSamples),
        note: 'The official UI lists services only with a connected wallet and otherwise reads 0G Mainnet (evmrpc.0g.ai, unreachable offline); its wallet list offers no EIP-6963/injected option (MetaMask goes through the MetaMask SDK relay), so it cannot be made to show the devnet catalog here. Reported: first contentful paint and script bytes.',
      },
    },
  }
  Object.assign(results, {
    accountPage: { rpcCallsFirstLoad: accountSample.rpcCalls, readyMs: accountSample.firstRowMs },
    protocolOverhead: overhead,
    clientLatency,
    catalogDecode,
    realistic,
    catalogAtScale: scale.map((x) => ({
      ...x,
      keystrokeMedianMs: median(x.keystrokeMs),
      keystrokeMaxMs: x.keystrokeMs.length ? Math.max(...x.keystrokeMs) : null,
      keystrokeCompleteMedianMs: median(x.keystrokeCompleteMs),
      keystrokeCompleteMaxMs: x.keystrokeCompleteMs.length
        ? Math.max(...x.keystrokeCompleteMs)
        : null,
    })),
  })
  mkdirSync(path.join(root, 'bench'), { recursive: true })
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

  const o = results.firstLoad.ours
  const f = results.firstLoad.official
  const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(0)} ms`)
  console.log('\n| metric | ours | official | ours / official |\n|---|---|---|---|')
  console.log(
    `| initial JS, gzip | ${kib(bundles.marketplaceInitial.gzipped)} | ${kib(bundles.official!.gzipped)} | ${(bundles.marketplaceInitial.gzipped / bundles.official!.gzipped).toFixed(2)} |`,
  )
  console.log(
    `| initial JS, minified | ${kib(bundles.marketplaceInitial.minified)} | ${kib(bundles.official!.minified)} | ${(bundles.marketplaceInitial.minified / bundles.official!.minified).toFixed(2)} |`,
  )
  console.log(
    `| script files | ${bundles.marketplaceInitial.files.length} | ${bundles.official!.files.length} | |`,
  )
  console.log(
    `| first contentful paint (median of ${LOADS}) | ${ms(o.fcpMedianMs)} | ${ms(f.fcpMedianMs)} | ${o.fcpMedianMs && f.fcpMedianMs ? (o.fcpMedianMs / f.fcpMedianMs).toFixed(2) : ''} |`,
  )
  console.log(
    `| first service row (median of ${LOADS}) | ${ms(o.firstRowMedianMs)} seen, ${ms(o.firstRowPaintedMedianMs)} painted | not shown offline | |`,
  )
  console.log(
    `| JSON-RPC calls, first load | ${JSON.stringify(o.rpcCallsFirstLoad)} | ${JSON.stringify(f.rpcCallsFirstLoad)} | |`,
  )
  console.log(
    `| third-party hosts contacted | ${o.foreignHosts.join(', ') || 'none'} | ${f.foreignHosts.join(', ') || 'none'} | |`,
  )
  console.log(`| Playground route chunk, gzip | ${kib(bundles.playground.gzipped)} | | |`)
  console.log(`| Account route chunk, gzip | ${kib(bundles.account.gzipped)} | | |`)
  console.log(
    `| JSON-RPC calls, Account page (connect + ledger) | ${JSON.stringify(accountSample.rpcCalls)} | | |`,
  )
  console.log(
    `\n| protocol (median of ${overhead.rounds}) | raw fetch | our client | ours / raw |\n|---|---|---|---|`,
  )
  console.log(
    `| chat request, JSON | ${ms(overhead.rawMs)} | ${ms(overhead.clientMs)} | ${overhead.clientOverRaw.toFixed(2)} |`,
  )
  console.log(
    `| time to first token, stream (alternating order) | ${ms(overhead.rawTtftMs)} | ${ms(overhead.clientTtftMs)} | ${overhead.ttftRatio.toFixed(2)} |`,
  )
  console.log(
    `| time to first token, fixed order (raw, then ours) | ${ms(overhead.fixedOrder.rawTtftMs)} | ${ms(overhead.fixedOrder.clientTtftMs)} | ${overhead.fixedOrder.ttftRatio.toFixed(2)} |`,
  )
  console.log(
    `| client's own time, no network (µs) | first token ${clientLatency.rawFirstTokenUs.toFixed(1)} | dispatch ${clientLatency.dispatchUs.toFixed(1)}, first token ${clientLatency.firstTokenUs.toFixed(1)} | |`,
  )
  const d = catalogDecode
  console.log(
    `| decoding ${d.services} services (200 pages, Node) | viem's decoder ${ms(d.viemDecodeMs)} | ours ${ms(d.appDecodeMs)} (checksums of ${2 * d.services} addresses: viem ${ms(d.viemChecksumMs)}, ours ${ms(d.appChecksumMs)}) | ${(d.appDecodeMs / d.viemDecodeMs).toFixed(2)} (checksums ${(d.appChecksumMs / d.viemChecksumMs).toFixed(2)}) |`,
  )
  console.log(
    `| verification per response | | ${ms(overhead.verifyExcludingFetchMs)} without / ${ms(overhead.verifyIncludingFetchMs)} with the signature fetch | |`,
  )
  console.log(
    `\n| services | first row (median of ${SCALE_LOADS}) | keystroke median, right after the first row | max | keystroke median, catalog read | max | JS heap |\n|---|---|---|---|---|---|---|`,
  )
  const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : null)
  for (const x of scale) {
    console.log(
      `| ${x.services} | ${ms(x.firstRowPaintedMs)} painted, ${ms(x.firstRowMs)} seen | ${ms(median(x.keystrokeMs))} (${x.keystrokeMs.length} keys) | ${ms(maxOf(x.keystrokeMs))} | ${ms(median(x.keystrokeCompleteMs))} (${x.keystrokeCompleteMs.length} keys) | ${ms(maxOf(x.keystrokeCompleteMs))} | ${x.jsHeapMiB?.toFixed(1) ?? 'n/a'} MiB |`,
    )
  }
  const r = realistic
  console.log(
    `\nRealistic: RTT ${RTT_MS} ms (RPC, wallet RPC, provider), CPU ×${CPU_THROTTLE}, ${PHONE.viewport.width}×${PHONE.viewport.height} @${PHONE.deviceScaleFactor}x touch`,
  )
  console.log('| metric | ours | official |\n|---|---|---|')
  console.log(
    `| first contentful paint (median of ${REAL_LOADS}) | ${ms(r.firstLoad.ours.fcpMedianMs)} | ${ms(r.firstLoad.official.fcpMedianMs)} |`,
  )
  console.log(
    `| first service row | ${ms(r.firstLoad.ours.firstRowMedianMs)} seen, ${ms(r.firstLoad.ours.firstRowPaintedMedianMs)} painted | not shown offline |`,
  )
  console.log(
    `| round trips to the first row | ${JSON.stringify(r.firstLoad.ours.roundTripsToFirstRow)} | |`,
  )
  const h = r.hostedFirstLoad
  console.log(
    `| hosted (static files ${RTT_MS} ms away too): first contentful paint | ${ms(h.ours.fcpMedianMs)} | ${ms(h.official.fcpMedianMs)} |`,
  )
  console.log(
    `| hosted: first service row | ${ms(h.ours.firstRowMedianMs)} seen, ${ms(h.ours.firstRowPaintedMedianMs)} painted | not shown offline |`,
  )
  console.log(
    `| Account page complete | ${ms(r.accountPage.readyMedianMs)}, ${JSON.stringify(r.accountPage.roundTripsToComplete)} | |`,
  )
  for (const v of r.returningVisit)
    console.log(
      `| ${v.services} services: cold / returning first row | ${ms(v.coldFirstRowMedianMs)} (painted ${ms(v.coldRowsPaintedMedianMs)}) / ${ms(v.returningFirstRowMedianMs)}; returning rows painted ${ms(v.returningRowsPaintedMedianMs)} (${ms(v.returningRowsPaintedAfterResponseMedianMs)} after the HTML's first byte at ${ms(v.returningResponseStartMedianMs)}; FCP ${ms(v.returningFcpMedianMs)}, app script ${ms(v.returningAppScriptMedianMs)}, app rows ${ms(v.returningAppRowsMedianMs)}, saved catalog read ${ms(v.returningSavedReadMedianMs)}; preview in ${v.previewShown}/${v.loads}); new tab: seen ${ms(v.newTabFirstRowMedianMs)}, painted ${ms(v.newTabRowsPaintedMedianMs)} (${ms(v.newTabRowsPaintedAfterResponseMedianMs)} after the HTML's first byte; FCP ${ms(v.newTabFcpMedianMs)}, app script ${ms(v.newTabAppScriptMedianMs)}, app rows ${ms(v.newTabAppRowsMedianMs)}; preview in ${v.newTabPreviewShown}/${v.loads}) | |`,
    )
  console.log(
    `| chat JSON / TTFT via provider proxy | ${ms(overheadReal.clientMs)} (raw ${ms(overheadReal.rawMs)}) / ${ms(overheadReal.clientTtftMs)} (raw ${ms(overheadReal.rawTtftMs)}, ratio ${overheadReal.ttftRatio.toFixed(2)}) | |`,
  )
  console.log('\nwrote bench/results.json')
} finally {
  for (const p of proxies) await p.close()
  for (const s of servers) s.close()
  await devnet.stop()
}
