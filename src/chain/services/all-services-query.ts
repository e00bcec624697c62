/**
 * Reads the whole service registry of one chain with paged `getAllServices(offset, 50)`, every page
 * pinned to the same block so the list is one consistent snapshot ("read at block N"). The first
 * page gives the total; the rest are read a few at a time in parallel.
 */
import { queryOptions } from '@tanstack/react-query'
import type { PublicClient } from 'viem'
import type { SupportedChainId } from '@/contracts/addresses'
import { getContract } from '@/contracts/get-contract'
import type { Service } from '@/contracts/service'
import { mapLimit } from '@/lib/map-limit'

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
}

type ServicesClient = Pick<PublicClient, 'getBlockNumber' | 'readContract'>

/** Fetches every service on `chainId` at the latest block; reads pages until `total` is reached. */
export async function fetchAllServices(
  client: ServicesClient,
  chainId: SupportedChainId,
): Promise<ServicesSnapshot> {
  const contract = getContract('inference', chainId)
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 })
  const readPage = async (offset: bigint) => {
    const params = {
      ...contract,
      functionName: 'getAllServices',
      args: [offset, SERVICES_PAGE_SIZE],
      blockNumber,
      // Pages are large: never merged into one multicall (it could exceed the call gas cap).
      batch: false,
    } as const
    const [items, total] = await client.readContract(params)
    return { items, total }
  }
  const pageSize = Number(SERVICES_PAGE_SIZE)
  const first = await readPage(0n)
  const services: Service[] = [...first.items]
  if (first.items.length === pageSize) {
    const offsets: bigint[] = []
    for (
      let o = SERVICES_PAGE_SIZE;
      o < first.total && offsets.length < MAX_PAGES - 1;
      o += SERVICES_PAGE_SIZE
    )
      offsets.push(o)
    const pages = await mapLimit(offsets, PARALLEL_PAGES, readPage)
    for (const page of pages) {
      services.push(...page.items)
      // A short or empty page is the end, whatever the total claims.
      if (page.items.length !== pageSize) break
    }
  }
  return { chainId, blockNumber, readAt: Date.now(), services }
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
    queryFn: () => {
      if (!client) throw new Error(`No RPC client for chain ${chainId}`)
      return fetchAllServices(client, chainId)
    },
    enabled: Boolean(client),
  })
}
