/**
 * Before any spec: make sure the chain on the e2e port is OUR devnet (chain id, contract code, the
 * provider server's run id equals the one in the state file), not some other node on that port.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createPublicClient, http } from 'viem'
import type { DevnetInfo } from '../devnet/src/types'
import { E2E, E2E_RPC_URL } from './e2e-env'

export default async function globalSetup(): Promise<void> {
  const info = JSON.parse(
    readFileSync(path.join(E2E.stateDir, 'devnet.json'), 'utf8'),
  ) as DevnetInfo
  const client = createPublicClient({ transport: http(E2E_RPC_URL) })
  const chainId = await client.getChainId()
  if (chainId !== 31337) throw new Error(`chain id ${chainId} at ${E2E_RPC_URL}: not the devnet`)
  const code = await client.getCode({ address: info.contracts.ledger })
  if (!code || code === '0x')
    throw new Error(`no LedgerManager at ${info.contracts.ledger}: not our devnet`)
  const health = (await (await fetch(`${info.providerServerUrl}/health`)).json()) as {
    runId?: string
  }
  if (health.runId !== info.runId) {
    throw new Error(
      `provider server run id ${health.runId} ≠ ${info.runId}: another devnet answers on the e2e ports`,
    )
  }
}
