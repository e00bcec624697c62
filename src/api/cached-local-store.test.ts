import { afterEach, describe, expect, it, vi } from 'vitest'
import { cachedLocalStore } from './cached-local-store'

const parseList = (raw: unknown) => {
  const value = Array.isArray(raw) ? raw.filter((x): x is number => typeof x === 'number') : []
  return { value, dropped: Array.isArray(raw) ? raw.length - value.length : 1 }
}

afterEach(() => vi.unstubAllGlobals())

describe('cachedLocalStore', () => {
  it('reads stored JSON once, parses it leniently and keeps the value stable', () => {
    const getItem = vi.fn(() => '[1, "x", 2]')
    vi.stubGlobal('localStorage', { getItem, setItem: vi.fn() })
    const store = cachedLocalStore(parseList, [])
    const first = store.read('k')
    expect(first).toEqual([1, 2])
    expect(store.read('k')).toBe(first)
    expect(getItem).toHaveBeenCalledTimes(1)
  })

  it('reads corrupt storage as empty', () => {
    vi.stubGlobal('localStorage', { getItem: () => '{not json', setItem: vi.fn() })
    expect(cachedLocalStore(parseList, []).read('k')).toEqual([])
  })

  it('writes through, notifies listeners, and keeps working in memory when storage fails', () => {
    const setItem = vi.fn(() => {
      throw new Error('QuotaExceededError')
    })
    vi.stubGlobal('localStorage', { getItem: () => null, setItem })
    const store = cachedLocalStore(parseList, [])
    const seen = vi.fn()
    const unsubscribe = store.subscribe(seen)
    store.write('k', [7])
    expect(setItem).toHaveBeenCalledWith('k', '[7]')
    expect(store.read('k')).toEqual([7])
    expect(seen).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.write('k', [8])
    expect(seen).toHaveBeenCalledTimes(1)
  })
})
