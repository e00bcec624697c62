/**
 * The base mapping from any thrown value to what the user sees (docs/house-style.md, Errors). Walks
 * viem's `cause` chain, prefers `shortMessage`, never shows viem's multi-line `message`, and
 * decodes custom revert names of the 0G contracts into plain words. Two mappers build on it:
 * `toTxUserError` (src/hooks/chain/zero-g-errors.ts) also decodes raw revert data viem could not
 * name, for transactions; `describeInferenceError` (src/lib/playground/inference-error.ts) words
 * provider-call failures (no sub-account, low balance, auth, 429, cut streams) for the playground.
 */
import { BaseError, ContractFunctionRevertedError } from 'viem'
import { revertMessages } from './revert-messages'
import { providerMessage, providerSays } from './provider-message'

export type UserErrorKind =
  'cancelled' | 'revert' | 'network' | 'http' | 'wrong-network' | 'not-connected' | 'unknown'

/** Stable codes for logs and bug reports (grouped by area). */
export const AppErrorCode = {
  ChainMismatch: 'CHAIN_MISMATCH',
  ContractRevert: 'CONTRACT_REVERT',
  NotConnected: 'WALLET_NOT_CONNECTED',
  ProviderHttp: 'PROVIDER_HTTP',
  RpcHttp: 'RPC_HTTP',
  RpcTimeout: 'RPC_TIMEOUT',
  Unknown: 'UNKNOWN',
  WalletRejected: 'WALLET_REJECTED',
} as const
export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode]

export interface UserError {
  kind: UserErrorKind
  title: string
  detail?: string
  code?: AppErrorCode
}

/** EIP-1193 "user rejected the request". */
export const USER_REJECTED_CODE = 4001

/** Every error in the chain: `error`, its `cause`, the cause's cause, … (viem and plain errors). */
function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error
  for (let depth = 0; current != null && depth < 20; depth++) {
    yield current
    current = (current as { cause?: unknown }).cause
  }
}

function find<T>(error: unknown, test: (e: unknown) => e is T): T | undefined {
  for (const e of causes(error)) if (test(e)) return e
  return undefined
}

const hasName =
  (name: string) =>
  (e: unknown): e is Error & Record<string, unknown> =>
    e instanceof Error && e.name === name

const hasCode = (e: unknown, code: number): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code

/** True when the wallet (or the user in it) declined the request (EIP-1193 code 4001). */
export function isUserRejection(error: unknown): boolean {
  return Boolean(
    find(
      error,
      (e): e is unknown =>
        (typeof e === 'object' &&
          e !== null &&
          (e as { code?: unknown }).code === USER_REJECTED_CODE) ||
        hasName('UserRejectedRequestError')(e),
    ),
  )
}

/**
 * wagmi's injected connector adds an unknown chain with `wallet_addEthereumChain` and, when the
 * wallet added it without switching, throws a rejection: the caller should switch once more.
 */
export function isAddedButNotSwitched(error: unknown): boolean {
  for (const e of causes(error)) {
    const text = e instanceof BaseError ? e.details : e instanceof Error ? e.message : ''
    if (text.includes('switch after adding network')) return true
  }
  return false
}

/** Splits `CamelCaseName` into "Camel case name" for revert names without a mapping. */
function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A contract custom error (name + decoded args) in plain words; unknown names are humanized. */
export function describeRevert(name: string, args: readonly unknown[] = []): string {
  const describe = Object.hasOwn(revertMessages, name) ? revertMessages[name] : undefined
  return describe ? describe(args) : humanize(name)
}

/** The first line of an error's message (viem's short message). */
function shortText(error: unknown): string | undefined {
  if (error instanceof BaseError) return error.shortMessage
  if (error instanceof Error) return error.message.split('\n')[0]
  if (typeof error === 'string') return error
  return undefined
}

/** Maps any thrown value to `{ kind, title, detail?, code? }` for display. Never throws. */
export function toUserError(error: unknown): UserError {
  if (isUserRejection(error)) {
    return { kind: 'cancelled', title: 'Cancelled in wallet', code: AppErrorCode.WalletRejected }
  }

  const revert = find(
    error,
    (e): e is ContractFunctionRevertedError => e instanceof ContractFunctionRevertedError,
  )
  if (revert) {
    const name = revert.data?.errorName
    const detail =
      name && Object.hasOwn(revertMessages, name)
        ? describeRevert(name, revert.data?.args ?? [])
        : (revert.reason ?? (name ? humanize(name) : undefined))
    return {
      kind: 'revert',
      title: 'The transaction would fail',
      detail,
      code: AppErrorCode.ContractRevert,
    }
  }

  if (
    find(error, hasName('ChainMismatchError')) ||
    find(error, hasName('ChainNotConfiguredError'))
  ) {
    return {
      kind: 'wrong-network',
      title: 'Wrong network',
      detail: 'Switch your wallet to a supported network and try again.',
      code: AppErrorCode.ChainMismatch,
    }
  }

  // EIP-1193 4901: the wallet is no longer on the chain the request was made for (the user
  // switched networks while its prompt was open); 4900: the wallet lost every chain.
  if (find(error, (e): e is unknown => hasCode(e, 4901) || hasName('ChainDisconnectedError')(e))) {
    return {
      kind: 'wrong-network',
      title: 'Wrong network',
      detail:
        'Your wallet left the network this request was made for, so nothing was sent. Switch back and try again.',
      code: AppErrorCode.ChainMismatch,
    }
  }
  if (
    find(error, (e): e is unknown => hasCode(e, 4900) || hasName('ProviderDisconnectedError')(e))
  ) {
    return {
      kind: 'network',
      title: 'The wallet is disconnected',
      detail: 'Your wallet is not connected to any network. Open it, reconnect, and try again.',
      code: AppErrorCode.RpcHttp,
    }
  }

  if (
    find(error, hasName('ConnectorNotConnectedError')) ||
    find(error, hasName('ConnectorAccountNotFoundError'))
  ) {
    return {
      kind: 'not-connected',
      title: 'Wallet not connected',
      detail: 'Connect a wallet first.',
      code: AppErrorCode.NotConnected,
    }
  }

  if (find(error, hasName('TimeoutError'))) {
    return {
      kind: 'network',
      title: 'The network did not answer in time',
      detail: 'The RPC endpoint timed out. Check your connection and try again.',
      code: AppErrorCode.RpcTimeout,
    }
  }

  const rpcHttp = find(error, hasName('HttpRequestError'))
  if (rpcHttp) {
    const status = typeof rpcHttp.status === 'number' ? ` (HTTP ${rpcHttp.status})` : ''
    const host = typeof rpcHttp.url === 'string' ? hostOf(rpcHttp.url) : undefined
    return {
      kind: 'network',
      title: 'Could not reach the network',
      detail: `The RPC endpoint${host ? ` ${host}` : ''} did not answer${status}. Check your connection and try again.`,
      code: AppErrorCode.RpcHttp,
    }
  }

  // `HttpError` from src/api/http.ts (provider servers): matched by shape, lib/ must not import api/.
  const http = find(error, hasName('HttpError'))
  if (http) {
    const status = typeof http.status === 'number' ? http.status : undefined
    return {
      kind: 'http',
      title: status ? `The provider answered with HTTP ${status}` : 'The provider request failed',
      detail: ((said) => (said ? providerSays(said) : undefined))(
        providerMessage(shortText(http) ?? ''),
      ),
      code: AppErrorCode.ProviderHttp,
    }
  }

  return {
    kind: 'unknown',
    title: 'Something went wrong',
    detail: shortText(error),
    code: AppErrorCode.Unknown,
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}
