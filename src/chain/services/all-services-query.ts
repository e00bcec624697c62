/**
 * Reads the whole service registry of one chain with paged `getAllServices(offset, 50)`, every page
 * pinned to the same block so the list is one consistent snapshot ("read at block N"). The first
 * page gives the total; the rest are read a few at a time in parallel. A cold load shows the
 * first page at once and the rest as it arrives (`onProgress`, partial snapshots with
 * `complete: false`); a returning visit shows the copy saved in this browser
 * (`persisted-services.ts`) while the fresh one is read.
 */
import { queryOptions } from '@tanstack/react-query'
import type { PublicClient } from 'viem'
import type { SupportedChainId } from '@/contracts/addresses'
import { getReadContract } from '@/contracts/reads'
import type { Service } from '@/contracts/service'
import { mapLimit } from '@/lib/map-limit'
import type { ServicesPageWords } from './services-page-words'

/** The contract's page limit (`getAllServices` rejects more). */
export const SERVICES_PAGE_SIZE = 50n
const MAX_PAGES = 1000
/** Pages read at once after the first (kind to public RPC rate limits, under the browser's 6). */
export const PARALLEL_PAGES = 4

export interface ServicesSnapshot {
  chainId: SupportedChainId
  blockNumber: bigint
  /** When this browser read the snapshot (ms since epoch). */
  readAt: number
  services: readonly Service[]
  /** false while the pages after the first are still being read (a cold load's partial list) */
  complete: boolean
  /** how many services the registry said it holds (capped at what is ever read) */
  expected: number
  /** true: the copy saved in this browser on an earlier visit, shown while a fresh one is read */
  fromCache?: boolean
}

export interface FetchServicesOptions {
  /**
   * Called with the services read so far: after the first page, then after PROGRESS_PAGES more
   * pages, then each time the list has doubled (1 000, 2 000, 4 000… services).
   */
  onProgress?: (partial: ServicesSnapshot) => void
}

/**
 * Pages read before the first progress report after the first page (1 000 services); later
 * reports wait for the list to double. Each report re-filters, re-sorts and re-renders every
 * service read so far, so at 10 000 services doubling renders 25 000 services in all where a
 * report every 20 pages rendered 55 000 (while the user may already be typing a search).
 */
const PROGRESS_PAGES = 20

type ServicesClient = Pick<PublicClient, 'getBlockNumber' | 'readContract'>

/** Fetches every service on `chainId` at the latest block; reads pages until `total` is reached. */
export async function fetchAllServices(
  client: ServicesClient,
  chainId: SupportedChainId,
  { onProgress }: FetchServicesOptions = {},
): Promise<ServicesSnapshot> {
  const contract = getReadContract('inference', chainId)
  // The pages after the first are decoded with their addresses as words and checksummed by
  // src/lib/checksum-address.ts, several times faster than viem's decoder at 10 000 services
  // (docs/performance.md). That code is loaded on demand, off the first screen, while the first
  // page is read; should it fail to load, viem's decoder reads those pages as it reads the first.
  const wordsDecoder = import('./services-page-words').catch(() => null)
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 })
  const call = (offset: bigint) =>
    ({
      ...contract,
      functionName: 'getAllServices',
      args: [offset, SERVICES_PAGE_SIZE],
      blockNumber,
      // Pages are large: never merged into one multicall (it could exceed the call gas cap).
      batch: false,
    }) as const
  const readPage = async (offset: bigint, first = false) => {
    const words = first ? null : await wordsDecoder
    if (!words) {
      const [items, total] = await client.readContract(call(offset))
      return { items, total }
    }
    const params = { ...call(offset), abi: words.servicesPageWordsAbi }
    const [items, total] = (await client.readContract(params)) as ServicesPageWords
    return { items: words.servicesFromWords(items), total }
  }
  const pageSize = Number(SERVICES_PAGE_SIZE)
  const first = await readPage(0n, true)
  const expected = Math.min(Number(first.total), MAX_PAGES * pageSize)
  const snapshot = (services: Service[], complete: boolean): ServicesSnapshot => ({
    chainId,
    blockNumber,
    readAt: Date.now(),
    services,
    complete,
    expected: complete ? services.length : Math.max(expected, services.length),
  })
  if (first.items.length !== pageSize) return snapshot([...first.items], true)
  const offsets: bigint[] = []
  for (
    let o = SERVICES_PAGE_SIZE;
    o < first.total && offsets.length < MAX_PAGES - 1;
    o += SERVICES_PAGE_SIZE
  )
    offsets.push(o)
  if (offsets.length === 0) return snapshot([...first.items], true)
  onProgress?.(snapshot([...first.items], false))
  const pages: ({ items: readonly Service[] } | undefined)[] = new Array(offsets.length)
  /** The list up to the first page not read yet, or to a short page (the end). */
  const prefix = () => {
    const services: Service[] = [...first.items]
    let pagesRead = 0
    for (const page of pages) {
      if (!page) break
      services.push(...page.items)
      pagesRead++
      // A short or empty page is the end, whatever the total claims.
      if (page.items.length !== pageSize) return { services, pagesRead, ended: true }
    }
    return { services, pagesRead, ended: false }
  }
  let reported = 0
  await mapLimit(offsets, PARALLEL_PAGES, async (offset, i) => {
    pages[i] = await readPage(offset)
    if (!onProgress) return
    const { services, pagesRead, ended } = prefix()
    const due = reported === 0 ? PROGRESS_PAGES : 2 * reported + 1
    if (!ended && pagesRead >= due && pagesRead < pages.length) {
      reported = pagesRead
      onProgress(snapshot(services, false))
    }
  })
  return snapshot(prefix().services, true)
}

/** Query keys for service reads; chain-derived keys always carry the chain id. */
export const serviceKeys = {
  all: ['services'] as const,
  list: (chainId: number) => [...serviceKeys.all, 'list', { chainId }] as const,
}

/** `queryOptions` for every service on `chainId`; disabled until a client for that chain exists. */
export function allServicesQueryOptions(
  client: ServicesClient | undefined,
  chainId: SupportedChainId,
) {
  // The client is derived from chainId (wagmi keeps one public client per configured chain), so
  // the chain id alone identifies the data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: serviceKeys.list(chainId),
    queryFn: ({ client: queryClient, queryKey }) => {
      if (!client) throw new Error(`No RPC client for chain ${chainId}`)
      return fetchAllServices(client, chainId, {
        // Stream a cold load into the list; a complete list on screen (a saved copy, or the last
        // read) stays until the new one is complete.
        onProgress: (partial) => {
          const shown = queryClient.getQueryData<ServicesSnapshot>(queryKey)
          if (!shown?.complete) queryClient.setQueryData(queryKey, partial)
        },
      })
    },
    enabled: Boolean(client),
  })
}
