import { describe, expect, it } from 'vitest'
import { buildCsp, cspDirectives } from './csp'

const get = (csp: [string, string[]][], name: string) => csp.find(([n]) => n === name)?.[1]

describe('buildCsp', () => {
  it('never allows inline or eval script, plugins, forms or a foreign base', () => {
    const csp = buildCsp({
      profiles: ['mainnet', 'testnet', 'devnet'],
      devnetRpcUrl: 'http://127.0.0.1:8545',
    })
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).toContain("form-action 'none'")
    expect(csp).not.toContain('frame-ancestors')
  })

  it('allows inline script only by the hashes the build gives (the first screen preview)', () => {
    const csp = buildCsp({
      profiles: ['devnet'],
      devnetRpcUrl: 'http://127.0.0.1:8545',
      scriptHashes: ['sha256-abc='],
    })
    expect(csp).toContain("script-src 'self' 'sha256-abc=';")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  })

  it('connect-src follows the profiles: https on public networks, loopback only on the devnet', () => {
    const devnet = cspDirectives({ profiles: ['devnet'], devnetRpcUrl: 'http://127.0.0.1:18545' })
    expect(get(devnet, 'connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:18545',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ])
    const mainnet = cspDirectives({ profiles: ['mainnet'], devnetRpcUrl: 'http://127.0.0.1:8545' })
    expect(get(mainnet, 'connect-src')).toEqual([
      "'self'",
      'https://evmrpc.0g.ai',
      'https:',
      'http:',
    ])
    expect(get(mainnet, 'frame-src')).toEqual(["'none'"])
  })

  it('adds WalletConnect hosts only with a project id, frame-ancestors only in a header', () => {
    const wc = cspDirectives(
      { profiles: ['testnet'], devnetRpcUrl: 'http://127.0.0.1:8545', wcProjectId: 'abc12345' },
      { header: true },
    )
    expect(get(wc, 'connect-src')).toContain('wss://*.walletconnect.org')
    expect(get(wc, 'frame-ancestors')).toEqual(["'none'"])
  })
})
