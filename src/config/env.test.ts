/** Env validation: defaults, mode devnet, and the list of problems for bad values. */
import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env'

function problems(raw: Record<string, unknown>): string[] {
  try {
    parseEnv(raw)
  } catch (e) {
    if (e instanceof EnvError) return e.problems
    throw e
  }
  return []
}

describe('parseEnv', () => {
  it('defaults to all profiles, mainnet first, local devnet RPC, no WalletConnect', () => {
    expect(parseEnv({ MODE: 'production' })).toEqual({
      chainProfiles: ['mainnet', 'testnet', 'devnet'],
      defaultChain: 'mainnet',
      devnetRpcUrl: 'http://127.0.0.1:8545',
      wcProjectId: undefined,
    })
  })

  it('defaults to the devnet in mode devnet', () => {
    expect(parseEnv({ MODE: 'devnet' }).defaultChain).toBe('devnet')
  })

  it('reads a trimmed profile list and falls back to its first entry', () => {
    const env = parseEnv({ MODE: 'production', VITE_CHAIN_PROFILES: ' testnet , devnet, ' })
    expect(env.chainProfiles).toEqual(['testnet', 'devnet'])
    expect(env.defaultChain).toBe('testnet')
  })

  it('accepts an explicit default chain and a WalletConnect id', () => {
    const env = parseEnv({
      VITE_DEFAULT_CHAIN: 'testnet',
      VITE_WC_PROJECT_ID: 'abcdef0123456789abcdef0123456789',
      VITE_DEVNET_RPC_URL: 'http://127.0.0.1:18545',
    })
    expect(env.defaultChain).toBe('testnet')
    expect(env.wcProjectId).toBe('abcdef0123456789abcdef0123456789')
    expect(env.devnetRpcUrl).toBe('http://127.0.0.1:18545')
  })

  it('treats empty strings as unset', () => {
    expect(
      parseEnv({ VITE_WC_PROJECT_ID: '  ', VITE_CHAIN_PROFILES: '' }).wcProjectId,
    ).toBeUndefined()
  })

  it('lists every problem at once', () => {
    const list = problems({
      VITE_CHAIN_PROFILES: 'mainnet,moon',
      VITE_DEFAULT_CHAIN: 'devnet',
      VITE_DEVNET_RPC_URL: 'ws://x',
      VITE_WC_PROJECT_ID: 'not valid!',
    })
    expect(list).toHaveLength(4)
    expect(list[0]).toMatch(/VITE_CHAIN_PROFILES: unknown profile "moon"/)
    expect(list[1]).toMatch(/VITE_DEFAULT_CHAIN: "devnet" is not in VITE_CHAIN_PROFILES/)
    expect(list[2]).toMatch(/VITE_DEVNET_RPC_URL/)
    expect(list[3]).toMatch(/VITE_WC_PROJECT_ID/)
  })

  it('rejects an unknown default chain and an empty profile list', () => {
    expect(problems({ VITE_DEFAULT_CHAIN: 'goerli' })[0]).toMatch(/unknown profile "goerli"/)
    expect(problems({ VITE_CHAIN_PROFILES: ',' })[0]).toMatch(/list at least one/)
  })

  it('throws a readable message', () => {
    expect(() => parseEnv({ VITE_DEFAULT_CHAIN: 'x' })).toThrow(
      /Invalid app configuration:\n {2}- /,
    )
  })
})
