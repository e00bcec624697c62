/** The words decoder of getAllServices against viem's own decoder, on the same bytes. */
import { decodeFunctionResult, encodeFunctionResult, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { inferenceServingAbi } from '@/contracts/abis/inference-serving'
import type { Service } from '@/contracts/service'
import {
  addressFromWord,
  servicesFromWords,
  servicesPageWordsAbi,
  type ServicesPageWords,
} from './services-page-words'

const randomAddress = (): Hex =>
  `0x${Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('')}`

const service = (i: number): Service => ({
  provider: randomAddress(),
  serviceType: i % 2 ? 'chatbot' : 'text-to-image',
  url: `https://p${i}.example`,
  inputPrice: BigInt(i) * 10n ** 9n,
  outputPrice: 2n ** 255n,
  updatedAt: 1_700_000_000n + BigInt(i),
  model: `model-${i}</script><img src=x onerror=alert(1)>`,
  verifiability: 'TeeML',
  additionalInfo: '{"k":"v"}',
  teeSignerAddress: randomAddress(),
  teeSignerAcknowledged: i % 3 === 0,
})

const encodePage = (items: readonly Service[], total: bigint) =>
  encodeFunctionResult({
    abi: inferenceServingAbi,
    functionName: 'getAllServices',
    result: [items, total],
  })

/** viem's decoder with the contract's ABI, the reference. */
const viemDecode = (data: Hex) =>
  decodeFunctionResult({ abi: inferenceServingAbi, functionName: 'getAllServices', data })

const wordsDecode = (data: Hex) => {
  const [items, total] = decodeFunctionResult({
    abi: servicesPageWordsAbi,
    functionName: 'getAllServices',
    data,
  }) as ServicesPageWords
  return [servicesFromWords(items), total] as const
}

describe('servicesFromWords', () => {
  it('gives what viem decodes from the same page, checksummed addresses included', () => {
    const data = encodePage(
      Array.from({ length: 50 }, (_, i) => service(i)),
      1234n,
    )
    const [items, total] = wordsDecode(data)
    const [expected, expectedTotal] = viemDecode(data)
    expect(total).toBe(expectedTotal)
    expect(items).toEqual(expected)
    expect(items[0]!.provider).toMatch(/[A-F]/) // really checksummed, not lowercase
  })

  it('reads a word with dirty upper bytes as viem does (its low 20 bytes)', () => {
    const data = encodePage([service(1)], 1n)
    const [clean] = viemDecode(data)
    const word = clean[0]!.provider.slice(2).toLowerCase()
    const dirty = data.replace(`000000000000000000000000${word}`, `ffffffffffffffffffffffff${word}`)
    expect(dirty).not.toBe(data)
    expect(wordsDecode(dirty as Hex)[0]).toEqual(viemDecode(dirty as Hex)[0])
  })

  it('fails on a truncated page as viem does', () => {
    const data = encodePage([service(1), service(2)], 2n)
    const cut = data.slice(0, data.length - 128) as Hex
    expect(() => viemDecode(cut)).toThrow()
    expect(() => wordsDecode(cut)).toThrow()
  })

  it('keeps the ABI errors, so a revert still decodes by name', () => {
    expect(servicesPageWordsAbi.filter((e) => e.type === 'error').map((e) => e.name)).toEqual(
      inferenceServingAbi.filter((e) => e.type === 'error').map((e) => e.name),
    )
  })
})

describe('addressFromWord', () => {
  it('refuses anything but a 32-byte hex word', () => {
    for (const bad of ['0x', `0x${'0'.repeat(63)}`, `0x${'0'.repeat(65)}`, `0x${'g'.repeat(64)}`])
      expect(() => addressFromWord(bad as Hex)).toThrow('A service address is not a 32-byte word')
  })
  it('reads an upper-case word', () => {
    expect(addressFromWord(`0x${'0'.repeat(24)}52908400098527886E0F7030069857D2E4169EE7`)).toBe(
      '0x52908400098527886E0F7030069857D2E4169EE7',
    )
  })
})
