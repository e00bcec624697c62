/** Route paths of the app (hash routes, so they survive reloads on any static host). */
export const paths = {
  marketplace: '/',
  playground: '/playground',
  account: '/account',
  service: '/services/:provider',
  compare: '/compare',
  verifyReceipt: '/verify-receipt',
  settings: '/settings',
} as const

/** Link to one service's page (the provider address identifies the service). */
export function serviceHref(provider: string): string {
  return `/services/${encodeURIComponent(provider)}`
}

/** Link to the side-by-side comparison of these providers' services. */
export function compareHref(providers: readonly string[]): string {
  return `/compare?p=${providers.map(encodeURIComponent).join(',')}`
}

/** Link to the Playground with this provider preselected. */
export function playgroundHref(provider: string): string {
  return `/playground?provider=${encodeURIComponent(provider)}`
}
