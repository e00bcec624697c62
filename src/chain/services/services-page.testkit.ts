/**
 * Services and `getAllServices` pages as the contract returns them, for the catalog fetcher's
 * tests (`all-services-query*.test.ts`). For tests only.
 */
import { type Abi, decodeFunctionResult, encodeFunctionResult, getAddress, zeroAddress } from 'viem'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import type { Service } from '@/contracts/service'

/** Service `i`: a provider address with hex letters (so its checksum has upper-case ones). */
export const testService = (i: number): Service => ({
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

/** What a fake `readContract` is called with for a page. */
export interface PageParams {
  abi: Abi
  args: readonly [bigint, bigint]
}

/**
 * What `readContract` gives for a page of `items` of `total`: encoded as the contract encodes it,
 * decoded with the ABI the caller passed (the contract's, or the fetcher's words ABI).
 */
export const pageResult = (
  { abi }: PageParams,
  items: readonly Service[],
  total: bigint,
): unknown =>
  decodeFunctionResult({
    abi,
    functionName: 'getAllServices',
    data: encodeFunctionResult({
      abi: inferenceServingAbi,
      functionName: 'getAllServices',
      result: [items, total],
    }),
  })
