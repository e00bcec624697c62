/** The text `npm run devnet` prints once everything is up. */
import type { DevnetConfig } from './config'
import type { DevnetInfo } from './types'

export function printReady(info: DevnetInfo, config: DevnetConfig, elapsedMs: number): void {
  const wallet = info.devWallets[0]!
  const lines = [
    '',
    `  0G devnet (chain ${info.chainId}) — real 0G contracts on anvil, ${info.providers.length} seeded providers`,
    `  RPC              ${info.rpcUrl}`,
    `  Providers        ${info.providerServerUrl}/<slug>  (${info.providers.map((p) => p.slug).join(', ')})`,
    `  LedgerManager    ${info.contracts.ledger}`,
    `  InferenceServing ${info.contracts.inference}`,
    `  State file       ${config.stateDir}/devnet.json`,
    config.upstreamUrl
      ? `  Chat upstream    ${config.upstreamUrl}`
      : '  Responders       built-in devnet responders (set DEVNET_UPSTREAM_URL to forward chat)',
    config.testMode ? '  Test knobs       enabled (DEVNET_TEST=1)' : '',
    '',
    '  MetaMask: Settings → Networks → Add a network manually:',
    `    Network name "0G Devnet", RPC URL ${info.rpcUrl}, chain ID ${info.chainId}, currency symbol 0G.`,
    '  Then Import account with this dev private key (public test key, 10 000 0G, devnet only):',
    `    ${wallet.address}  ${wallet.privateKey}`,
    '',
    `devnet ready in ${(elapsedMs / 1000).toFixed(1)} s`,
  ]
  console.log(lines.filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n'))
}
