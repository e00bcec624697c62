/** Spend aggregation from local usage records, exact in neuron (bigint). */
import type { UsageRecord } from '@/lib/usage-record'

export interface SpendBucket {
  key: string
  label: string
  total: bigint
  count: number
}

/** The UTC day (YYYY-MM-DD) of a timestamp. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10)
}

function group(
  records: readonly UsageRecord[],
  keyOf: (r: UsageRecord) => [string, string],
): SpendBucket[] {
  const map = new Map<string, SpendBucket>()
  for (const r of records) {
    const [key, label] = keyOf(r)
    const b = map.get(key) ?? { key, label, total: 0n, count: 0 }
    b.total += BigInt(r.fee)
    b.count++
    map.set(key, b)
  }
  return [...map.values()]
}

/** Spend per UTC day, oldest first. */
export function spendPerDay(records: readonly UsageRecord[]): SpendBucket[] {
  return group(records, (r) => [dayOf(r.at), dayOf(r.at)]).sort((a, b) =>
    a.key.localeCompare(b.key),
  )
}

/** Spend per provider (labelled by model), largest first. */
export function spendPerProvider(records: readonly UsageRecord[]): SpendBucket[] {
  return group(records, (r) => [r.provider.toLowerCase(), r.model]).sort((a, b) =>
    a.total === b.total ? 0 : a.total > b.total ? -1 : 1,
  )
}

/** A bar's share of the largest bucket in per-mille (0–1000), exact integer math. */
export function shareOfMax(value: bigint, max: bigint): number {
  if (max <= 0n) return 0
  return Number((value * 1000n) / max)
}
