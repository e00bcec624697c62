import { describe, expect, it } from 'vitest'
import { rankGroup } from './group-ranks'

const prices = [3, 1, 1, 5]
const byPrice = (a: number, b: number) => prices[a]! - prices[b]!

describe('rankGroup', () => {
  it('marks every cheapest member (ties) and the fastest by the status API when it knows two', () => {
    const { ranks, fastestSource } = rankGroup(4, {
      byPrice,
      statusMs: (i) => [400, null, 250, 900][i]!,
      browserMs: () => 10,
    })
    expect(ranks).toEqual([[], ['cheapest'], ['cheapest', 'fastest'], []])
    expect(fastestSource).toBe('status')
  })
  it("falls back to this browser's medians when the status API knows fewer than two", () => {
    const { ranks, fastestSource } = rankGroup(4, {
      byPrice,
      statusMs: (i) => (i === 0 ? 100 : null),
      browserMs: (i) => [300, 120, null, 80][i]!,
    })
    expect(ranks[3]).toEqual(['fastest'])
    expect(ranks[0]).toEqual([])
    expect(fastestSource).toBe('browser')
  })
  it('no "fastest" from a single figure; groups of one get no marks', () => {
    expect(
      rankGroup(2, { byPrice, statusMs: () => null, browserMs: (i) => (i ? 5 : null) }).ranks,
    ).toEqual([[], ['cheapest']])
    expect(rankGroup(1, { byPrice, statusMs: () => 1, browserMs: () => 1 }).ranks).toEqual([[]])
  })
})
