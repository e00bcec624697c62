/**
 * THE mapping from any thrown value to what the user sees (docs/house-style.md, Errors). Walks the
 * `cause` chain, recognises the app's own error classes (./classes.ts) with `instanceof` (or their
 * `name`, across realms), matches contract reverts by decoded error name (./revert.ts and the
 * sentences in ./revert-messages.ts), prefers viem's `shortMessage` and never shows viem's
 * multi-line `message`. A provider's own words are cleaned, capped and attributed
 * ("Provider says: “…”", ../provider-message.ts).
 *
 * Areas extend the base mapping: `'tx'` also decodes raw revert data viem could not name (a
 * wallet's own gas estimate failing with a 0G custom error it returns only as hex); `'inference'`
 * words provider calls for the playground (stopped, auth, 429, 5xx, the top-up offers
 * 'no-sub-account' / 'low-balance' and the acknowledgement 'not-acknowledged').
 */
import { BaseError } from 'viem'
import { providerMessage, providerSays } from '../provider-message'
import {
  HttpError,
  NetworkError,
  peerName,
  StreamCutError,
  UnusableServiceUrlError,
} from './classes'
import { causes, findCause, findRevert, shortText } from './revert'
import { BROKER_ACCOUNT_CACHE_MINUTES, isSessionRefusal } from '../protocol/session-refusal'

/** Where the error happened, for the area's extra rules. */
export type ErrorArea = 'tx' | 'inference'

export type UserErrorKind =
  | 'cancelled'
  | 'revert'
  | 'network'
  | 'http'
  | 'wrong-network'
  | 'not-connected'
  | 'unusable-service'
  | 'stream-cut'
  // area 'inference': a top-up with this provider fixes the first two
  | 'no-sub-account'
  | 'low-balance'
  // area 'inference': the user must acknowledge the provider's TEE signer (AcknowledgeOffer)
  | 'not-acknowledged'
  | 'auth'
  | 'rate-limited'
  | 'server'
  | 'unknown'

/** Stable codes for logs and bug reports (grouped by area). */
export const AppErrorCode = {
  Aborted: 'REQUEST_ABORTED',
  ChainMismatch: 'CHAIN_MISMATCH',
  ContractRevert: 'CONTRACT_REVERT',
  NotConnected: 'WALLET_NOT_CONNECTED',
  ProviderHttp: 'PROVIDER_HTTP',
  ProviderNetwork: 'PROVIDER_NETWORK',
  ProviderStreamCut: 'PROVIDER_STREAM_CUT',
  RpcHttp: 'RPC_HTTP',
  RpcTimeout: 'RPC_TIMEOUT',
  UnusableServiceUrl: 'UNUSABLE_SERVICE_URL',
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

const hasName =
  (name: string) =>
  (e: unknown): e is Error & Record<string, unknown> =>
    e instanceof Error && e.name === name

/** `instanceof cls`, or an error of the same `name` from another realm (they keep their fields). */
const isA =
  <T>(cls: abstract new (...args: never[]) => T, name: string) =>
  (e: unknown): e is T =>
    e instanceof cls || hasName(name)(e)

const hasCode = (e: unknown, code: number): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code

/** True when the wallet (or the user in it) declined the request (EIP-1193 code 4001). */
export function isUserRejection(error: unknown): boolean {
  return Boolean(
    findCause(
      error,
      (e): e is unknown => hasCode(e, USER_REJECTED_CODE) || hasName('UserRejectedRequestError')(e),
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

/** The provider's words under an error title, or undefined when nothing printable is left. */
function providerDetail(error: Error): string | undefined {
  const said = providerMessage(shortText(error) ?? '')
  if (!said) return undefined
  const peer = (error as { peer?: unknown }).peer
  return peer === 'explorer' ? `The ${peerName(peer)} says: “${said}”` : providerSays(said)
}

/** Area 'inference': what a provider's HTTP status means for the playground. */
function inferenceHttpError(error: HttpError): UserError {
  const s = error.status
  const detail = providerDetail(error)
  const code = AppErrorCode.ProviderHttp
  // No sub-account yet: the broker answers 400 "validate request: get account from contract,
  // account not exist: …"; other gateways say "sub-account" in a 402.
  if (
    (s === 400 && /account not exist/i.test(error.message)) ||
    (s === 402 && /sub-account/i.test(error.message))
  )
    return { kind: 'no-sub-account', title: 'No funds with this provider yet', detail, code }
  // The broker's 400 "validate request: user not acknowledge the provider, …".
  if (s === 400 && /user not acknowledge the provider/i.test(error.message))
    return {
      kind: 'not-acknowledged',
      title: 'Acknowledge this provider first',
      detail:
        'The provider serves you only after you acknowledge its TEE signer (the key its responses are signed with) for your sub-account. Your prompt is kept: acknowledge, then retry.',
      code,
    }
  // The broker's 400 "validate request: service not acknowledge the tee signer": only the
  // contract owner can fix it.
  if (s === 400 && /service not acknowledge the tee signer/i.test(error.message))
    return {
      kind: 'http',
      title: 'This provider’s TEE signer is not acknowledged on chain',
      detail: `${detail ? `${detail} ` : ''}It cannot serve anyone until the network acknowledges it; try another provider.`,
      code,
    }
  // The broker's 400 "validate request: insufficient balance: your locked balance is …"; other
  // gateways answer 402.
  if (s === 402 || (s === 400 && /insufficient balance/i.test(error.message)))
    return { kind: 'low-balance', title: 'Not enough funds with this provider', detail, code }
  if (error.name === 'SessionRefusedError')
    return {
      kind: 'auth',
      title: 'The provider still refuses your session token',
      detail: `${detail ? `${detail} ` : ''}After “Revoke all keys” a provider may take up to ${BROKER_ACCOUNT_CACHE_MINUTES} minutes to see the change. Your prompt is kept: send it again in a few minutes.`,
      code,
    }
  if (s === 401 || s === 403 || isSessionRefusal(s, error.message))
    return { kind: 'auth', title: 'The provider refused the session token', detail, code }
  if (s === 429)
    return { kind: 'rate-limited', title: 'The provider is rate-limiting you', detail, code }
  if (s >= 500) return { kind: 'server', title: `The provider failed (HTTP ${s})`, detail, code }
  return { kind: 'http', title: `The provider answered with HTTP ${s}`, detail, code }
}

/**
 * Maps any thrown value to `{ kind, title, detail?, code? }` for display, with the extra rules of
 * `area` (see the file comment). Never throws.
 */
export function toUserError(error: unknown, area?: ErrorArea): UserError {
  if (area === 'inference' && findCause(error, hasNameOrDom('AbortError'))) {
    return { kind: 'cancelled', title: 'Stopped', code: AppErrorCode.Aborted }
  }

  if (isUserRejection(error)) {
    return { kind: 'cancelled', title: 'Cancelled in wallet', code: AppErrorCode.WalletRejected }
  }

  const unusable = findCause(error, isA(UnusableServiceUrlError, 'UnusableServiceUrlError'))
  if (unusable) {
    return {
      kind: 'unusable-service',
      title: 'This service cannot be used',
      detail: unusable.message,
      code: AppErrorCode.UnusableServiceUrl,
    }
  }

  const cut = findCause(error, isA(StreamCutError, 'StreamCutError'))
  if (cut) {
    return {
      kind: 'stream-cut',
      title: 'The reply was cut off',
      detail: `${cut.message}. Nothing was billed for an incomplete stream; retry to ask again.`,
      code: AppErrorCode.ProviderStreamCut,
    }
  }

  const network = findCause(error, isA(NetworkError, 'NetworkError'))
  if (network) {
    return {
      kind: 'network',
      title: network.timedOut
        ? `The ${peerName(network.peer)} did not answer in time`
        : `Could not reach the ${peerName(network.peer)}`,
      detail: 'Check the connection and retry.',
      code: AppErrorCode.ProviderNetwork,
    }
  }

  const http = findCause(error, isA(HttpError, 'HttpError'))
  if (http && typeof http.status === 'number') {
    if (area === 'inference') return inferenceHttpError(http)
    return {
      kind: 'http',
      title: `The ${peerName(http.peer)} answered with HTTP ${http.status}`,
      detail: providerDetail(http),
      code: AppErrorCode.ProviderHttp,
    }
  }

  const revert = findRevert(error, { raw: area !== undefined })
  if (revert) {
    if (area === 'inference' && revert.name === 'AccountNotExists') {
      return {
        kind: 'no-sub-account',
        title: 'No funds with this provider yet',
        detail: 'Transfer funds from your ledger to this provider to start.',
        code: AppErrorCode.ContractRevert,
      }
    }
    return {
      kind: 'revert',
      title: 'The transaction would fail',
      detail: revert.detail,
      code: AppErrorCode.ContractRevert,
    }
  }

  if (
    findCause(error, hasName('ChainMismatchError')) ||
    findCause(error, hasName('ChainNotConfiguredError'))
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
  if (
    findCause(error, (e): e is unknown => hasCode(e, 4901) || hasName('ChainDisconnectedError')(e))
  ) {
    return {
      kind: 'wrong-network',
      title: 'Wrong network',
      detail:
        'Your wallet left the network this request was made for, so nothing was sent. Switch back and try again.',
      code: AppErrorCode.ChainMismatch,
    }
  }
  if (
    findCause(
      error,
      (e): e is unknown => hasCode(e, 4900) || hasName('ProviderDisconnectedError')(e),
    )
  ) {
    return {
      kind: 'network',
      title: 'The wallet is disconnected',
      detail: 'Your wallet is not connected to any network. Open it, reconnect, and try again.',
      code: AppErrorCode.RpcHttp,
    }
  }

  if (
    findCause(error, hasName('ConnectorNotConnectedError')) ||
    findCause(error, hasName('ConnectorAccountNotFoundError'))
  ) {
    return {
      kind: 'not-connected',
      title: 'Wallet not connected',
      detail: 'Connect a wallet first.',
      code: AppErrorCode.NotConnected,
    }
  }

  if (findCause(error, hasName('TimeoutError'))) {
    return {
      kind: 'network',
      title: 'The network did not answer in time',
      detail: 'The RPC endpoint timed out. Check your connection and try again.',
      code: AppErrorCode.RpcTimeout,
    }
  }

  const rpcHttp = findCause(error, hasName('HttpRequestError'))
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

  return {
    kind: 'unknown',
    title: 'Something went wrong',
    detail: shortText(error),
    code: AppErrorCode.Unknown,
  }
}

/** An Error or a DOMException (not an Error subclass everywhere) of this `name`. */
function hasNameOrDom(name: string) {
  return (e: unknown): e is { name: string } =>
    typeof e === 'object' && e !== null && (e as { name?: unknown }).name === name
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}
