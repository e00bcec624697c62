/**
 * The broker's session rules (request.go ValidateSession / validateTokenRevocation), worked by
 * hand: 400 {"error": "validate session: …"}, first-"|" split, v 27/28 only, second-granular expiry,
 * generation and revoked bits from the cached account; and the account cache itself.
 */
import { toBytes, type Address, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import {
  encodeAppSk,
  tokenDigest,
  tokenMessage,
  type AppSkToken,
} from '../../../src/lib/protocol/app-sk-token'
import { AccountCache, BROKER_ACCOUNT_CACHE_MS } from './account-cache'
import { checkRevocation, checkSignature, parseSession } from './auth'
import type { SubAccount } from './chain-reader'
import { BrokerError, sendError } from './http-json'

const user = privateKeyToAccount(`0x${'59'.repeat(32)}`)
const provider = '0x90F79bf6EB2c4f870365E785982E1f101E93b906' as Address
const NOW = 1_700_000_000_000
const token: AppSkToken = {
  address: user.address,
  provider,
  timestamp: NOW,
  expiresAt: NOW + 3_600_000,
  nonce: 'n1',
  generation: 2,
  tokenId: 255,
}
const account = (over: Partial<SubAccount> = {}): SubAccount => ({
  nonce: 0n,
  balance: 10n ** 19n,
  pendingRefund: 0n,
  acknowledged: true,
  generation: 2n,
  revokedBitmap: 0n,
  ...over,
})

async function header(t: AppSkToken = token, v?: number): Promise<string> {
  const message = tokenMessage(t)
  let sig = await user.signMessage({ message: { raw: toBytes(tokenDigest(message)) } })
  if (v !== undefined) sig = `${sig.slice(0, 130)}${v.toString(16).padStart(2, '0')}` as Hex
  return `Bearer ${encodeAppSk(message, sig)}`
}

function refusal(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(BrokerError)
    expect((e as BrokerError).status).toBe(400)
    return (e as BrokerError).message
  }
  throw new Error('not refused')
}

describe('parseSession (broker ValidateSession before the chain)', () => {
  it('accepts a good token and keeps the exact signed text', async () => {
    const s = parseSession(await header(), provider, NOW)
    expect(s.message).toBe(tokenMessage(token))
    expect(s.token.generation).toBe(2)
  })

  it.each([
    [undefined, /missing or invalid Authorization header/],
    ['bearer app-sk-abc=', /missing or invalid Authorization header/], // prefix is case-sensitive
    ['Bearer app-sk-@@@@', /invalid base64/],
    [`Bearer app-sk-${btoa('no separator')}`, /invalid Authorization payload/],
    [`Bearer app-sk-${btoa('{oops|0x00')}`, /invalid session token format/],
  ])('refuses %s', (value, reason) => {
    expect(refusal(() => parseSession(value, provider, NOW))).toMatch(reason)
  })

  it('splits on the first "|": a "|" inside the payload breaks the JSON', () => {
    const raw = `${tokenMessage({ ...token, nonce: 'a|b' })}|0x${'11'.repeat(65)}`
    expect(refusal(() => parseSession(`Bearer app-sk-${btoa(raw)}`, provider, NOW))).toMatch(
      /invalid session token format/,
    )
  })

  it('refuses another provider, unbounded or over-long ephemeral tokens, and expiry by whole seconds', async () => {
    const other = '0x0000000000000000000000000000000000000001' as Address
    expect(
      refusal(() => parseSession(`Bearer app-sk-${btoa(`${tokenMessage(token)}|0x`)}`, other, NOW)),
    ).toBe('validate session: session token is for different provider')
    const h = async (t: Partial<AppSkToken>) => header({ ...token, ...t })
    expect(refusal(() => parseSession(undefined, provider, NOW))).toMatch(/^validate session: /)
    const unbounded = await h({ expiresAt: 0 })
    expect(refusal(() => parseSession(unbounded, provider, NOW))).toMatch(
      /must have an expiration time/,
    )
    const long = await h({ expiresAt: NOW + 24 * 3_600_000 + 1 })
    expect(refusal(() => parseSession(long, provider, NOW))).toMatch(/cannot exceed 24 hours/)
    // expiresAt 1_700_000_000_999 ms → 1_700_000_000 s; still valid at 1_700_000_000_999 ms
    // (same second), expired from 1_700_000_001_000 ms on.
    const soon = await h({ expiresAt: NOW + 999 })
    expect(() => parseSession(soon, provider, NOW + 999)).not.toThrow()
    expect(refusal(() => parseSession(soon, provider, NOW + 1000))).toBe(
      'validate session: session token expired',
    )
    // an API key (tokenId 0–254) may never expire
    const key = await h({ tokenId: 3, expiresAt: 0 })
    expect(() => parseSession(key, provider, NOW)).not.toThrow()
  })
})

describe('checkRevocation (broker validateTokenRevocation)', () => {
  it('compares generations both ways, checks bits for API keys only, fails open without an account', () => {
    expect(() => checkRevocation(token, account())).not.toThrow()
    expect(refusal(() => checkRevocation(token, account({ generation: 3n })))).toBe(
      'validate session: session token has been revoked (generation expired)',
    )
    expect(refusal(() => checkRevocation(token, account({ generation: 1n })))).toBe(
      'validate session: invalid session token (future generation)',
    )
    const key = { ...token, tokenId: 3 }
    expect(refusal(() => checkRevocation(key, account({ revokedBitmap: 0b1000n })))).toBe(
      'validate session: session token has been revoked',
    )
    expect(() => checkRevocation(key, account({ revokedBitmap: 0b0100n }))).not.toThrow()
    expect(() => checkRevocation(token, account({ revokedBitmap: 2n ** 255n }))).not.toThrow()
    expect(() => checkRevocation({ ...token, generation: 9 }, null)).not.toThrow()
  })
})

describe('checkSignature (v 27/28 only)', () => {
  it('accepts v 27/28 and refuses the same signature with v 0/1', async () => {
    const good = parseSession(await header(), provider, NOW)
    await expect(checkSignature(good)).resolves.toBeUndefined()
    const v = parseInt(good.signature.slice(130), 16)
    const low = parseSession(await header(token, v - 27), provider, NOW)
    await expect(checkSignature(low)).rejects.toThrow(
      'validate session: failed to recover public key from signature: invalid signature recovery id',
    )
  })

  it('refuses a short signature and one by someone else', async () => {
    const short = { ...parseSession(await header(), provider, NOW), signature: '0x1234' }
    await expect(checkSignature(short)).rejects.toThrow('invalid signature length')
    const forged = parseSession(await header({ ...token, address: provider }), provider, NOW)
    await expect(checkSignature(forged)).rejects.toThrow(
      'signature verification failed: address mismatch',
    )
  })
})

describe('AccountCache (broker contractAccountCache)', () => {
  it('reuses a read for the lifetime, then reads again; absent accounts are not cached', async () => {
    let now = 0
    const cache = new AccountCache(1000, () => now)
    let reads = 0
    let generation = 2n
    const load = () => Promise.resolve((reads++, account({ generation })))
    expect((await cache.get(provider, user.address, load)).cached).toBe(false)
    generation = 3n // revokeAllTokens mined
    now = 999
    const hit = await cache.get(provider, user.address, load)
    expect([hit.cached, hit.account?.generation, reads]).toEqual([true, 2n, 1])
    now = 1000
    const fresh = await cache.get(provider, user.address, load)
    expect([fresh.cached, fresh.account?.generation, reads]).toEqual([false, 3n, 2])
    const none = () => Promise.resolve(null)
    await cache.get(provider, provider, none)
    expect((await cache.get(provider, provider, none)).cached).toBe(false)
  })

  it('invalidate and reset forget entries; the live default is 10 minutes', async () => {
    const cache = new AccountCache()
    expect(cache.ttlMs).toBe(BROKER_ACCOUNT_CACHE_MS)
    expect(BROKER_ACCOUNT_CACHE_MS).toBe(600_000)
    const load = () => Promise.resolve(account())
    await cache.get(provider, user.address, load)
    cache.invalidate(provider, user.address)
    expect((await cache.get(provider, user.address, load)).cached).toBe(false)
    cache.ttlMs = 5
    cache.reset()
    expect(cache.ttlMs).toBe(BROKER_ACCOUNT_CACHE_MS)
  })
})

describe('BrokerError bodies', () => {
  function captured(err: BrokerError): { status: number; body: unknown } {
    let status = 0
    let body = ''
    const res = {
      headersSent: false,
      writeHead: (s: number) => void (status = s),
      end: (b: Buffer) => void (body = b.toString()),
    }
    sendError(res as never, err)
    return { status, body: JSON.parse(body) as unknown }
  }

  it('is {"error": message}, and only the status text for a 5xx', () => {
    expect(captured(new BrokerError('validate session: session token expired'))).toEqual({
      status: 400,
      body: { error: 'validate session: session token expired' },
    })
    expect(captured(new BrokerError('db password is hunter2', 500))).toEqual({
      status: 500,
      body: { error: 'Internal Server Error' },
    })
  })
})
