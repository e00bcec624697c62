/** toUserError: every error channel of docs/house-style.md (Errors) that lib/ can recognise. */
import {
  ChainDisconnectedError,
  ChainMismatchError,
  ProviderDisconnectedError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  HttpRequestError,
  TimeoutError,
  UserRejectedRequestError,
  encodeErrorResult,
  parseAbi,
  parseEther,
  zeroAddress,
} from 'viem'
import { mainnet } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { AppErrorCode, isAddedButNotSwitched, isUserRejection, toUserError } from './errors'

// The LedgerManager errors used here (lib/ tests stay independent of src/contracts).
const ledgerManagerAbi = parseAbi([
  'function refund(uint256 amount)',
  'error CallerNotRegisteredService(address caller)',
  'error InsufficientAvailableBalance(uint256 available, uint256 required)',
  'error LedgerExists(address user)',
  'error LedgerNotExists(address user)',
  'error MinimumDepositRequired(uint256 provided, uint256 required)',
])

function revert(errorName: string, args: readonly unknown[] = []) {
  const data = encodeErrorResult({
    abi: ledgerManagerAbi,
    errorName,
    args,
  } as unknown as Parameters<typeof encodeErrorResult>[0])
  const cause = new ContractFunctionRevertedError({
    abi: ledgerManagerAbi,
    data,
    functionName: 'refund',
  })
  return new ContractFunctionExecutionError(cause, {
    abi: ledgerManagerAbi,
    functionName: 'refund',
    args: [1n],
    contractAddress: zeroAddress,
  })
}

describe('toUserError', () => {
  it('treats a wallet rejection as a neutral cancellation', () => {
    const error = new UserRejectedRequestError(new Error('User denied transaction signature.'))
    expect(toUserError(error)).toEqual({
      kind: 'cancelled',
      title: 'Cancelled in wallet',
      code: AppErrorCode.WalletRejected,
    })
  })

  it('finds a raw EIP-1193 4001 deep in the cause chain', () => {
    const error = new Error('outer', {
      cause: new Error('mid', { cause: { code: 4001, message: 'no' } }),
    })
    expect(toUserError(error).kind).toBe('cancelled')
    expect(isUserRejection(error)).toBe(true)
    expect(isUserRejection(new Error('x', { cause: { code: 4100 } }))).toBe(false)
  })

  it('decodes known revert names into plain words, with amounts in 0G', () => {
    const e = toUserError(revert('MinimumDepositRequired', [parseEther('1'), parseEther('3')]))
    expect(e).toMatchObject({ kind: 'revert', code: AppErrorCode.ContractRevert })
    expect(e.detail).toBe('The deposit is below the minimum of 3 0G.')

    const balance = toUserError(
      revert('InsufficientAvailableBalance', [parseEther('0.5'), parseEther('1.25')]),
    )
    expect(balance.detail).toBe(
      'Not enough available ledger balance: 0.5 0G available, 1.25 0G needed.',
    )
    expect(toUserError(revert('LedgerExists', [zeroAddress])).detail).toBe(
      'You already have a ledger on this network.',
    )
    expect(toUserError(revert('LedgerNotExists', [zeroAddress])).detail).toMatch(/no ledger/)
  })

  it('humanizes revert names without a mapping', () => {
    expect(toUserError(revert('CallerNotRegisteredService', [zeroAddress])).detail).toBe(
      'Caller not registered service',
    )
  })

  it('uses a require() reason when there is no custom error', () => {
    const cause = new ContractFunctionRevertedError({
      abi: ledgerManagerAbi,
      data: '0x',
      functionName: 'refund',
      message: 'not allowed',
    })
    expect(toUserError(cause)).toMatchObject({ kind: 'revert', detail: 'not allowed' })
  })

  it('maps RPC HTTP failures and timeouts to network errors without the multi-line message', () => {
    const http = new HttpRequestError({
      url: 'https://evmrpc.0g.ai/',
      status: 503,
      body: { id: 1 },
    })
    const e = toUserError(http)
    expect(e).toMatchObject({ kind: 'network', code: AppErrorCode.RpcHttp })
    expect(e.detail).toContain('evmrpc.0g.ai')
    expect(e.detail).toContain('HTTP 503')
    expect(e.detail).not.toContain('Version')

    const t = toUserError(new TimeoutError({ url: 'http://127.0.0.1:8545', body: {} }))
    expect(t).toMatchObject({ kind: 'network', code: AppErrorCode.RpcTimeout })
  })

  it('maps a chain mismatch to wrong-network', () => {
    const e = new ChainMismatchError({ chain: mainnet, currentChainId: 5 })
    expect(toUserError(e).kind).toBe('wrong-network')
  })

  it('maps EIP-1193 4901 (wallet left the chain) to wrong-network, raw or wrapped by viem', () => {
    const raw = toUserError({ code: 4901, message: 'Chain disconnected' })
    expect(raw).toMatchObject({ kind: 'wrong-network', title: 'Wrong network' })
    expect(raw.detail).toMatch(/nothing was sent/)
    const wrapped = toUserError(new ChainDisconnectedError(new Error('x')))
    expect(wrapped.kind).toBe('wrong-network')
    expect(toUserError(new ProviderDisconnectedError(new Error('x')))).toMatchObject({
      kind: 'network',
      title: 'The wallet is disconnected',
    })
  })

  it('maps provider HttpError by shape', () => {
    class HttpError extends Error {
      override name = 'HttpError'
      constructor(
        message: string,
        readonly status: number,
      ) {
        super(message)
      }
    }
    expect(toUserError(new HttpError('Payment required', 402))).toEqual({
      kind: 'http',
      title: 'The provider answered with HTTP 402',
      detail: 'Provider says: “Payment required”',
      code: AppErrorCode.ProviderHttp,
    })
  })

  it('falls back to the first line for unknown errors and handles non-errors', () => {
    expect(toUserError(new Error('boom\nstack-ish detail'))).toEqual({
      kind: 'unknown',
      title: 'Something went wrong',
      detail: 'boom',
      code: AppErrorCode.Unknown,
    })
    expect(toUserError('plain').detail).toBe('plain')
    expect(toUserError(undefined).detail).toBeUndefined()
    expect(toUserError(null).kind).toBe('unknown')
  })
})

describe('isAddedButNotSwitched', () => {
  it('recognises wagmi’s add-without-switch rejection', () => {
    const inner = new UserRejectedRequestError(
      new Error('User rejected switch after adding network.'),
    )
    expect(isAddedButNotSwitched(new UserRejectedRequestError(inner))).toBe(true)
    expect(isAddedButNotSwitched(new UserRejectedRequestError(new Error('User denied')))).toBe(
      false,
    )
  })
})
