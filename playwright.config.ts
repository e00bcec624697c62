import { defineConfig } from '@playwright/test'
import { E2E, E2E_APP_URL } from './e2e/e2e-env'
import { chromiumLaunchOptions } from './scripts/chromium'

// One devnet, one worker: tests are isolated by chain snapshots (e2e/fixtures/devnet.ts).
export default defineConfig({
  testDir: './e2e/specs',
  outputDir: E2E.outDir.replace('dist-e2e', 'test-results'),
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: E2E_APP_URL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: E2E_APP_URL,
    // Never adopt a node someone else started on these ports.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    env: {
      DEVNET_TEST: '1',
      DEVNET_RPC_PORT: String(E2E.rpcPort),
      DEVNET_PROVIDER_PORT: String(E2E.providerPort),
      DEVNET_STATE_DIR: E2E.stateDir,
      DEVNET_SETTLE_INTERVAL_MS: '0',
      // Sub-account reads are cached like the live broker's (10 min); briefly in e2e.
      DEVNET_ACCOUNT_CACHE_MS: '500',
      // The specs pin the 9 published services; the devnet-only billing services are devnet-tested.
      DEVNET_BILLING_DEMOS: '0',
      APP_PORT: String(E2E.appPort),
      APP_OUT_DIR: E2E.outDir,
    },
  },
})
