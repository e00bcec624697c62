/**
 * A minimal injected EIP-6963 wallet for benchmarks (no Playwright test runner): dev wallet #1 on
 * the devnet, accounts on request, everything else forwarded to the devnet RPC.
 */
import type { Page } from 'playwright-core'
import { createPublicClient, http, numberToHex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { devKey, DEV_WALLET_INDEXES } from '../devnet/src/accounts'
import { installWalletShim } from '../e2e/fixtures/wallet-shim'

export const BENCH_WALLET_RDNS = 'dev.zerog.bench-wallet'

/** Installs the wallet on `page`; `onRpc` sees every JSON-RPC method the page sends through it. */
export async function installBenchWallet(
  page: Page,
  rpcUrl: string,
  onRpc?: (method: string) => void,
  legacyMetaMask = false,
): Promise<void> {
  const account = privateKeyToAccount(devKey(DEV_WALLET_INDEXES[0]))
  const client = createPublicClient({ transport: http(rpcUrl) })
  let authorized = false
  await page.exposeFunction('__e2eWalletRequest', async (payload: string) => {
    const { method, params } = JSON.parse(payload) as { method: string; params?: unknown[] }
    onRpc?.(method)
    try {
      let result: unknown
      if (method === 'eth_requestAccounts' || method === 'wallet_requestPermissions') {
        authorized = true
        result =
          method === 'eth_requestAccounts'
            ? [account.address]
            : [{ parentCapability: 'eth_accounts' }]
      } else if (method === 'eth_accounts') result = authorized ? [account.address] : []
      else if (method === 'eth_chainId') result = numberToHex(31337)
      else if (method === 'wallet_switchEthereumChain' || method === 'wallet_addEthereumChain')
        result = null
      else result = await client.request({ method, params } as never)
      return JSON.stringify({ ok: true, result })
    } catch (e) {
      return JSON.stringify({ ok: false, error: { code: -32603, message: String(e) } })
    }
  })
  const opts = {
    uuid: '7f1f6a2e-0000-4000-8000-be0c00000001',
    name: 'Bench Wallet',
    rdns: BENCH_WALLET_RDNS,
    legacyMetaMask,
    icon: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
  }
  // tsx (esbuild, keepNames) wraps named functions in `__name(…)`; the page has no such helper.
  await page.addInitScript({
    content: `var __name = (f) => f;(${installWalletShim.toString()})(${JSON.stringify(opts)})`,
  })
}
