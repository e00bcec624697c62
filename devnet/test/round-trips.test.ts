/**
 * Sequential RPC round trips of the app's own fetchers (src/chain/) against the devnet, counted at
 * a proxy that adds a fixed delay per round trip (bench/latency-proxy.ts): the longest chain of
 * requests each sent after the previous one had answered. A batch (JSON-RPC array or Multicall3)
 * is one request. Counts, not times: the delay only keeps parallel requests overlapping.
 */
import { createPublicClient, defineChain, http, type Address } from 'viem'
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fetchAllServices } from '@/chain/services/all-services-query'
import { fetchChainHistory } from '@/chain/ledger/history-query'
import { fetchLedgerCalls } from '@/chain/ledger/ledger-tx-search'
import { fetchLedgerOverview } from '@/chain/ledger/ledger-query'
import { DEVNET_CHAIN_ID, MULTICALL3_ADDRESS } from '@/contracts/addresses'
import { criticalPath, startLatencyProxy, type LatencyProxy } from '../../bench/latency-proxy'

/** Gates (issue #16): the first catalog page and the complete Account page. */
const MAX_CATALOG_ROUND_TRIPS = 2
const MAX_ACCOUNT_ROUND_TRIPS = 3

const devnet = inject('devnet')
let proxy: LatencyProxy

beforeAll(async () => {
  // No connection set-up cost: a request that waits for a new connection is not a dependency.
  proxy = await startLatencyProxy({ target: devnet.rpcUrl, port: 0, rttMs: 40, handshake: false })
})
afterAll(() => proxy.close())

/** A client configured like the app's wagmi client on the devnet (Multicall3 batching). */
function appClient() {
  return createPublicClient({
    chain: defineChain({
      id: DEVNET_CHAIN_ID,
      name: 'Devnet',
      nativeCurrency: { name: '0G', symbol: '0G', decimals: 18 },
      rpcUrls: { default: { http: [proxy.url] } },
      contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
    }),
    transport: http(proxy.url),
    batch: { multicall: true },
  })
}

async function roundTrips(run: () => Promise<unknown>) {
  const from = Date.now()
  await run()
  const until = Date.now()
  // The proxy marks a request ended a moment after its last byte: let it catch up.
  await new Promise((resolve) => setTimeout(resolve, 100))
  const requests = proxy.since(from, until).filter((r) => r.method === 'POST')
  const path = criticalPath(requests, until)
  if (process.env.ROUND_TRIPS_VERBOSE) console.log(path, Date.now() - from, 'ms')
  // Something was read: a path of 0 would pass any gate.
  expect(path.sequential).toBeGreaterThan(0)
  return path
}

describe('sequential RPC round trips of the app fetchers', () => {
  it(`the catalog's first page takes at most ${MAX_CATALOG_ROUND_TRIPS}`, async () => {
    const client = appClient()
    const path = await roundTrips(
      () =>
        new Promise<void>((resolve, reject) => {
          let shown = false
          fetchAllServices(client, DEVNET_CHAIN_ID, {
            onProgress: () => {
              shown = true
              resolve()
            },
          })
            .then(() => {
              if (!shown) resolve()
            })
            .catch(reject)
        }),
    )
    expect(path.sequential, path.chain.join(' → ')).toBeLessThanOrEqual(MAX_CATALOG_ROUND_TRIPS)
  })

  it(`the Account page (overview, history, ledger calls, balance) takes at most ${MAX_ACCOUNT_ROUND_TRIPS}`, async () => {
    const client = appClient()
    const user: Address = privateKeyToAccount(generatePrivateKey()).address
    const path = await roundTrips(() =>
      Promise.all([
        fetchLedgerOverview(client, DEVNET_CHAIN_ID, user),
        fetchChainHistory(client, DEVNET_CHAIN_ID, user),
        fetchLedgerCalls(client, DEVNET_CHAIN_ID, user, undefined),
        client.getBalance({ address: user }),
      ]),
    )
    expect(path.sequential, path.chain.join(' → ')).toBeLessThanOrEqual(MAX_ACCOUNT_ROUND_TRIPS)
  })
})
