/**
 * Starts a complete local 0G network: anvil, the real contracts, the seeded catalog and the
 * provider server; writes `<stateDir>/devnet.json`. Used by `npm run devnet`, `npm start` and tests.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEPLOYER_INDEX, DEV_WALLET_INDEXES, devAccount, devKey } from './accounts'
import { startChain, DEVNET_CHAIN_ID } from './chain'
import type { DevnetConfig } from './config'
import { deployContracts, LOCK_TIME_SECONDS } from './deploy'
import { installMulticall3 } from './multicall3'
import { assertPortFree, freePort } from './ports'
import { startProviderServer } from './provider-server/server'
import { CATALOG, PUBLISHED_CATALOG } from './catalog'
import { plannedProviders, seedCatalog } from './seed'
import { seedFineTuning } from './seed-fine-tuning'
import { seedExtraServices } from './seed-extra'
import { rpcClient } from './tx-batch'
import type { DevnetInfo } from './types'

export interface RunningDevnet {
  info: DevnetInfo
  /** Settles every unsettled fee now (what the timer does). */
  settleAll(): Promise<unknown>
  stop(): Promise<void>
}

/** Brings the devnet up; on any failure everything started so far is stopped again. */
export async function startDevnet(
  config: DevnetConfig,
  log: (line: string) => void = () => {},
): Promise<RunningDevnet> {
  const providerPort = config.providerPort === 0 ? await freePort(config.host) : config.providerPort
  await assertPortFree(config.host, providerPort, 'Devnet provider server')
  const chain = await startChain(config.host, config.rpcPort)
  try {
    const client = rpcClient(chain.rpcUrl)
    const deployer = devAccount(DEPLOYER_INDEX)
    const deployment = await deployContracts(client, deployer)
    const multicall3 = await installMulticall3(client)
    const providerServerUrl = `http://${config.host}:${providerPort}`
    const providers = plannedProviders(
      providerServerUrl,
      config.billingDemos ? CATALOG : PUBLISHED_CATALOG,
    )
    await seedCatalog(client, deployment, deployer, providers)
    const fineTuningProvider = await seedFineTuning(
      client,
      deployment.fineTuning,
      providerServerUrl,
    )
    if (config.extraServices > 0) {
      log(`registering ${config.extraServices} extra services (DEVNET_EXTRA_SERVICES)…`)
      await seedExtraServices(
        client,
        deployment.inference,
        deployer,
        providerServerUrl,
        config.extraServices,
      )
    }
    const runId = randomUUID()
    const server = await startProviderServer({
      host: config.host,
      port: providerPort,
      rpcUrl: chain.rpcUrl,
      chainId: DEVNET_CHAIN_ID,
      inferenceAddress: deployment.inference,
      providers,
      runId,
      testMode: config.testMode,
      upstreamUrl: config.upstreamUrl,
      upstreamModel: config.upstreamModel,
      upstreamApiKey: config.upstreamApiKey,
      settleIntervalMs: config.settleIntervalMs,
      accountCacheMs: config.accountCacheMs,
      rateLimit: config.rateLimit,
      log,
    })
    const info: DevnetInfo = {
      runId,
      chainId: DEVNET_CHAIN_ID,
      rpcUrl: chain.rpcUrl,
      providerServerUrl,
      contracts: { ...deployment, multicall3 },
      lockTimeSeconds: LOCK_TIME_SECONDS,
      deployer: { address: deployer.address, privateKey: devKey(DEPLOYER_INDEX) },
      devWallets: DEV_WALLET_INDEXES.map((i) => ({
        address: devAccount(i).address,
        privateKey: devKey(i),
      })),
      providers: providers.map((p) => ({
        slug: p.entry.slug,
        model: p.entry.model,
        serviceType: p.entry.serviceType,
        verifiability: p.entry.verifiability,
        address: p.address,
        teeSigner: p.teeSigner,
        url: p.url,
      })),
      fineTuningProviders: [{ address: fineTuningProvider.address, url: fineTuningProvider.url }],
      testMode: config.testMode,
    }
    mkdirSync(config.stateDir, { recursive: true })
    writeFileSync(path.join(config.stateDir, 'devnet.json'), `${JSON.stringify(info, null, 2)}\n`)
    return {
      info,
      settleAll: () => server.settleAll(),
      stop: async () => {
        await server.close().catch(() => {})
        await chain.stop()
      },
    }
  } catch (e) {
    await chain.stop()
    throw e
  }
}
