import { checksumAddress, keccak256, stringToBytes } from 'viem'
import { describe, expect, it } from 'vitest'
import { checksumLowerAddress } from './checksum-address'

const randomLower = () =>
  `0x${Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('')}`

describe('checksumLowerAddress', () => {
  it('gives the EIP-55 examples', () => {
    // The four "all caps / all lower / normal" examples of EIP-55.
    for (const a of [
      '0x52908400098527886E0F7030069857D2E4169EE7',
      '0xde709f2102306220921060314715629080e2fb77',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ])
      expect(checksumLowerAddress(a.toLowerCase())).toBe(a)
  })

  it('agrees with viem on 5 000 random addresses and the extremes', () => {
    const all = [
      '0x0000000000000000000000000000000000000000',
      '0xffffffffffffffffffffffffffffffffffffffff',
      ...Array.from({ length: 5000 }, randomLower),
    ]
    for (const a of all) expect(checksumLowerAddress(a)).toBe(checksumAddress(a as `0x${string}`))
  })

  it('hashes with Keccak-256 (the checksum nibbles are those of viem keccak256)', () => {
    // Independent of the case rule: an address whose letters are all a-f shows every nibble.
    const a = '0xabcdefabcdefabcdefabcdefabcdefabcdefabcd'
    const hash = keccak256(stringToBytes(a.slice(2)))
    const got = checksumLowerAddress(a)
    for (let i = 0; i < 40; i++) {
      const upper = parseInt(hash[i + 2]!, 16) >= 8
      expect(got[i + 2]).toBe(upper ? a[i + 2]!.toUpperCase() : a[i + 2])
    }
  })

  it('refuses anything but 0x and 40 lowercase hex digits', () => {
    for (const bad of [
      '',
      '0x',
      '0x52908400098527886E0F7030069857D2E4169EE7', // mixed case
      '0x52908400098527886e0f7030069857d2e4169ee', // 39 digits
      '0x52908400098527886e0f7030069857d2e4169ee70', // 41 digits
      '52908400098527886e0f7030069857d2e4169ee7aa', // no 0x
      '0x52908400098527886e0f7030069857d2e4169eg7', // not hex
      '0x52908400098527886e0f7030069857d2e4169ee7\n',
    ])
      expect(() => checksumLowerAddress(bad)).toThrow('Not a lowercase hex address')
  })
})
