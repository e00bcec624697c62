/**
 * A page of `getAllServices`, decoded with the two addresses of each service read as plain 32-byte
 * words and checksummed here (src/lib/checksum-address.ts) rather than by viem's decoder, whose
 * per-address Keccak and 8 192-entry cache made checksums ~60 % of decoding a 10 000-service
 * registry (docs/performance.md, "Checksums at 10 000 services"). The result is the same `Service`
 * viem's decoder gives: the address is the word's low 20 bytes, as viem reads an `address`, in
 * EIP-55 form. The unit tests compare the two decoders on the same bytes.
 */
import type { Abi, Address, Hex } from 'viem'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import type { Service } from '@/contracts/service'
import { checksumLowerAddress } from '@/lib/checksum-address'

/** A service as decoded with its addresses as words. */
export type ServiceWords = Omit<Service, 'provider' | 'teeSignerAddress'> & {
  provider: Hex
  teeSignerAddress: Hex
}

interface AbiParam {
  type: string
  components?: readonly AbiParam[]
}

const addressesAsWords = (p: AbiParam): AbiParam => ({
  ...p,
  type: p.type === 'address' ? 'bytes32' : p.type,
  ...(p.components ? { components: p.components.map(addressesAsWords) } : {}),
})

/**
 * InferenceServing's ABI with `getAllServices`' outputs reading addresses as `bytes32` (its errors
 * stay, so a revert decodes as before).
 */
export const servicesPageWordsAbi = inferenceServingAbi.map((entry) =>
  entry.type === 'function' && entry.name === 'getAllServices'
    ? { ...entry, outputs: entry.outputs.map(addressesAsWords) }
    : entry,
) as Abi

/** What `readContract` returns for `getAllServices` with `servicesPageWordsAbi`. */
export type ServicesPageWords = readonly [readonly ServiceWords[], bigint]

const WORD = /^0x[0-9a-fA-F]{64}$/

/** The address in an ABI word's low 20 bytes (as viem's decoder reads an `address`), checksummed. */
export function addressFromWord(word: Hex): Address {
  if (!WORD.test(word)) throw new Error('A service address is not a 32-byte word')
  return checksumLowerAddress(`0x${word.slice(26).toLowerCase()}`)
}

/** The services of a page decoded with `servicesPageWordsAbi`, as viem's decoder would give them. */
export function servicesFromWords(items: readonly ServiceWords[]): Service[] {
  return items.map((s) => ({
    ...s,
    provider: addressFromWord(s.provider),
    teeSignerAddress: addressFromWord(s.teeSignerAddress),
  }))
}
