import { describe, expect, it } from 'vitest'
import { mapLimit } from './map-limit'

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('mapLimit', () => {
  it('keeps input order and never runs more than `limit` at once', async () => {
    let inFlight = 0
    let peak = 0
    const out = await mapLimit([30, 5, 20, 1, 10, 2], 3, async (ms, i) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      await tick(ms)
      inFlight--
      return `${i}:${ms}`
    })
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2'])
    expect(peak).toBe(3)
  })

  it('handles an empty list and a limit above the list length', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([])
    expect(await mapLimit([1, 2], 10, async (x) => x * 2)).toEqual([2, 4])
  })

  it('rejects with the first failure', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (x) => {
        if (x === 2) throw new Error('page 2 failed')
        return x
      }),
    ).rejects.toThrow('page 2 failed')
  })

  it('refuses a limit below 1', async () => {
    await expect(mapLimit([1], 0, async (x) => x)).rejects.toThrow(RangeError)
  })
})
