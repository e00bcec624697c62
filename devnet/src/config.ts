/** Devnet settings from the environment, validated once with clear messages. */

export interface DevnetConfig {
  host: string
  rpcPort: number
  providerPort: number
  testMode: boolean
  upstreamUrl?: string
  upstreamModel?: string
  upstreamApiKey?: string
  settleIntervalMs: number
  /** how long the provider server reuses a sub-account read (the broker's contractAccountCache) */
  accountCacheMs: number
  /** seed the devnet-only billing services too (DEVNET_BILLING_DEMOS, default on) */
  billingDemos: boolean
  rateLimit: { perMinute: number; burst: number; concurrent: number }
  stateDir: string
  /** Extra services for scale tests (devnet/src/seed-extra.ts); 0 = only the catalog. */
  extraServices: number
}

function intFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name}=${raw} is invalid: expected a whole number from ${min} to ${max}`)
  }
  return n
}

/** Reads DEVNET_* variables (see devnet/README.md). Throws on invalid values. */
export function devnetConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DevnetConfig {
  const upstreamUrl = env.DEVNET_UPSTREAM_URL?.trim() || undefined
  if (upstreamUrl && !/^https?:\/\//.test(upstreamUrl)) {
    throw new Error(
      `DEVNET_UPSTREAM_URL=${upstreamUrl} must be an http(s) URL, e.g. http://127.0.0.1:11434/v1`,
    )
  }
  return {
    host: env.DEVNET_HOST?.trim() || '127.0.0.1',
    rpcPort: intFrom(env, 'DEVNET_RPC_PORT', 8545, 0, 65535),
    providerPort: intFrom(env, 'DEVNET_PROVIDER_PORT', 8600, 0, 65535),
    testMode: env.DEVNET_TEST === '1',
    upstreamUrl: upstreamUrl?.replace(/\/+$/, ''),
    upstreamModel: env.DEVNET_UPSTREAM_MODEL?.trim() || undefined,
    upstreamApiKey: env.DEVNET_UPSTREAM_API_KEY?.trim() || undefined,
    settleIntervalMs: intFrom(env, 'DEVNET_SETTLE_INTERVAL_MS', 30_000, 0, 86_400_000),
    accountCacheMs: intFrom(env, 'DEVNET_ACCOUNT_CACHE_MS', 600_000, 0, 86_400_000),
    billingDemos: env.DEVNET_BILLING_DEMOS?.trim() !== '0',
    rateLimit: {
      perMinute: intFrom(env, 'DEVNET_RATE_PER_MIN', 30, 1, 1_000_000),
      burst: intFrom(env, 'DEVNET_RATE_BURST', 5, 1, 1_000_000),
      concurrent: intFrom(env, 'DEVNET_RATE_CONCURRENT', 5, 1, 100_000),
    },
    stateDir: env.DEVNET_STATE_DIR?.trim() || '.devnet',
    extraServices: intFrom(env, 'DEVNET_EXTRA_SERVICES', 0, 0, 10_000),
  }
}
