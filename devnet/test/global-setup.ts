/**
 * Starts one real devnet (anvil + 0G contracts + provider server) on free ports for the whole
 * `devnet` test project and hands its DevnetInfo to the tests through `inject('devnet')`.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { devnetConfigFromEnv } from '../src/config'
import { startDevnet, type RunningDevnet } from '../src/devnet'
import type { DevnetInfo } from '../src/types'

declare module 'vitest' {
  export interface ProvidedContext {
    devnet: DevnetInfo
  }
}

let devnet: RunningDevnet | undefined

export async function setup(project: TestProject): Promise<void> {
  const config = devnetConfigFromEnv({
    DEVNET_RPC_PORT: '0',
    DEVNET_PROVIDER_PORT: '0',
    DEVNET_TEST: '1',
    // Tests settle on demand (POST /__admin/settle) so balances are deterministic.
    DEVNET_SETTLE_INTERVAL_MS: '0',
    // The provider reuses sub-account reads like the live broker (10 min), briefly here so a
    // revocation is seen within a test; tests that need it flush it (knob account-cache).
    DEVNET_ACCOUNT_CACHE_MS: '500',
    DEVNET_STATE_DIR: mkdtempSync(path.join(os.tmpdir(), 'devnet-test-')),
  })
  devnet = await startDevnet(config)
  project.provide('devnet', devnet.info)
}

export async function teardown(): Promise<void> {
  await devnet?.stop()
}
