/**
 * When the words decoder's chunk fails to load (a deploy replaced it, the network dropped), the
 * pages after the first are still read, with viem's decoder.
 */
import { describe, expect, it, vi } from 'vitest'
import { inferenceServingReadsAbi } from '@/contracts/abis/inference-serving-reads'
import { DEVNET_CHAIN_ID } from '@/contracts/addresses'
import { fetchAllServices } from './all-services-query'
import { pageResult, testService, type PageParams } from './services-page.testkit'

vi.mock('./services-page-words', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('fetchAllServices without the words decoder', () => {
  it("reads every page with viem's decoder and the contract's ABI", async () => {
    const all = Array.from({ length: 120 }, (_, i) => testService(i))
    const abis: PageParams['abi'][] = []
    const readContract = vi.fn(async (params: PageParams) => {
      abis.push(params.abi)
      const [offset, limit] = params.args
      return pageResult(params, all.slice(Number(offset), Number(offset + limit)), 120n)
    })
    const client = { readContract, getBlockNumber: async () => 1n } as never
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    expect(snapshot.services).toEqual(all)
    expect(abis).toHaveLength(3)
    expect(abis.every((abi) => abi === inferenceServingReadsAbi)).toBe(true)
  })
})
