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

/** The element id of a service page's integration guide ("Build" section). */
export const BUILD_SECTION_ID = 'section-build'

/** Link to a service page scrolled to its integration guide. */
export function serviceBuildHref(provider: string): string {
  return `${serviceHref(provider)}#${BUILD_SECTION_ID}`
}

/** The Playground tab that serves each service type. */
const PLAYGROUND_TAB_BY_TYPE: Readonly<Record<string, string>> = {
  chatbot: 'chat',
  'text-to-image': 'image',
  'image-editing': 'edit',
  'speech-to-text': 'speech',
}

/**
 * Link to the Playground with this provider preselected; with its service type, on the tab that
 * serves it (without, the Playground picks the tab once it has read the service).
 */
export function playgroundHref(provider: string, serviceType?: string): string {
  const tab = serviceType === undefined ? undefined : PLAYGROUND_TAB_BY_TYPE[serviceType]
  const p = `provider=${encodeURIComponent(provider)}`
  return `/playground?${tab ? `tab=${tab}&` : ''}${p}`
}
