/**
 * EIP-55 checksummed addresses, fast enough for a 10 000-service catalog.
 *
 * viem's `checksumAddress` (what its ABI decoder calls for every `address`) hashes each address
 * with a general-purpose Keccak and keeps an 8 192-entry cache, which a registry of 10 000
 * services (two addresses each) overruns: decoding the whole registry spent ~60 % of its time
 * there (docs/performance.md). An address's checksum hashes exactly 40 ASCII bytes, one block of
 * Keccak-256, so this file runs a single Keccak-f[1600] permutation on a state it reuses, straight
 * from the hex characters (Ethereum's Keccak-256: rate 136 bytes, padding byte 0x01; the
 * permutation is generated from FIPS 202 by scripts/gen-keccak-f1600.ts). The unit tests compare
 * it with viem on random addresses.
 */
import type { Address } from 'viem'
import { keccakF1600 } from './keccak-f1600'

/** The sponge's state: 25 lanes as 50 Int32 halves (low, high), reused for every address. */
const state = new Int32Array(50)

const LOWER_HEX_ADDRESS = /^0x[0-9a-f]{40}$/

/**
 * The EIP-55 form of `address`, which must be `0x` and 40 lowercase hex digits (what the ABI
 * decoder gives); throws on anything else, so a malformed value is never passed off as checked.
 */
export function checksumLowerAddress(address: string): Address {
  if (!LOWER_HEX_ADDRESS.test(address)) throw new Error('Not a lowercase hex address')
  state.fill(0)
  // The 40 ASCII digits (after 0x) are the message, laid into the lanes little-endian: byte i is
  // in half i >> 2 (lane i >> 3, low half first) at bit 8 * (i & 3).
  for (let i = 0; i < 40; i++) state[i >> 2]! |= address.charCodeAt(i + 2) << ((i & 3) << 3)
  // Keccak's padding (not SHA-3's): 0x01 after the message (byte 40), 0x80 in the rate's last
  // byte (135).
  state[10]! ^= 0x01
  state[33]! ^= 0x80 << 24
  keccakF1600(state)
  let out = '0x'
  for (let i = 0; i < 40; i++) {
    // nibble i of the hash: byte i >> 1, high nibble first
    const byte = i >> 1
    const value = (state[byte >> 2]! >>> ((byte & 3) << 3)) & 0xff
    const nibble = i & 1 ? value & 0x0f : value >> 4
    const ch = address[i + 2]!
    out += nibble >= 8 && ch > '9' ? ch.toUpperCase() : ch
  }
  return out as Address
}
