/** Fixed ports and paths of the e2e devnet, shared by playwright.config.ts and the fixtures. */
export const E2E = {
  rpcPort: 18545,
  providerPort: 18600,
  appPort: 13090,
  stateDir: '.devnet-e2e',
  outDir: 'dist-e2e',
} as const

export const E2E_RPC_URL = `http://127.0.0.1:${E2E.rpcPort}`
export const E2E_APP_URL = `http://127.0.0.1:${E2E.appPort}`
export const E2E_PROVIDER_URL = `http://127.0.0.1:${E2E.providerPort}`
