import { Component, Suspense, type ReactNode } from 'react'
import { Outlet } from 'react-router'
import { PendingTransactions } from '@/components/feedback/pending-transactions'
import { RouteError } from '@/components/feedback/route-error'
import { Toaster } from '@/components/feedback/toaster'
import { NetworkBanner } from './network-banner'
import { PageSkeleton } from './page-skeleton'
import { StorageNotice } from './storage-notice'
import { TopNav } from './top-nav'
import { WrongNetworkBanner } from './wrong-network-banner'

/** The frame around every page: header, network banners, page content, toasts. */
export function AppShell() {
  return (
    <div className="flex min-h-screen flex-col">
      <TopNav />
      <NetworkBanner />
      <WrongNetworkBanner />
      <StorageNotice />
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {/* Transactions sent before a reload are picked up again on whatever page the user lands. */}
        <PendingTransactions />
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="border-t border-border px-4 py-4 text-center text-xs text-muted">
        Services and prices are read directly from the 0G contracts over the network's RPC; no
        server of ours is involved.
      </footer>
      <Toaster />
    </div>
  )
}

/** Renders `fallback` instead of `children` once they throw while rendering. */
class Fallback extends Component<
  { children: ReactNode; fallback: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

/**
 * The error screen when the frame itself failed (react-router errorElement of the root route): the
 * navigation stays usable (without the network and wallet buttons if those failed too) and the
 * error offers "Clear local data".
 */
export function AppShellError() {
  return (
    <div className="flex min-h-screen flex-col">
      <Fallback fallback={<TopNav bare />}>
        <TopNav />
      </Fallback>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <RouteError />
      </main>
    </div>
  )
}
