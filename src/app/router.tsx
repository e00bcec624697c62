/**
 * Routes. Hash routing (`#/playground`) so every route survives a reload on any static host,
 * IPFS gateway or sub-path. The marketplace is the initial route and loads eagerly; the rest are
 * split into their own chunks.
 */
import type { ComponentType } from 'react'
import { createHashRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { RouteError } from '@/components/feedback/route-error'
import { AppShell, AppShellError } from '@/components/layout/app-shell'
import { PageSkeleton } from '@/components/layout/page-skeleton'
import { paths } from '@/config/paths'
import { MarketplacePage } from '@/pages/marketplace-page'

/**
 * A route's code, loaded on first visit. When the chunk cannot be loaded (network failure, a deploy
 * replaced it) the route renders the failure, so its error screen shows instead of an empty page
 * (a rejected `lazy` left the outlet blank).
 */
function lazyPage(load: () => Promise<ComponentType>) {
  return async () => {
    try {
      return { Component: await load() }
    } catch (error) {
      return {
        Component: () => {
          throw error
        },
      }
    }
  }
}

const router = createHashRouter([
  {
    path: '/',
    Component: AppShell,
    HydrateFallback: PageSkeleton,
    // The frame failed: its error screen keeps the navigation and offers "Clear local data".
    errorElement: <AppShellError />,
    children: [
      { index: true, Component: MarketplacePage, errorElement: <RouteError /> },
      {
        path: paths.playground,
        lazy: lazyPage(async () => (await import('@/pages/playground-page')).PlaygroundPage),
        errorElement: <RouteError />,
      },
      {
        path: paths.account,
        lazy: lazyPage(async () => (await import('@/pages/account-page')).AccountPage),
        errorElement: <RouteError />,
      },
      {
        path: paths.service,
        lazy: lazyPage(async () => (await import('@/pages/service-detail-page')).ServiceDetailPage),
        errorElement: <RouteError />,
      },
      {
        path: paths.compare,
        lazy: lazyPage(
          async () => (await import('@/pages/service-compare-page')).ServiceComparePage,
        ),
        errorElement: <RouteError />,
      },
      {
        path: paths.verifyReceipt,
        lazy: lazyPage(async () => (await import('@/pages/verify-receipt-page')).VerifyReceiptPage),
        errorElement: <RouteError />,
      },
      {
        path: paths.settings,
        lazy: lazyPage(async () => (await import('@/pages/settings-page')).SettingsPage),
        errorElement: <RouteError />,
      },
      {
        path: '*',
        lazy: lazyPage(async () => (await import('@/pages/not-found-page')).NotFoundPage),
      },
    ],
  },
])

/** The app's router. */
export function AppRouter() {
  return <RouterProvider router={router} />
}
