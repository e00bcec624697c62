/** Session tokens in sessionStorage: reused with > 1 h left, per chain/wallet/provider, droppable. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  dropSessionToken,
  readSessionToken,
  RENEW_BEFORE_MS,
  writeSessionToken,
} from './session-token-store'

const user = '0x00000000000000000000000000000000000000A1'
const provider = '0x00000000000000000000000000000000000000B2'
const other = '0x00000000000000000000000000000000000000C3'

beforeEach(() => {
  const data = new Map<string, string>()
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('session token store', () => {
  const token = { authorization: 'Bearer app-sk-x', expiresAt: 10 * RENEW_BEFORE_MS, generation: 0 }
  it('returns the token while more than an hour is left, keyed by chain, user and provider', () => {
    writeSessionToken(31337, user, provider, token)
    expect(readSessionToken(31337, user.toLowerCase() as never, provider, 0)).toEqual(token)
    expect(readSessionToken(31337, user, other, 0)).toBeNull()
    expect(readSessionToken(16661, user, provider, 0)).toBeNull()
    expect(readSessionToken(31337, user, provider, 9 * RENEW_BEFORE_MS)).toBeNull()
  })
  it('drops a refused token and ignores corrupt entries', () => {
    writeSessionToken(31337, user, provider, token)
    dropSessionToken(31337, user, provider)
    expect(readSessionToken(31337, user, provider, 0)).toBeNull()
    sessionStorage.setItem(
      `0g-app-sk:v1:31337:${user.toLowerCase()}:${provider.toLowerCase()}`,
      '{bad',
    )
    expect(readSessionToken(31337, user, provider, 0)).toBeNull()
  })
})
