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

/** One page of `items` (1-based page, clamped into range) and the page count. */
export function pageOf<T>(items: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const current = Math.min(Math.max(1, page), pages)
  return { items: items.slice((current - 1) * size, current * size), page: current, pages }
}
