import { describe, expect, it } from 'vitest'
import { firstRowsOfGroups, type GroupSlice } from './group-services'

const slice = (key: string, n: number, size = n, continued = false): GroupSlice<string> => ({
  key,
  model: key.toUpperCase(),
  services: Array.from({ length: n }, (_, i) => `${key}${i}`),
  size,
  continued,
})

describe('firstRowsOfGroups', () => {
  const page = [slice('a', 3, 10, true), slice('b', 4), slice('c', 2)]

  it('keeps whole groups while they fit and cuts the one the limit falls in', () => {
    const out = firstRowsOfGroups(page, 5)
    expect(out.map((g) => g.services)).toEqual([
      ['a0', 'a1', 'a2'],
      ['b0', 'b1'],
    ])
    // The cut group keeps its heading facts: its size on every page, whether it continued.
    expect(out[1]).toMatchObject({ key: 'b', model: 'B', size: 4, continued: false })
    expect(out[0]).toBe(page[0])
  })

  it('returns every group (the same objects) when the limit covers the page', () => {
    const out = firstRowsOfGroups(page, 9)
    expect(out).toEqual(page)
    out.forEach((g, i) => expect(g).toBe(page[i]))
    expect(firstRowsOfGroups(page, Infinity)).toHaveLength(3)
  })

  it('ends exactly at a group boundary, and returns nothing for a limit of 0', () => {
    expect(firstRowsOfGroups(page, 3).map((g) => g.key)).toEqual(['a'])
    expect(firstRowsOfGroups(page, 7).map((g) => g.key)).toEqual(['a', 'b'])
    expect(firstRowsOfGroups(page, 0)).toEqual([])
    expect(firstRowsOfGroups([], 8)).toEqual([])
  })

  it('leaves the groups it was given unchanged', () => {
    firstRowsOfGroups(page, 4)
    expect(page[1]!.services).toHaveLength(4)
  })
})
