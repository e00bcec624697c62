/**
 * The "seen" map of the catalog lives in IndexedDB (through the chain cache, replaced here by a
 * map), a map left in localStorage by an earlier version is moved there once, and a save never
 * overwrites the last visit's map before this page load has read it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SeenMap } from '@/lib/catalog/changes'

const cache = new Map<string, unknown>()
const reads: string[] = []
vi.mock('./chain-cache-store', () => ({
  readChainCache: async (key: string) => {
    reads.push(key)
    await new Promise((r) => setTimeout(r, 5))
    return cache.get(key)
  },
  writeChainCache: async (key: string, value: unknown) => {
    cache.set(key, structuredClone(value))
  },
}))
const { saveSeen, seenBaseline } = await import('./catalog-seen-store')

const A = '0x00000000000000000000000000000000000000aa'
const B = '0x00000000000000000000000000000000000000bb'
const map = (fp: string): SeenMap => ({ [A]: { fp, model: 'm' } })
const key = (chainId: number) => `0g-catalog-seen:v1:${chainId}`

beforeEach(() => {
  cache.clear()
  reads.length = 0
  localStorage.clear()
})

describe('catalog seen store', () => {
  it('first visit: no baseline, the first save becomes it, and is kept in IndexedDB', async () => {
    expect(await seenBaseline(1)).toBeNull()
    await saveSeen(1, map('one'))
    expect(await seenBaseline(1)).toEqual(map('one'))
    expect(cache.get(key(1))).toEqual(map('one'))
    expect(localStorage.getItem(key(1))).toBeNull()
  })

  it('a save right at load waits for the last visit to be read first', async () => {
    cache.set(key(2), map('last visit'))
    await saveSeen(2, map('now'))
    expect(await seenBaseline(2)).toEqual(map('last visit'))
    expect(cache.get(key(2))).toEqual(map('now'))
  })

  it('moves a map left in localStorage to IndexedDB and frees localStorage', async () => {
    localStorage.setItem(key(3), JSON.stringify(map('legacy')))
    expect(await seenBaseline(3)).toEqual(map('legacy'))
    expect(localStorage.getItem(key(3))).toBeNull()
    expect(cache.get(key(3))).toEqual(map('legacy'))
  })

  it('drops malformed storage: bad JSON in localStorage, hostile entries in IndexedDB', async () => {
    localStorage.setItem(key(4), '{not json')
    expect(await seenBaseline(4)).toBeNull()
    expect(localStorage.getItem(key(4))).toBeNull()
    cache.set(key(5), {
      [A]: { fp: 'ok', model: 'm' },
      [B]: { fp: 42, model: '<img src=x onerror=alert(1)>' },
      'not an address': { fp: 'x', model: 'y' },
    })
    expect(await seenBaseline(5)).toEqual({ [A]: { fp: 'ok', model: 'm' } })
  })

  it('"mark all as seen" replaces the baseline at once', async () => {
    cache.set(key(6), map('last visit'))
    expect(await seenBaseline(6)).toEqual(map('last visit'))
    const saving = saveSeen(6, map('now'), true)
    expect(await seenBaseline(6)).toEqual(map('now'))
    await saving
    expect(reads.filter((k) => k === key(6))).toHaveLength(1)
  })
})
