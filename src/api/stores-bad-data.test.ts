/** The localStorage stores skip malformed records, keep the good ones and report the count (#11.2). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { storedTx, storedUsage, TEST_PROVIDER, TEST_USER } from '@/testing/stored-records'

const user = TEST_USER
const provider = TEST_PROVIDER
const txKey = `0g-tx:v1:31337:${user.toLowerCase()}`
const usageKey = `0g-usage:v1:31337:${user.toLowerCase()}`
const goodTx = storedTx()
const usage = (id: string, fee: string) => storedUsage({ id, fee })

let data: Map<string, string>
beforeEach(() => {
  vi.resetModules()
  data = new Map()
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  }
  vi.stubGlobal('localStorage', storage)
  vi.stubGlobal('sessionStorage', storage)
  vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() })
})
afterEach(() => vi.unstubAllGlobals())

const load = async () => ({
  tx: await import('./tx-store'),
  usage: await import('./usage-store'),
  health: await import('./storage-health'),
  keys: await import('./api-key-store'),
  tokens: await import('./session-token-store'),
})

describe('stores with bad local data', () => {
  it('transaction log: {"a":1} and [null] read as empty and are reported', async () => {
    const { tx, health } = await load()
    data.set(txKey, '{"a":1}')
    expect(tx.listTransactions(31337, user)).toEqual([])
    expect(health.unreadableRecordCount()).toBe(1)
    data.set(txKey, JSON.stringify([null, goodTx]))
    expect(tx.listTransactions(31337, user)).toEqual([goodTx])
    expect(health.unreadableRecordCount()).toBe(1)
  })

  it('a write keeps the good records and drops the bad ones for good', async () => {
    const { tx, health } = await load()
    data.set(txKey, JSON.stringify([null, goodTx]))
    tx.saveTransaction({ ...goodTx, hash: `0x${'cd'.repeat(32)}`, label: 'Refund' })
    expect(JSON.parse(data.get(txKey)!)).toHaveLength(2)
    expect(tx.listTransactions(31337, user)).toHaveLength(2)
    expect(health.unreadableRecordCount()).toBe(0)
  })

  it('usage log: "hello", {"length":3} and a non-numeric fee are skipped and counted', async () => {
    const { usage: store, health } = await load()
    for (const raw of ['"hello"', '{"length":3}']) {
      data.set(usageKey, raw)
      expect(store.listUsage(31337, user)).toEqual([])
    }
    data.set(usageKey, JSON.stringify([usage('a', '10'), usage('b', 'ten')]))
    expect(store.listUsage(31337, user).map((r) => r.id)).toEqual(['a'])
    expect(health.unreadableRecordCount()).toBe(1)
  })

  it('counts add up across stores and listeners hear of it after the render', async () => {
    const { tx, usage: store, health, keys } = await load()
    const heard = vi.fn()
    health.subscribeStorageHealth(heard)
    data.set(txKey, '[null]')
    data.set(usageKey, '"hello"')
    data.set(`0g-api-keys:v1:31337:${user.toLowerCase()}:${provider.toLowerCase()}`, '[1,2]')
    tx.listTransactions(31337, user)
    store.listUsage(31337, user)
    expect(keys.listApiKeys(31337, user, provider)).toEqual([])
    expect(health.unreadableRecordCount()).toBe(4)
    expect(heard).not.toHaveBeenCalled()
    await Promise.resolve()
    expect(heard).toHaveBeenCalledTimes(1)
  })

  it('session token: a stored value that is not an app-sk bearer token is not reused', async () => {
    const { tokens, health } = await load()
    const k = `0g-app-sk:v1:31337:${user.toLowerCase()}:${provider.toLowerCase()}`
    data.set(
      k,
      JSON.stringify({ authorization: 'Bearer x\r\nX: y', expiresAt: 9e12, generation: 0 }),
    )
    expect(tokens.readSessionToken(31337, user, provider, 0)).toBeNull()
    expect(health.unreadableRecordCount()).toBe(1)
  })
})
