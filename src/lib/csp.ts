/**
 * The Content-Security-Policy of the static build (docs/security.md § CSP). Pure, so vite.config.ts
 * (build-time `<meta>`), bin/start-web.mjs (reads the meta back and sends it as a header) and the
 * unit test share one definition.
 */

export interface CspInput {
  /** VITE_CHAIN_PROFILES of the build (mainnet, testnet, devnet). */
  profiles: readonly string[]
  /** VITE_DEVNET_RPC_URL (only used when the devnet profile is offered). */
  devnetRpcUrl: string
  /** VITE_WC_PROJECT_ID; WalletConnect hosts are allowed only when it is set. */
  wcProjectId?: string | undefined
  /**
   * `sha256-…` sources of the inline scripts the build itself writes into index.html (the first
   * screen preview); nothing else inline may run.
   */
  scriptHashes?: readonly string[]
}

const PUBLIC_RPCS: Record<string, string> = {
  mainnet: 'https://evmrpc.0g.ai',
  testnet: 'https://evmrpc-testnet.0g.ai',
}

/** Loopback in any port: the devnet's anvil and provider server (provider URLs come from chain). */
const LOOPBACK = ['http://127.0.0.1:*', 'http://localhost:*']

const WALLETCONNECT_CONNECT = [
  'https://*.walletconnect.com',
  'https://*.walletconnect.org',
  'wss://*.walletconnect.com',
  'wss://*.walletconnect.org',
  'https://*.reown.com',
  'wss://*.reown.com',
]
const WALLETCONNECT_FRAMES = [
  'https://verify.walletconnect.com',
  'https://verify.walletconnect.org',
]

function origin(url: string): string | null {
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null
  } catch {
    return null
  }
}

const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))]

/** The policy's directives in order. `frame-ancestors` is only valid in a header. */
export function cspDirectives(input: CspInput, { header = false } = {}): [string, string[]][] {
  const publicNet = input.profiles.some((p) => p === 'mainnet' || p === 'testnet')
  const devnet = input.profiles.includes('devnet')
  const wc = Boolean(input.wcProjectId)
  const connect = uniq([
    "'self'",
    ...input.profiles.map((p) => PUBLIC_RPCS[p] ?? null),
    // Provider endpoints are read from chain, unknown at build time: any http(s) origin on public
    // networks (live providers may register plain-http URLs; a page served over https cannot reach
    // them anyway — mixed content — but the local web UI on http://localhost:3090 can), loopback on
    // the devnet.
    publicNet ? 'https:' : null,
    publicNet ? 'http:' : null,
    ...(devnet ? [origin(input.devnetRpcUrl), ...LOOPBACK] : []),
    ...(wc ? WALLETCONNECT_CONNECT : []),
  ])
  // Remote images in model output load only after a click (markdown-view.tsx); generated images
  // are data: URLs, exports and recordings blob: URLs.
  const img = uniq(["'self'", 'data:', 'blob:', 'https:', ...(devnet ? LOOPBACK : [])])
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...(input.scriptHashes ?? []).map((h) => `'${h}'`)]],
    // React style props are CSSOM (not covered), but RainbowKit renders its theme as a <style>
    // element and a few libraries set style attributes: inline styles stay allowed, scripts not.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', img],
    ['media-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    ['frame-src', wc ? WALLETCONNECT_FRAMES : ["'none'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ]
  if (header) directives.push(['frame-ancestors', ["'none'"]])
  return directives
}

/** The policy as one string (`; `-separated). */
export function buildCsp(input: CspInput, opts: { header?: boolean } = {}): string {
  return cspDirectives(input, opts)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}
