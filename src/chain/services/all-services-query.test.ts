/**
 * Paging of getAllServices against a fake client (no chain needed). The fake encodes each page as
 * the contract would and decodes it with the ABI the fetcher passes, as viem's readContract does.
 */
import { describe, expect, it, vi } from 'vitest'
import { inferenceServingReadsAbi } from '@/contracts/abis/inference-serving-reads'
import { DEVNET_CHAIN_ID, contractAddresses } from '@/contracts/addresses'
import { PARALLEL_PAGES, fetchAllServices, serviceKeys } from './all-services-query'
import { servicesPageWordsAbi } from './services-page-words'
import {
  pageResult as page,
  testService as service,
  type PageParams,
} from './services-page.testkit'

function fakeClient(count: number) {
  const all = Array.from({ length: count }, (_, i) => service(i))
  const readContract = vi.fn(async (params: PageParams) => {
    const [offset, limit] = params.args
    return page(params, all.slice(Number(offset), Number(offset + limit)), BigInt(count))
  })
  const getBlockNumber = vi.fn(async () => 42n)
  return { client: { readContract, getBlockNumber } as never, readContract }
}

describe('fetchAllServices', () => {
  it('reads every page until total, all at one block', async () => {
    const { client, readContract } = fakeClient(120)
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    // what viem's decoder gives with the contract's ABI, checksummed addresses included
    expect(snapshot.services).toEqual(Array.from({ length: 120 }, (_, i) => service(i)))
    expect(snapshot.blockNumber).toBe(42n)
    expect(readContract).toHaveBeenCalledTimes(3)
    // the first page with viem's decoder, the rest with the words decoder (loaded on demand)
    expect(readContract.mock.calls.map(([p]) => p.abi)).toEqual([
      inferenceServingReadsAbi,
      servicesPageWordsAbi,
      servicesPageWordsAbi,
    ])
    expect(readContract.mock.calls.map(([p]) => p.args)).toEqual([
      [0n, 50n],
      [50n, 50n],
      [100n, 50n],
    ])
    for (const [p] of readContract.mock.calls) {
      expect(p).toMatchObject({
        address: contractAddresses[DEVNET_CHAIN_ID].inference,
        functionName: 'getAllServices',
        blockNumber: 42n,
        batch: false,
      })
    }
  })

  it('reads the pages after the first in parallel, a few at a time, in order', async () => {
    const all = Array.from({ length: 10_000 }, (_, i) => service(i))
    let inFlight = 0
    let peak = 0
    const readContract = vi.fn(async (params: PageParams) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      await new Promise((r) => setTimeout(r, 1))
      inFlight--
      const [offset, limit] = params.args
      return page(params, all.slice(Number(offset), Number(offset + limit)), 10_000n)
    })
    const client = { readContract, getBlockNumber: async () => 7n } as never
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    expect(readContract).toHaveBeenCalledTimes(200)
    expect(peak).toBe(PARALLEL_PAGES)
    expect(snapshot.services.map((s) => s.model)).toEqual(all.map((s) => s.model))
  })

  it('ends at a short page in the middle, whatever the total claims', async () => {
    const readContract = vi.fn(async (params: PageParams) => {
      const offset = Number(params.args[0])
      const n = offset === 50 ? 10 : 50
      return page(
        params,
        Array.from({ length: n }, (_, i) => service(offset + i)),
        500n,
      )
    })
    const client = { readContract, getBlockNumber: async () => 1n } as never
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    expect(snapshot.services).toHaveLength(60)
    expect(snapshot.services.at(-1)!.model).toBe('model-59')
  })

  it('fails as a whole when a page fails (no partial snapshot)', async () => {
    const readContract = vi.fn(async (params: PageParams) => {
      if (params.args[0] === 100n) throw new Error('HTTP request failed. Status: 429')
      const first = Number(params.args[0])
      return page(
        params,
        Array.from({ length: 50 }, (_, i) => service(first + i)),
        200n,
      )
    })
    const client = { readContract, getBlockNumber: async () => 1n } as never
    await expect(fetchAllServices(client, DEVNET_CHAIN_ID)).rejects.toThrow('429')
  })

  it('makes one call for an empty registry', async () => {
    const { client, readContract } = fakeClient(0)
    expect((await fetchAllServices(client, DEVNET_CHAIN_ID)).services).toEqual([])
    expect(readContract).toHaveBeenCalledTimes(1)
  })

  it('stops on an empty page even if total claims more', async () => {
    const readContract = vi.fn(async (params: PageParams) => page(params, [], 10n))
    const client = { readContract, getBlockNumber: async () => 1n } as never
    expect((await fetchAllServices(client, DEVNET_CHAIN_ID)).services).toEqual([])
    expect(readContract).toHaveBeenCalledTimes(1)
  })
})

describe('fetchAllServices, streaming a cold load', () => {
  it('reports the first page at once, then growing prefixes, then completes', async () => {
    const { client } = fakeClient(2_120)
    const partials: { count: number; complete: boolean; expected: number }[] = []
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID, {
      onProgress: (p) =>
        partials.push({ count: p.services.length, complete: p.complete, expected: p.expected }),
    })
    expect(partials[0]).toEqual({ count: 50, complete: false, expected: 2_120 })
    // 20 pages (1 000 services) after the first page, then each time the list has doubled, in
    // order, never the whole list.
    expect(partials.map((p) => p.count)).toEqual([50, 1_050, 2_100])
    expect(partials.every((p) => !p.complete)).toBe(true)
    expect(snapshot).toMatchObject({ complete: true, expected: 2_120 })
    expect(snapshot.services.map((s) => s.model)).toEqual(
      Array.from({ length: 2_120 }, (_, i) => `model-${i}`),
    )
  })
  it('reports 10 000 services five times before the end (the list doubling)', async () => {
    const { client } = fakeClient(10_000)
    const counts: number[] = []
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID, {
      onProgress: (p) => counts.push(p.services.length),
    })
    expect(counts).toEqual([50, 1_050, 2_100, 4_200, 8_400])
    expect(snapshot.services).toHaveLength(10_000)
  })
  it('reports nothing for a registry of one page', async () => {
    const onProgress = vi.fn()
    const snapshot = await fetchAllServices(fakeClient(50).client, DEVNET_CHAIN_ID, { onProgress })
    expect(onProgress).not.toHaveBeenCalled()
    expect(snapshot).toMatchObject({ complete: true, expected: 50 })
  })
  it('a total that lies high does not leave the snapshot incomplete', async () => {
    const readContract = vi.fn(async (params: PageParams) => {
      const offset = Number(params.args[0])
      const n = offset === 0 ? 50 : 0
      return page(
        params,
        Array.from({ length: n }, (_, i) => service(offset + i)),
        10n ** 30n,
      )
    })
    const client = { readContract, getBlockNumber: async () => 1n } as never
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    expect(snapshot).toMatchObject({ complete: true, expected: 50 })
  })
})

describe('serviceKeys', () => {
  it('includes the chain id', () => {
    expect(serviceKeys.list(16661)).toEqual(['services', 'list', { chainId: 16661 }])
  })
})
