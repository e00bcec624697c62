/**
 * "Cheapest" and "fastest" marks inside a model group (several providers of one model). Cheapest:
 * the members whose typical request costs the least (ties all marked). Fastest: the lowest latency
 * from one source for all members: the status API's average response time when it reports at
 * least two of them, else this browser's median when it measured at least two; otherwise no mark
 * (one figure compares with nothing). Groups of one get no marks.
 */
export type GroupRank = 'cheapest' | 'fastest'

export interface RankInput {
  /** compares two members by typical price (negative: first is cheaper) */
  byPrice: (a: number, b: number) => number
  /** the status API's average response time, ms */
  statusMs: (i: number) => number | null
  /** this browser's median latency, ms */
  browserMs: (i: number) => number | null
}

/** The marks of each member (by index); also which latency source "fastest" used. */
export function rankGroup(
  size: number,
  input: RankInput,
): { ranks: GroupRank[][]; fastestSource: 'status' | 'browser' | null } {
  const ranks: GroupRank[][] = Array.from({ length: size }, () => [])
  if (size < 2) return { ranks, fastestSource: null }
  let cheapest = 0
  for (let i = 1; i < size; i++) if (input.byPrice(i, cheapest) < 0) cheapest = i
  for (let i = 0; i < size; i++) if (input.byPrice(i, cheapest) === 0) ranks[i]!.push('cheapest')
  const pick = (of: (i: number) => number | null) => {
    const known = Array.from({ length: size }, (_, i) => of(i))
    if (known.filter((v) => v !== null).length < 2) return null
    const best = Math.min(...known.filter((v): v is number => v !== null))
    return known.map((v) => v === best)
  }
  const byStatus = pick(input.statusMs)
  const fastest = byStatus ?? pick(input.browserMs)
  fastest?.forEach((yes, i) => yes && ranks[i]!.push('fastest'))
  return { ranks, fastestSource: byStatus ? 'status' : fastest ? 'browser' : null }
}
