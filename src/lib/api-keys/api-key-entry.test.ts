/** API key status against chain state and the choice of the next token id. */
import { describe, expect, it } from 'vitest'
import { apiKeyStatus, nextTokenId, parseEntries, type ApiKeyEntry } from './api-key-entry'

const key = (tokenId: number, o: Partial<ApiKeyEntry> = {}): ApiKeyEntry => ({
  tokenId,
  label: `k${tokenId}`,
  createdAt: 1,
  expiresAt: 0,
  generation: 0,
  ...o,
})
const account = (revokedBitmap = 0n, generation = 0n) => ({ revokedBitmap, generation })

describe('apiKeyStatus', () => {
  it('active, revoked by id, revoked by generation, expired', () => {
    expect(apiKeyStatus(key(3), account(), 5)).toBe('active')
    expect(apiKeyStatus(key(3), account(1n << 3n), 5)).toBe('revoked')
    expect(apiKeyStatus(key(3), account(0n, 1n), 5)).toBe('revoked-all')
    expect(apiKeyStatus(key(3, { expiresAt: 5 }), account(), 5)).toBe('expired')
    expect(apiKeyStatus(key(3, { expiresAt: 6 }), account(), 5)).toBe('active')
  })
})

describe('nextTokenId', () => {
  it('skips revoked ids and local keys of the current generation', () => {
    expect(nextTokenId([], account())).toBe(0)
    expect(nextTokenId([key(0), key(1)], account())).toBe(2)
    expect(nextTokenId([key(1)], account(1n))).toBe(2)
    expect(nextTokenId([key(0, { generation: 0 })], account(0n, 1n))).toBe(0)
    const all = Array.from({ length: 255 }, (_, i) => key(i))
    expect(nextTokenId(all, account())).toBeNull()
    expect(nextTokenId([], account((1n << 255n) - 1n))).toBeNull()
    expect(nextTokenId([], account((1n << 254n) - 1n))).toBe(254)
  })
  it('drops malformed stored entries', () => {
    expect(parseEntries([key(1), { tokenId: 300 }, null, 'x'])).toEqual([key(1)])
    expect(parseEntries({})).toEqual([])
  })
})
