/**
 * The first screen of the catalog saved in this browser per network: the services on page 1 of
 * the default view (by model, cheapest input first), as of the last complete read from chain. A
 * returning visit renders them in its first frame, before the whole saved catalog is read back
 * from IndexedDB (hundreds of milliseconds at 10 000 services on a phone's CPU) and before the
 * chain answers (docs/performance.md, Returning visits).
 *
 * Read back as untrusted data, like the saved catalog: anything that is not exactly such a
 * snapshot of this chain (types, address shapes, sizes) is ignored whole.
 */
import { readFirstScreen, writeFirstScreen } from '@/api/first-screen-store'
import type { SupportedChainId } from '@/contracts/addresses'
import type { Service } from '@/contracts/service'
import { DEFAULT_QUERY } from '@/lib/catalog/catalog-query'
import { filterServices } from '@/lib/catalog/filter-services'
import { groupByModel, pageOfGroups } from '@/lib/catalog/group-services'
import { isDecimal, isObj } from '@/lib/stored-data'
import type { ServicesSnapshot } from './all-services-query'
import { isSavedService, MAX_SAVED_SERVICES, pickService } from './persisted-services'

/** Rows on the catalog's first page (`CATALOG_PAGE_SIZE`). */
export const FIRST_SCREEN_ROWS = 50
/** Longest saved text accepted or written (a provider's additionalInfo can be long). */
export const MAX_FIRST_SCREEN_CHARS = 512 * 1024

const AMOUNTS = ['inputPrice', 'outputPrice', 'updatedAt'] as const

/** The services page 1 of the default view shows, in its order. */
export function firstScreenOf(services: readonly Service[]): Service[] {
  const groups = groupByModel(filterServices(services, DEFAULT_QUERY))
  const page = pageOfGroups(groups, 1, FIRST_SCREEN_ROWS)
  return page.items.flatMap((g) => g.services)
}

/** The text saved for a complete snapshot read from chain (bigints as decimal strings). */
export function serializeFirstScreen(snapshot: ServicesSnapshot): string {
  return JSON.stringify({
    chainId: snapshot.chainId,
    blockNumber: snapshot.blockNumber.toString(),
    readAt: snapshot.readAt,
    total: snapshot.services.length,
    services: firstScreenOf(snapshot.services).map((s) => ({
      ...s,
      inputPrice: s.inputPrice.toString(),
      outputPrice: s.outputPrice.toString(),
      updatedAt: s.updatedAt.toString(),
    })),
  })
}

function parseService(v: unknown): Service | null {
  if (!isObj(v) || !AMOUNTS.every((k) => isDecimal(v[k]))) return null
  const s = {
    ...v,
    inputPrice: BigInt(v.inputPrice as string),
    outputPrice: BigInt(v.outputPrice as string),
    updatedAt: BigInt(v.updatedAt as string),
  }
  return isSavedService(s) ? pickService(s) : null
}

/**
 * The saved first screen of `chainId` as a snapshot marked `fromCache` (partial unless the whole
 * catalog fits on it), or null when none is saved or the text is not one.
 */
export function parseFirstScreen(
  text: string | null,
  chainId: SupportedChainId,
): ServicesSnapshot | null {
  if (text === null || text.length > MAX_FIRST_SCREEN_CHARS) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  if (!isObj(raw) || raw.chainId !== chainId || !isDecimal(raw.blockNumber)) return null
  const { readAt, total, services: list } = raw
  if (typeof readAt !== 'number' || !Number.isFinite(readAt)) return null
  if (!Number.isSafeInteger(total) || (total as number) < 0) return null
  if (!Array.isArray(list) || list.length > FIRST_SCREEN_ROWS) return null
  const services = list.map(parseService)
  if (services.some((s) => s === null)) return null
  return {
    chainId,
    blockNumber: BigInt(raw.blockNumber),
    readAt,
    services: services as Service[],
    // A catalog that fits on one page is whole.
    complete: services.length === total,
    expected: Math.min(Math.max(total as number, services.length), MAX_SAVED_SERVICES),
    fromCache: true,
  }
}

/** The first screen saved for `chainId`, checked, or null. Synchronous (localStorage). */
export function loadFirstScreen(chainId: SupportedChainId): ServicesSnapshot | null {
  return parseFirstScreen(readFirstScreen(chainId), chainId)
}

/** Saves the first screen of a complete snapshot read from chain (not of a saved copy). */
export function saveFirstScreen(snapshot: ServicesSnapshot): void {
  if (!snapshot.complete || snapshot.fromCache) return
  const text = serializeFirstScreen(snapshot)
  // Too large to be worth a synchronous read: the next visit waits for IndexedDB instead (an
  // older first screen is removed, or it would stand for this snapshot).
  writeFirstScreen(snapshot.chainId, text.length <= MAX_FIRST_SCREEN_CHARS ? text : null)
}
