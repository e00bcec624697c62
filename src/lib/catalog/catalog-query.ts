/**
 * The catalog's view state (view, search, filters, sort, page, compare selection) and its URL
 * form, so a reload or a shared link shows the same view. Parsing is lenient: unknown values are
 * dropped, never thrown.
 */
import { isAddress, type Address } from 'viem'

export type CatalogView = 'model' | 'provider'
export type CatalogSort = 'input' | 'output' | 'name' | 'recent'
/** `asc`: cheapest, A → Z or most recent first; `desc` reverses it (missing values stay last). */
export type SortDirection = 'asc' | 'desc'
export type AckFilter = 'any' | 'yes' | 'no'

export interface CatalogQuery {
  view: CatalogView
  q: string
  types: string[]
  modes: string[]
  ack: AckFilter
  sort: CatalogSort
  dir: SortDirection
  /** 1-based page of the paged list. */
  page: number
  /** Services picked for comparison (2–4 are compared). */
  compare: Address[]
}

export const DEFAULT_QUERY: CatalogQuery = {
  view: 'model',
  q: '',
  types: [],
  modes: [],
  ack: 'any',
  sort: 'input',
  dir: 'asc',
  page: 1,
  compare: [],
}

export const SORTS: readonly CatalogSort[] = ['input', 'output', 'name', 'recent']
export const MAX_COMPARE = 4
const MAX_SEARCH = 200

const list = (v: string | null): string[] =>
  v
    ? [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : []

/** Reads the view state from URL search params (defaults for anything missing or invalid). */
export function parseCatalogQuery(params: URLSearchParams): CatalogQuery {
  const view = params.get('view')
  const sort = params.get('sort') as CatalogSort | null
  const ack = params.get('ack')
  const page = Number(params.get('page') ?? '1')
  return {
    view: view === 'provider' ? 'provider' : 'model',
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH),
    types: list(params.get('type')),
    modes: list(params.get('mode')),
    ack: ack === 'yes' || ack === 'no' ? ack : 'any',
    sort: sort && SORTS.includes(sort) ? sort : DEFAULT_QUERY.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    compare: list(params.get('cmp'))
      .filter((a): a is Address => isAddress(a, { strict: false }))
      .slice(0, MAX_COMPARE),
  }
}

/** The URL search params for a view state; defaults are left out so URLs stay short. */
export function toSearchParams(query: CatalogQuery): URLSearchParams {
  const p = new URLSearchParams()
  if (query.view !== DEFAULT_QUERY.view) p.set('view', query.view)
  if (query.q) p.set('q', query.q)
  if (query.types.length) p.set('type', query.types.join(','))
  if (query.modes.length) p.set('mode', query.modes.join(','))
  if (query.ack !== 'any') p.set('ack', query.ack)
  if (query.sort !== DEFAULT_QUERY.sort) p.set('sort', query.sort)
  if (query.dir !== DEFAULT_QUERY.dir) p.set('dir', query.dir)
  if (query.page !== 1) p.set('page', String(query.page))
  if (query.compare.length) p.set('cmp', query.compare.join(','))
  return p
}

/** True when `query` shows what the default view shows (a compare selection changes no rows). */
export function showsDefaultView(query: CatalogQuery): boolean {
  return toSearchParams({ ...query, compare: [] }).size === 0
}
