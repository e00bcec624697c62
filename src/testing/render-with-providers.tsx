/**
 * DOM tests (Vitest project `dom`, happy-dom): renders a component inside the app's providers —
 * wagmi with its `mock` connector on the devnet chain, TanStack Query and a memory router — with
 * no network at all: the chain transport answers a few read methods from fixed values and throws
 * for anything else, so a test that reaches the chain unexpectedly fails loudly.
 *
 * App code never imports this folder (ESLint zone).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import { userEvent, type UserEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { custom, numberToHex, type Address } from 'viem'
import { createConfig, WagmiProvider, type Config } from 'wagmi'
import { connect } from 'wagmi/actions'
import { mock } from 'wagmi/connectors'
import { zeroGDevnet } from '@/config/chains'

/** Anvil's first dev account: the mock wallet's address. */
export const TEST_ACCOUNT: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/** How the mock wallet starts: not connected, connected on the devnet, or on another chain. */
export type WalletState = 'disconnected' | 'connected' | 'wrong-network'

/** A chain the app never supports (Ethereum mainnet), for the wrong-network state. */
export const UNSUPPORTED_CHAIN_ID = 1

export interface RenderOptions {
  wallet?: WalletState
  /** Answers JSON-RPC reads the defaults below don't (return undefined to fall through). */
  rpc?: (method: string, params: unknown) => unknown
  /** Wallet balance in neuron answered to eth_getBalance (default 0). */
  balance?: bigint
  /** Routes for the memory router; without them `ui` is rendered at every path. */
  routes?: RouteObject[]
  /** Initial location (default `/`). */
  route?: string
}

export interface RenderWithProvidersResult extends RenderResult {
  user: UserEvent
  config: Config
  queryClient: QueryClient
  router: ReturnType<typeof createMemoryRouter>
  /** The wallet switches to `chainId` on its own (as a user does in the wallet): chainChanged. */
  setWalletChain(chainId: number): void
}

/** A wagmi config with only the `mock` connector and a network-free transport. */
export function createTestWagmiConfig(opts: Pick<RenderOptions, 'rpc' | 'balance'> = {}): Config {
  const transport = custom({
    async request({ method, params }: { method: string; params?: unknown }) {
      const answer = opts.rpc?.(method, params)
      if (answer !== undefined) return answer
      switch (method) {
        case 'eth_chainId':
          return numberToHex(zeroGDevnet.id)
        case 'net_version':
          return String(zeroGDevnet.id)
        case 'eth_blockNumber':
          return '0x1'
        case 'eth_getBalance':
          return numberToHex(opts.balance ?? 0n)
        default:
          throw new Error(`renderWithProviders: no test answer for ${method}`)
      }
    },
  })
  return createConfig({
    chains: [zeroGDevnet],
    connectors: [mock({ accounts: [TEST_ACCOUNT] })],
    transports: { [zeroGDevnet.id]: transport },
    multiInjectedProviderDiscovery: false,
    storage: null,
  })
}

/** A query client for one test: no retries, so a failing read shows its error at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  })
}

/**
 * Renders `ui` (or `routes`) inside WagmiProvider > QueryClientProvider > a memory router, with
 * the mock wallet connected first when asked. Await it: connecting is asynchronous.
 */
export async function renderWithProviders(
  ui: ReactNode,
  opts: RenderOptions = {},
): Promise<RenderWithProvidersResult> {
  const config = createTestWagmiConfig(opts)
  const queryClient = createTestQueryClient()
  const wallet = opts.wallet ?? 'disconnected'
  const connector = config.connectors[0]!
  if (wallet !== 'disconnected') await connect(config, { connector })
  const setWalletChain = (chainId: number) => connector.emitter.emit('change', { chainId })
  if (wallet === 'wrong-network') setWalletChain(UNSUPPORTED_CHAIN_ID)

  const router = createMemoryRouter(opts.routes ?? [{ path: '*', element: ui }], {
    initialEntries: [opts.route ?? '/'],
  })
  const user = userEvent.setup()
  const result = render(
    <WagmiProvider config={config} reconnectOnMount={false}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </WagmiProvider>,
  )
  return { ...result, user, config, queryClient, router, setWalletChain }
}
