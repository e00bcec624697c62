/** Decoding 0G custom errors by name, also from raw revert data when a wallet returns only hex. */
import { encodeErrorResult, parseEther, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { decodeRevertData, describeRevertData, findRevert, findRevertData } from './revert'
import { zeroGErrorAbi } from './zero-g-error-abi'

const encode = (errorName: string, args: readonly unknown[]) =>
  encodeErrorResult({ abi: zeroGErrorAbi, errorName, args } as never)

describe('describeRevertData', () => {
  it('decodes ledger errors with their amounts', () => {
    const data = encode('InsufficientAvailableBalance', [parseEther('3'), parseEther('4')])
    expect(describeRevertData(data)).toBe(
      'Not enough available ledger balance: 3 0G available, 4 0G needed.',
    )
  })
  it('decodes serving-contract errors that bubble up through the ledger', () => {
    expect(describeRevertData(encode('TooManyRefunds', [zeroAddress, zeroAddress]))).toMatch(
      /too many pending refunds/i,
    )
    expect(decodeRevertData(encode('AccountNotExists', [zeroAddress, zeroAddress]))?.name).toBe(
      'AccountNotExists',
    )
  })
  it('humanizes a known error without a sentence, ignores unknown data', () => {
    expect(describeRevertData(encode('ProviderCannotBeUser', []))).toBe('Provider cannot be user')
    expect(describeRevertData('0xdeadbeef')).toBeUndefined()
    expect(describeRevertData('0x')).toBeUndefined()
    expect(describeRevertData(undefined)).toBeUndefined()
  })
})

describe('findRevert', () => {
  it('finds revert data in the cause chain, nested or not, only with `raw`', () => {
    const data = encode('LedgerLocked', [])
    const deep = new Error('outer', { cause: { cause: { data: { data } } } })
    expect(findRevertData(deep)).toBe(data)
    expect(findRevert(deep, { raw: true })).toMatchObject({
      name: 'LedgerLocked',
      detail: 'The ledger is locked right now. Try again shortly.',
    })
    expect(findRevert(deep)).toBeUndefined()
    expect(findRevert(new Error('no revert'), { raw: true })).toBeUndefined()
  })
})
