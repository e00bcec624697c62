import { lazy, Suspense } from 'react'
import { afterNextPaint } from '@/lib/after-paint'

// RainbowKit is the largest module of the app: evaluating it before the first frame is painted
// held the catalog's first rows back by ~150 ms on a phone's CPU (docs/performance.md).
const WalletUi = lazy(async () => {
  await afterNextPaint()
  return { default: (await import('./wallet-ui')).WalletUi }
})

/** RainbowKit's connect/account button (test id `rk-connect-button`), loaded after the first screen. */
export function ConnectButton() {
  return (
    <Suspense
      fallback={
        <span className="inline-flex h-10 items-center rounded-md border border-border px-4 text-sm text-muted">
          Wallet…
        </span>
      }
    >
      <WalletUi />
    </Suspense>
  )
}
