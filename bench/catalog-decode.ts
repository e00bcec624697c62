/**
 * Decoding a 10 000-service registry (200 pages of `getAllServices`) in Node: viem's decoder with
 * the contract's ABI (an EIP-55 checksum per address, through viem's Keccak and cache) against
 * the app's path for the pages after the first (addresses as words, checksummed by
 * src/lib/checksum-address.ts), and the checksums alone. Same bytes, interleaved rounds, medians.
 */
import { checksumAddress, decodeFunctionResult, encodeFunctionResult, type Hex } from 'viem'
import {
  servicesFromWords,
  servicesPageWordsAbi,
  type ServicesPageWords,
} from '../src/chain/services/services-page-words'
import { inferenceServingAbi } from '../src/contracts/abis/inference-serving'
import type { Service } from '../src/contracts/service'
import { checksumLowerAddress } from '../src/lib/checksum-address'
import { median } from './first-row'

export interface DecodeSample {
  services: number
  /** ms to decode every page with viem's decoder and the contract's ABI (median of rounds) */
  viemDecodeMs: number
  /** ms to decode the same pages as the app does after the first page */
  appDecodeMs: number
  /** ms for viem's `checksumAddress` on every address of the registry (two per service) */
  viemChecksumMs: number
  /** ms for `checksumLowerAddress` on the same addresses */
  appChecksumMs: number
}

const randomAddress = (): Hex =>
  `0x${Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('')}`

export function measureCatalogDecode(services = 10_000, rounds = 7): DecodeSample {
  const pages: Hex[] = []
  const addresses: Hex[] = []
  for (let offset = 0; offset < services; offset += 50) {
    const items: Service[] = Array.from({ length: Math.min(50, services - offset) }, (_, i) => {
      const provider = randomAddress()
      const teeSignerAddress = randomAddress()
      addresses.push(provider, teeSignerAddress)
      return {
        provider,
        serviceType: 'chatbot',
        url: `https://provider-${offset + i}.example.com:8080`,
        inputPrice: 10n ** 9n,
        outputPrice: 2n * 10n ** 9n,
        updatedAt: 1_700_000_000n,
        model: `deepseek-chat-v3-0324-x${offset + i}`,
        verifiability: 'TeeML',
        additionalInfo: '{"description":"A provider"}',
        teeSignerAddress,
        teeSignerAcknowledged: true,
      }
    })
    pages.push(
      encodeFunctionResult({
        abi: inferenceServingAbi,
        functionName: 'getAllServices',
        result: [items, BigInt(services)],
      }),
    )
  }
  const time = (run: () => void) => {
    const t0 = performance.now()
    run()
    return performance.now() - t0
  }
  const viemDecode = () => {
    for (const data of pages)
      decodeFunctionResult({ abi: inferenceServingAbi, functionName: 'getAllServices', data })
  }
  const appDecode = () => {
    for (const data of pages) {
      const [items] = decodeFunctionResult({
        abi: servicesPageWordsAbi,
        functionName: 'getAllServices',
        data,
      }) as ServicesPageWords
      servicesFromWords(items)
    }
  }
  const samples = { viemDecodeMs: [], appDecodeMs: [], viemChecksumMs: [], appChecksumMs: [] } as {
    [K in keyof Omit<DecodeSample, 'services'>]: number[]
  }
  for (let r = 0; r < rounds; r++) {
    samples.viemDecodeMs.push(time(viemDecode))
    samples.appDecodeMs.push(time(appDecode))
    samples.viemChecksumMs.push(time(() => addresses.forEach((a) => checksumAddress(a))))
    samples.appChecksumMs.push(time(() => addresses.forEach((a) => checksumLowerAddress(a))))
  }
  return {
    services,
    viemDecodeMs: median(samples.viemDecodeMs)!,
    appDecodeMs: median(samples.appDecodeMs)!,
    viemChecksumMs: median(samples.viemChecksumMs)!,
    appChecksumMs: median(samples.appChecksumMs)!,
  }
}
