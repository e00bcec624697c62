/**
 * Routes. Hash routing (`#/playground`) so every route survives a reload on any static host,
 * IPFS gateway or sub-path. The marketplace is the initial route and loads eagerly; the rest are
 * split into their own chunks.
 */
import { createHashRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { RouteError } from '@/components/feedback/route-error'
import { AppShell } from '@/components/layout/app-shell'
import { PageSkeleton } from '@/components/layout/page-skeleton'
import { paths } from '@/config/paths'
import { MarketplacePage } from '@/pages/marketplace-page'

const router = createHashRouter([
  {
    path: '/',
    Component: AppShell,
    HydrateFallback: PageSkeleton,
    errorElement: <RouteError />,
    children: [
      { index: true, Component: MarketplacePage, errorElement: <RouteError /> },
      {
        path: paths.playground,
        lazy: async () => ({ Component: (await import('@/pages/playground-page')).PlaygroundPage }),
        errorElement: <RouteError />,
      },
      {
        path: paths.account,
        lazy: async () => ({ Component: (await import('@/pages/account-page')).AccountPage }),
        errorElement: <RouteError />,
      },
      {
        path: paths.service,
        lazy: async () => ({
          Component: (await import('@/pages/service-detail-page')).ServiceDetailPage,
        }),
        errorElement: <RouteError />,
      },
      {
        path: paths.compare,
        lazy: async () => ({
          Component: (await import('@/pages/service-compare-page')).ServiceComparePage,
        }),
        errorElement: <RouteError />,
      },
      {
        path: paths.verifyReceipt,
        lazy: async () => ({
          Component: (await import('@/pages/verify-receipt-page')).VerifyReceiptPage,
        }),
        errorElement: <RouteError />,
      },
      {
        path: paths.settings,
        lazy: async () => ({ Component: (await import('@/pages/settings-page')).SettingsPage }),
        errorElement: <RouteError />,
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('@/pages/not-found-page')).NotFoundPage }),
      },
    ],
  },
])

/** The app's router. */
export function AppRouter() {
  return <RouterProvider router={router} />
}
