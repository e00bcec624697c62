import { lazy, Suspense } from 'react'

const WalletUi = lazy(async () => ({ default: (await import('./wallet-ui')).WalletUi }))

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
