/**
 * The one Chromium every browser run uses (Playwright's config and specs, the benchmarks, the
 * install check): Debian's build, never a downloaded one, with the flags that keep it quiet and
 * off the network (no sync, updates or background requests).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launch options for Playwright's `launchOptions` and `chromium.launch`; `extraArgs` are added. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): {
  executablePath: string
  args: string[]
} {
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] }
}
