/**
 * `npm run bench`: builds what it needs, starts a devnet, and measures our UI and the official 0G web
 * UI (the static export inside @0gfoundation/0g-compute-ts-sdk@0.9.0) in the same run on the same
 * machine. Prints a table and writes bench/results.json. Timings are reported, never gated.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
// @ts-expect-error: plain JS module without types (the package bin)
import { serveStatic } from '../bin/start-web.mjs'
import { devnetConfigFromEnv } from '../devnet/src/config'
import { startDevnet } from '../devnet/src/devnet'
import { sdkRoot } from '../devnet/src/sdk-artifacts'
import { bundleReport, kib } from './bundle-report'
import { measureCatalogAtScale, type ScaleSample } from './catalog-scale'
import { coldLoad, launchChromium, median, type LoadSample } from './first-row'
import { measureProtocolOverhead } from './protocol-overhead'
import { seedExtraServices } from '../devnet/src/seed-extra'
import { rpcClient } from '../devnet/src/tx-batch'
import { devAccount } from '../devnet/src/accounts'

const LOADS = Number(process.env.BENCH_LOADS ?? 10)
const SCALE_LOADS = Number(process.env.BENCH_SCALE_LOADS ?? 3)
const SCALES = (process.env.BENCH_SCALES ?? '1000,10000').split(',').filter(Boolean).map(Number)
const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(root, 'bench', '.out')
const ports = { rpc: 28545, provider: 28600, ours: 23090, official: 23095 }

function summarize(samples: LoadSample[]) {
  const rows = samples.map((s) => s.firstRowMs).filter((x): x is number => x !== null)
  const fcps = samples.map((s) => s.fcpMs).filter((x): x is number => x !== null)
  return {
    loads: samples.length,
    firstRowMedianMs: median(rows),
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
  const officialRoot = path.join(sdkRoot(), 'web-ui', 'out')
  const bundles = bundleReport(ours, officialRoot)
  servers.push((await serveStatic({ dir: ours, port: ports.ours, host: '127.0.0.1' })) as Server)
  servers.push(
    (await serveStatic({ dir: officialRoot, port: ports.official, host: '127.0.0.1' })) as Server,
  )

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
  const overhead = await measureProtocolOverhead(
    devnet.info,
    Number(process.env.BENCH_ROUNDS ?? 20),
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
      keystrokeMs: runs.flatMap((r) => r.keystrokeMs),
      perKeyMs: runs.flatMap((r) => r.perKeyMs),
      jsHeapMiB: median(runs.map((r) => r.jsHeapMiB).filter((x): x is number => x !== null)),
      loads: runs.length,
    })
  }
  await browser.close()

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
    catalogAtScale: scale.map((x) => ({
      ...x,
      keystrokeMedianMs: median(x.keystrokeMs),
      keystrokeMaxMs: x.keystrokeMs.length ? Math.max(...x.keystrokeMs) : null,
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
    `| first service row (median of ${LOADS}) | ${ms(o.firstRowMedianMs)} | not shown offline | |`,
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
    `| time to first token, stream | ${ms(overhead.rawTtftMs)} | ${ms(overhead.clientTtftMs)} | ${overhead.ttftRatio.toFixed(2)} |`,
  )
  console.log(
    `| verification per response | | ${ms(overhead.verifyExcludingFetchMs)} without / ${ms(overhead.verifyIncludingFetchMs)} with the signature fetch | |`,
  )
  console.log(
    `\n| services | first row (median of ${SCALE_LOADS}) | keystroke median | keystroke max | JS heap |\n|---|---|---|---|---|`,
  )
  for (const x of scale) {
    const km = median(x.keystrokeMs)
    console.log(
      `| ${x.services} | ${ms(x.firstRowMs)} | ${ms(km)} (${x.keystrokeMs.length} keys) | ${ms(x.keystrokeMs.length ? Math.max(...x.keystrokeMs) : null)} | ${x.jsHeapMiB?.toFixed(1) ?? 'n/a'} MiB |`,
    )
  }
  console.log('\nwrote bench/results.json')
} finally {
  for (const s of servers) s.close()
  await devnet.stop()
}
