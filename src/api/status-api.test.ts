/** The status API URL per network, and its fetch (bounded, JSON, HTTP errors thrown). */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchStatus, statusApiUrl } from './status-api'

afterEach(() => vi.unstubAllGlobals())

describe('status API', () => {
  it('has URLs for Mainnet and Testnet; the devnet only when npm start configured one', () => {
    expect(statusApiUrl(16661)).toBe('https://compute-status.0g.ai/health')
    expect(statusApiUrl(16602)).toBe('https://compute-status-testnet.0g.ai/health')
    expect(statusApiUrl(31337)).toBeUndefined() // no VITE_DEVNET_STATUS_URL in unit tests
  })

  it('reads the answer through the parser', async () => {
    const body = {
      services: [
        {
          provider: '0x00000000000000000000000000000000000000aa',
          model: 'm',
          status: 'healthy',
          checks: { uptime: 100 },
          performance: { response_time: { avg: 12 } },
        },
      ],
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body))),
    )
    const r = await fetchStatus(16661)
    expect(r.byProvider['0x00000000000000000000000000000000000000aa']?.[0]?.avgMs).toBe(12)
  })

  it('makes no request without a URL; throws on HTTP errors and on non-JSON', async () => {
    const fetch = vi.fn(async () => new Response('no', { status: 503 }))
    vi.stubGlobal('fetch', fetch)
    expect(await fetchStatus(31337)).toEqual({ at: null, byProvider: {} })
    expect(fetch).not.toHaveBeenCalled()
    await expect(fetchStatus(16602)).rejects.toThrow('HTTP 503')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>')),
    )
    await expect(fetchStatus(16602)).rejects.toThrow('not JSON')
  })
})
