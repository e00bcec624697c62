/** Route paths of the app (hash routes, so they survive reloads on any static host). */
export const paths = {
  marketplace: '/',
  playground: '/playground',
  account: '/account',
} as const

export type AppPath = (typeof paths)[keyof typeof paths]
