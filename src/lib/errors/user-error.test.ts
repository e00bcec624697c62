/** toUserError: every error class, every area and every error channel of docs/house-style.md (Errors). */
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
import {
  HttpError,
  NetworkError,
  SessionRefusedError,
  StreamCutError,
  UnusableServiceUrlError,
} from './classes'
import {
  AppErrorCode,
  isAddedButNotSwitched,
  isUserRejection,
  toUserError,
  type UserError,
} from './user-error'
import { zeroGErrorAbi } from './zero-g-error-abi'

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

  it('maps a provider HttpError (instanceof, or by name from another realm)', () => {
    expect(toUserError(new HttpError(402, 'Payment required'))).toEqual({
      kind: 'http',
      title: 'The provider answered with HTTP 402',
      detail: 'Provider says: “Payment required”',
      code: AppErrorCode.ProviderHttp,
    })
    const foreign = Object.assign(new Error('slow'), { name: 'HttpError', status: 429 })
    expect(toUserError(foreign)).toMatchObject({ kind: 'http', detail: 'Provider says: “slow”' })
    expect(toUserError(new HttpError(500, '\u0000\n')).detail).toBeUndefined()
  })

  it('maps NetworkError to the network kind in plain words, never "unknown"', () => {
    expect(toUserError(new NetworkError('Could not reach the provider'))).toEqual({
      kind: 'network',
      title: 'Could not reach the provider',
      detail: 'Check the connection and retry.',
      code: AppErrorCode.ProviderNetwork,
    })
    const timedOut = toUserError(new NetworkError('The provider did not answer in time', true))
    expect(timedOut).toMatchObject({
      kind: 'network',
      title: 'The provider did not answer in time',
    })
    const wrapped = new Error('fetch failed', { cause: new NetworkError('x') })
    expect(toUserError(wrapped).kind).toBe('network')
    for (const area of ['tx', 'inference'] as const) {
      expect(toUserError(new NetworkError('x', true), area).kind).toBe('network')
    }
  })

  it('names the block explorer, not a provider, when the explorer failed', () => {
    expect(toUserError(new NetworkError('x', false, 'explorer')).title).toBe(
      'Could not reach the block explorer',
    )
    expect(toUserError(new NetworkError('x', true, 'explorer')).title).toBe(
      'The block explorer did not answer in time',
    )
    expect(toUserError(new HttpError(502, 'bad gateway', null, null, 'explorer'))).toMatchObject({
      kind: 'http',
      title: 'The block explorer answered with HTTP 502',
      detail: 'The block explorer says: “bad gateway”',
    })
    // From another realm (matched by name), the peer still counts.
    const foreign = Object.assign(new Error('down'), { name: 'NetworkError', peer: 'explorer' })
    expect(toUserError(foreign).title).toBe('Could not reach the block explorer')
  })

  it('maps a cut stream and an unusable service URL', () => {
    expect(toUserError(new StreamCutError('Hel'))).toEqual({
      kind: 'stream-cut',
      title: 'The reply was cut off',
      detail:
        'The provider’s stream ended before the reply was complete. Nothing was billed for an incomplete stream; retry to ask again.',
      code: AppErrorCode.ProviderStreamCut,
    })
    const unusable = toUserError(
      new UnusableServiceUrlError('its URL uses ftp: instead of http(s)'),
    )
    expect(unusable).toMatchObject({
      kind: 'unusable-service',
      title: 'This service cannot be used',
      detail:
        'This service cannot be used: its URL uses ftp: instead of http(s). No request was sent.',
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

// The serving contract's errors, encoded as a wallet returns them: hex only, no ABI.
const encode = (errorName: string, args: readonly unknown[]) =>
  encodeErrorResult({ abi: zeroGErrorAbi, errorName, args } as never)

describe("toUserError(error, 'tx')", () => {
  it('decodes raw revert data deep in a wallet error by error name', () => {
    const data = encode('LedgerExists', [zeroAddress])
    const walletError = Object.assign(new Error('execution reverted: custom error 0x…'), {
      cause: { code: 3, message: 'execution reverted', data },
    })
    expect(toUserError(walletError, 'tx')).toEqual({
      kind: 'revert',
      title: 'The transaction would fail',
      detail: 'You already have a ledger on this network.',
      code: AppErrorCode.ContractRevert,
    })
    // Without an area, raw data is not decoded (only what viem named).
    expect(toUserError(walletError).kind).toBe('unknown')
  })

  it('decodes serving-contract errors that bubble up through the ledger', () => {
    const err = {
      message: 'reverted',
      data: { data: encode('InsufficientBalance', [zeroAddress]) },
    }
    expect(toUserError(err, 'tx').detail).toBe('Ledger balance too low for this request.')
    const notExists = { data: encode('AccountNotExists', [zeroAddress, zeroAddress]) }
    expect(toUserError(notExists, 'tx').detail).toBe(
      'There is no sub-account with this provider yet. Transfer funds to it first.',
    )
  })

  it('prefers the name viem decoded; keeps a wallet rejection neutral', () => {
    expect(toUserError(revert('LedgerNotExists', [zeroAddress]), 'tx').detail).toMatch(/no ledger/)
    expect(toUserError({ code: 4001, message: 'User rejected' }, 'tx').kind).toBe('cancelled')
    expect(toUserError({ code: 4901 }, 'tx').kind).toBe('wrong-network')
    expect(toUserError({ code: 4900 }, 'tx').title).toBe('The wallet is disconnected')
  })
})

describe("toUserError(error, 'inference')", () => {
  const http = (status: number, message: string) => new HttpError(status, message)

  // Provider answers, with the top-up offer kinds: status, message, what the user is told.
  const answers: [number, string, Partial<UserError>][] = [
    [
      402,
      'no sub-account with this provider: transfer funds first',
      { kind: 'no-sub-account', title: 'No funds with this provider yet' },
    ],
    // The live broker's 400s after the session (ValidateRequestWithEstimatedFee).
    [
      400,
      'validate request: get account from contract, account not exist: execution reverted',
      { kind: 'no-sub-account', title: 'No funds with this provider yet' },
    ],
    [
      400,
      'validate request: user not acknowledge the provider, please use acknowledgeProviderSigner function in sdk first, it will take effect in 2 minutes',
      { kind: 'not-acknowledged', title: 'Acknowledge this provider first' },
    ],
    [
      400,
      'validate request: service not acknowledge the tee signer',
      { kind: 'http', title: 'This provider’s TEE signer is not acknowledged on chain' },
    ],
    [
      400,
      'validate request: insufficient balance: your locked balance is 1.000000 0G, but the required minimum is 1.000110 0G',
      { kind: 'low-balance', title: 'Not enough funds with this provider' },
    ],
    [
      402,
      'insufficient balance',
      {
        kind: 'low-balance',
        title: 'Not enough funds with this provider',
        detail: 'Provider says: “insufficient balance”',
      },
    ],
    [401, 'token expired', { kind: 'auth', title: 'The provider refused the session token' }],
    [403, 'revoked', { kind: 'auth' }],
    [429, 'slow', { kind: 'rate-limited', title: 'The provider is rate-limiting you' }],
    [
      500,
      'boom',
      {
        kind: 'server',
        title: 'The provider failed (HTTP 500)',
        detail: 'Provider says: “boom”',
      },
    ],
    [503, 'x', { kind: 'server' }],
    [400, 'bad', { kind: 'http', title: 'The provider answered with HTTP 400' }],
  ]
  it.each(answers)('classifies HTTP %i “%s”', (status, message, expected) => {
    expect(toUserError(http(status, message), 'inference')).toMatchObject(expected)
  })

  it('caps, cleans and attributes a huge provider message', () => {
    const huge = toUserError(http(402, `{"x":"${'y'.repeat(2_000_000)}"}\u202E`), 'inference')
    expect(huge.kind).toBe('low-balance')
    expect(huge.detail!.length).toBeLessThan(320)
    expect(huge.detail).toMatch(/^Provider says: “\{"x":"y+…”$/)
    expect(toUserError(http(500, '\u0000\n'), 'inference').detail).toBeUndefined()
  })

  it('maps a missing sub-account revert by its decoded name', () => {
    const noAccount = new ContractFunctionRevertedError({
      abi: zeroGErrorAbi,
      data: encode('AccountNotExists', [zeroAddress, zeroAddress]),
      functionName: 'getAccount',
    })
    expect(toUserError(noAccount, 'inference')).toMatchObject({
      kind: 'no-sub-account',
      title: 'No funds with this provider yet',
      detail: 'Transfer funds from your ledger to this provider to start.',
    })
    // Another revert is just a revert, also when its words mention an account.
    const exists = { data: encode('AccountExists', [zeroAddress, zeroAddress]) }
    expect(toUserError(exists, 'inference')).toMatchObject({
      kind: 'revert',
      detail: 'Account exists',
    })
  })

  it('classifies cut streams, network, aborts and wallet rejections', () => {
    expect(toUserError(new StreamCutError('x'), 'inference').kind).toBe('stream-cut')
    expect(toUserError(new NetworkError('x', true), 'inference').title).toMatch(/in time/)
    expect(toUserError(new DOMException('a', 'AbortError'), 'inference')).toMatchObject({
      kind: 'cancelled',
      title: 'Stopped',
    })
    // An abort outside the playground is not a user's "Stop".
    expect(toUserError(new DOMException('a', 'AbortError')).kind).toBe('unknown')
    expect(toUserError({ code: 4001 }, 'inference').kind).toBe('cancelled')
    expect(toUserError(new Error('odd'), 'inference')).toMatchObject({
      kind: 'unknown',
      title: 'Something went wrong',
      detail: 'odd',
    })
  })
})

describe('session token refusals (the broker answers 400, #13)', () => {
  it('a 400 "validate session: …" is an auth error, other 400s are not', () => {
    const revoked = new HttpError(400, 'validate session: session token has been revoked')
    expect(toUserError(revoked, 'inference').kind).toBe('auth')
    expect(toUserError(new HttpError(400, '`prompt` is required'), 'inference').kind).toBe('http')
  })

  it('a token refused again after renewal says plainly to wait for the provider', () => {
    const e = new SessionRefusedError(
      400,
      'validate session: invalid session token (future generation)',
    )
    const u = toUserError(e, 'inference')
    expect(u.kind).toBe('auth')
    expect(u.title).toMatch(/still refuses/)
    expect(u.detail).toMatch(/up to 10 minutes/)
    expect(u.detail).toMatch(/future generation/)
  })
})
