/** The public status API is read leniently, only on Mainnet/Testnet, and never on the devnet. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchStatus, statusApiUrl } from './status-api'

const A = '0x00000000000000000000000000000000000000aA'
const B = '0x00000000000000000000000000000000000000bB'

afterEach(() => vi.unstubAllGlobals())

describe('status API', () => {
  it('has URLs for Mainnet and Testnet only', () => {
    expect(statusApiUrl(16661)).toBe('https://compute-status.0g.ai/health')
    expect(statusApiUrl(16602)).toContain('testnet')
    expect(statusApiUrl(31337)).toBeUndefined()
  })

  it('finds provider entries anywhere in the answer', async () => {
    const body = {
      data: {
        providers: [
          { provider: A, status: 'healthy' },
          { address: B, uptime: 0.99 },
          { provider: 'x' },
        ],
      },
    }
    const fetch = vi.fn(async () => new Response(JSON.stringify(body)))
    vi.stubGlobal('fetch', fetch)
    expect(await fetchStatus(16661)).toEqual({
      [A.toLowerCase()]: 'healthy',
      [B.toLowerCase()]: '0.99',
    })
  })

  it('makes no request on the devnet and throws on HTTP errors', async () => {
    const fetch = vi.fn(async () => new Response('no', { status: 503 }))
    vi.stubGlobal('fetch', fetch)
    expect(await fetchStatus(31337)).toEqual({})
    expect(fetch).not.toHaveBeenCalled()
    await expect(fetchStatus(16602)).rejects.toThrow('HTTP 503')
  })
})
