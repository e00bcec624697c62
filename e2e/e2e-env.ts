/**
 * Ports and paths of the e2e devnet, shared by playwright.config.ts and the fixtures.
 * E2E_PORT_OFFSET (default 0) shifts every port so two e2e runs can share a machine.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)
if (!Number.isInteger(offset) || offset < 0 || offset > 1000) {
  throw new Error(
    `E2E_PORT_OFFSET=${process.env.E2E_PORT_OFFSET} must be a whole number from 0 to 1000`,
  )
}
const suffix = offset === 0 ? '' : `-${offset}`

export const E2E = {
  rpcPort: 18545 + offset,
  providerPort: 18600 + offset,
  appPort: 13090 + offset,
  stateDir: `.devnet-e2e${suffix}`,
  outDir: `dist-e2e${suffix}`,
} as const

export const E2E_RPC_URL = `http://127.0.0.1:${E2E.rpcPort}`
export const E2E_APP_URL = `http://127.0.0.1:${E2E.appPort}`
export const E2E_PROVIDER_URL = `http://127.0.0.1:${E2E.providerPort}`
