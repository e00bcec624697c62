/**
 * CI gate: the Marketplace route (the first screen) may load at most 207 KiB of gzipped JavaScript (the measured 196.6 KiB + 5 %).
 * Builds the hosted configuration into a temporary folder and measures it from the Vite manifest.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUDGET_GZIP_BYTES, bundleReport, kib } from '../bench/bundle-report'

const out = mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'))
try {
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  })
  const r = bundleReport(out)
  const rows = [
    ['Marketplace (initial)', r.marketplaceInitial],
    ['Playground (route chunk)', r.playground],
    ['Account (route chunk)', r.account],
  ] as const
  for (const [name, b] of rows) {
    console.log(
      `${name.padEnd(26)} ${kib(b.gzipped).padStart(10)} gzip  ${kib(b.minified).padStart(10)} min  ${b.files.length} files`,
    )
  }
  const initial = r.marketplaceInitial.gzipped
  if (initial > BUDGET_GZIP_BYTES) {
    console.error(
      `bundle budget exceeded: ${kib(initial)} > ${kib(BUDGET_GZIP_BYTES)} gzipped initial JS`,
    )
    process.exit(1)
  }
  console.log(`bundle budget ok: ${kib(initial)} ≤ ${kib(BUDGET_GZIP_BYTES)}`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
