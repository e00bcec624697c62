/** Grouping for the "by model" view: providers of one model together, cheapest first. */
import { byCheapest, type CatalogService } from './filter-services'

export interface ModelGroup<T> {
  /** Grouping key: the model name trimmed and lowercased. */
  key: string
  /** The model as the first (best-ranked) service spells it. */
  model: string
  services: T[]
}

/** Groups an already sorted list by model; groups keep the order of their best-ranked member. */
export function groupByModel<T extends CatalogService>(sorted: readonly T[]): ModelGroup<T>[] {
  const groups = new Map<string, ModelGroup<T>>()
  for (const s of sorted) {
    const key = s.model.trim().toLowerCase()
    let g = groups.get(key)
    if (!g) {
      g = { key, model: s.model, services: [] }
      groups.set(key, g)
    }
    g.services.push(s)
  }
  for (const g of groups.values()) g.services.sort(byCheapest)
  return [...groups.values()]
}

/** The part of a model group that falls on one page. */
export interface GroupSlice<T> extends ModelGroup<T> {
  /** How many services the whole group has (on every page). */
  size: number
  /** True when the group began on an earlier page. */
  continued: boolean
}

/**
 * One page of at most `size` rows across `groups` (1-based page, clamped into range), so a model
 * with a thousand providers fills pages instead of making one page of a thousand rows.
 */
export function pageOfGroups<T>(groups: readonly ModelGroup<T>[], page: number, size: number) {
  const rows = groups.reduce((n, g) => n + g.services.length, 0)
  const pages = Math.max(1, Math.ceil(rows / size))
  const current = Math.min(Math.max(1, page), pages)
  const start = (current - 1) * size
  const end = start + size
  const items: GroupSlice<T>[] = []
  let offset = 0
  for (const g of groups) {
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + g.services.length)
    if (from < to) {
      items.push({
        ...g,
        services: g.services.slice(from - offset, to - offset),
        size: g.services.length,
        continued: from > offset,
      })
    }
    offset += g.services.length
    if (offset >= end) break
  }
  return { items, page: current, pages, rows }
}

/** The first `limit` rows of a page of groups (a group cut short keeps its size and flags). */
export function firstRowsOfGroups<T>(
  groups: readonly GroupSlice<T>[],
  limit: number,
): readonly GroupSlice<T>[] {
  const out: GroupSlice<T>[] = []
  let left = limit
  for (const g of groups) {
    if (left <= 0) break
    out.push(g.services.length <= left ? g : { ...g, services: g.services.slice(0, left) })
    left -= g.services.length
  }
  return out
}
