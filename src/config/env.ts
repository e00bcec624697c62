/// <reference types="vite/client" />
/**
 * The app's configuration, validated once from `import.meta.env` (VITE_* variables only; see
 * .env.example). Invalid values stop the app at startup with a list of every problem.
 */

export const CHAIN_PROFILES = ['mainnet', 'testnet', 'devnet'] as const
export type ChainProfile = (typeof CHAIN_PROFILES)[number]

export interface AppEnv {
  /** Networks the app offers, in the configured order. */
  chainProfiles: readonly ChainProfile[]
  /** The network shown before a wallet connects; always one of `chainProfiles`. */
  defaultChain: ChainProfile
  devnetRpcUrl: string
  /** The devnet's stand-in for 0G's provider status API (`npm start` sets it), if any. */
  devnetStatusUrl: string | undefined
  /** WalletConnect Cloud project id; without it no WalletConnect wallet is offered. */
  wcProjectId: string | undefined
}

/** Thrown when the environment is invalid; `problems` lists each one. */
export class EnvError extends Error {
  override name = 'EnvError'
  constructor(readonly problems: string[]) {
    super(`Invalid app configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

const isProfile = (v: string): v is ChainProfile =>
  (CHAIN_PROFILES as readonly string[]).includes(v)

function text(raw: Record<string, unknown>, key: string): string | undefined {
  const v = raw[key]
  if (typeof v !== 'string') return undefined
  const t = v.trim()
  return t === '' ? undefined : t
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/** Validates raw env values (pure, for tests); throws `EnvError` listing every problem. */
export function parseEnv(raw: Record<string, unknown>): AppEnv {
  const problems: string[] = []
  const allowed = CHAIN_PROFILES.join(', ')

  const listed = text(raw, 'VITE_CHAIN_PROFILES')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [...CHAIN_PROFILES]
  const chainProfiles: ChainProfile[] = []
  for (const p of listed) {
    if (!isProfile(p)) problems.push(`VITE_CHAIN_PROFILES: unknown profile "${p}" (use ${allowed})`)
    else if (!chainProfiles.includes(p)) chainProfiles.push(p)
  }
  if (chainProfiles.length === 0 && problems.length === 0) {
    problems.push(`VITE_CHAIN_PROFILES: list at least one of ${allowed}`)
  }

  const fallback: ChainProfile = raw.MODE === 'devnet' ? 'devnet' : 'mainnet'
  const requested = text(raw, 'VITE_DEFAULT_CHAIN') ?? fallback
  let defaultChain: ChainProfile = chainProfiles[0] ?? fallback
  if (!isProfile(requested)) {
    problems.push(`VITE_DEFAULT_CHAIN: unknown profile "${requested}" (use ${allowed})`)
  } else if (chainProfiles.length > 0 && !chainProfiles.includes(requested)) {
    if (text(raw, 'VITE_DEFAULT_CHAIN')) {
      problems.push(
        `VITE_DEFAULT_CHAIN: "${requested}" is not in VITE_CHAIN_PROFILES (${chainProfiles.join(', ')})`,
      )
    }
  } else {
    defaultChain = requested
  }

  const devnetRpcUrl = text(raw, 'VITE_DEVNET_RPC_URL') ?? 'http://127.0.0.1:8545'
  if (!isHttpUrl(devnetRpcUrl)) {
    problems.push(`VITE_DEVNET_RPC_URL: "${devnetRpcUrl}" is not an http(s) URL`)
  }

  const devnetStatusUrl = text(raw, 'VITE_DEVNET_STATUS_URL')
  if (devnetStatusUrl !== undefined && !isHttpUrl(devnetStatusUrl)) {
    problems.push(`VITE_DEVNET_STATUS_URL: "${devnetStatusUrl}" is not an http(s) URL`)
  }

  const wcProjectId = text(raw, 'VITE_WC_PROJECT_ID')
  if (wcProjectId !== undefined && !/^[0-9a-zA-Z]{8,64}$/.test(wcProjectId)) {
    problems.push('VITE_WC_PROJECT_ID: expected the alphanumeric id from WalletConnect Cloud')
  }

  if (problems.length > 0) throw new EnvError(problems)
  return { chainProfiles, defaultChain, devnetRpcUrl, devnetStatusUrl, wcProjectId }
}

/** The validated configuration of this build. */
export const env: AppEnv = parseEnv(import.meta.env)
