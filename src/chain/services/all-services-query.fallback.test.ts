/**
 * When the words decoder's chunk fails to load (a deploy replaced it, the network dropped), the
 * pages after the first are still read, with viem's decoder.
 */
import { encodeFunctionResult, getAddress, zeroAddress, type Abi } from 'viem'
import { decodeFunctionResult } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import { DEVNET_CHAIN_ID } from '@/contracts/addresses'
import type { Service } from '@/contracts/service'
import { fetchAllServices } from './all-services-query'

vi.mock('./services-page-words', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

const service = (i: number): Service => ({
  provider: getAddress(`0x${(i + 0xabcdef).toString(16).padStart(40, 'e')}`),
  serviceType: 'chatbot',
  url: `http://127.0.0.1:${8000 + i}`,
  inputPrice: 1n,
  outputPrice: 2n,
  updatedAt: 0n,
  model: `model-${i}`,
  verifiability: 'TeeML',
  additionalInfo: '{}',
  teeSignerAddress: zeroAddress,
  teeSignerAcknowledged: true,
})

describe('fetchAllServices without the words decoder', () => {
  it("reads every page with viem's decoder and the contract's ABI", async () => {
    const all = Array.from({ length: 120 }, (_, i) => service(i))
    const abis: Abi[] = []
    const readContract = vi.fn(async ({ abi, args }: { abi: Abi; args: [bigint, bigint] }) => {
      abis.push(abi)
      const [offset, limit] = args
      const data = encodeFunctionResult({
        abi: inferenceServingAbi,
        functionName: 'getAllServices',
        result: [all.slice(Number(offset), Number(offset + limit)), 120n],
      })
      return decodeFunctionResult({ abi, functionName: 'getAllServices', data })
    })
    const client = { readContract, getBlockNumber: async () => 1n } as never
    const snapshot = await fetchAllServices(client, DEVNET_CHAIN_ID)
    expect(snapshot.services).toEqual(all)
    expect(abis).toHaveLength(3)
    expect(abis.every((abi) => abi === inferenceServingAbi)).toBe(true)
  })
})
