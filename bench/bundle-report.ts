/** Prints initial JS per route for a build folder; used by `npm run bench` and the CI budget. */
import { htmlPageJs, initialJs, routeJs, type ScriptBytes } from './bundle-size'

/** The measured first screen (196.6 KiB on 2026-11-30, issue #16) plus 5 %, rounded up. */
export const BUDGET_GZIP_BYTES = 207 * 1024

export interface BundleReport {
  marketplaceInitial: ScriptBytes
  playground: ScriptBytes & { total: ScriptBytes }
  account: ScriptBytes & { total: ScriptBytes }
  official?: ScriptBytes
}

export function bundleReport(dist: string, officialRoot?: string): BundleReport {
  return {
    marketplaceInitial: initialJs(dist),
    playground: routeJs(dist, 'playground-page'),
    account: routeJs(dist, 'account-page'),
    official: officialRoot ? htmlPageJs(officialRoot, 'inference.html') : undefined,
  }
}

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
