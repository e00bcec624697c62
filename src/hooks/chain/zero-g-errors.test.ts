/** Decoding 0G custom errors from raw revert data, also when a wallet returns only hex. */
import { encodeErrorResult, parseEther, zeroAddress, type Abi } from 'viem'
import { describe, expect, it } from 'vitest'
import { describeRevertData, findRevertData, toTxUserError, zeroGErrorAbi } from './zero-g-errors'

const encode = (errorName: string, args: readonly unknown[]) =>
  encodeErrorResult({ abi: zeroGErrorAbi as Abi, errorName, args } as never)

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
  })
  it('humanizes a known error without a sentence, ignores unknown data', () => {
    expect(describeRevertData(encode('ProviderCannotBeUser', []))).toBe('Provider cannot be user')
    expect(describeRevertData('0xdeadbeef')).toBeUndefined()
    expect(describeRevertData('0x')).toBeUndefined()
    expect(describeRevertData(undefined)).toBeUndefined()
  })
})

describe('toTxUserError', () => {
  it('finds revert data deep in a wallet error and turns it into a revert', () => {
    const data = encode('LedgerExists', [zeroAddress])
    const walletError = Object.assign(new Error('execution reverted: custom error 0x…'), {
      cause: { code: 3, message: 'execution reverted', data },
    })
    expect(findRevertData(walletError)).toBe(data)
    expect(toTxUserError(walletError)).toMatchObject({
      kind: 'revert',
      detail: 'You already have a ledger on this network.',
    })
  })
  it('keeps a wallet rejection neutral', () => {
    expect(toTxUserError({ code: 4001, message: 'User rejected' }).kind).toBe('cancelled')
  })
})
