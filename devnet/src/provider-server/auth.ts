/**
 * Provider-side `app-sk` authentication as the live broker does it (docs/protocol.md §6, §13):
 * `ValidateSession` and `validateTokenRevocation` in `api/inference/internal/ctrl/request.go`, in
 * their order and with their messages. Every refusal is HTTP 400 `{"error": "validate session: …"}`.
 * Generation and revoked bits come from the sub-account as cached (`AccountCache`, the broker's
 * `contractAccountCache`), so a revocation is seen only when the cached entry expires.
 * After the session, as the broker's `ValidateRequestWithEstimatedFee`: a missing sub-account, a
 * sub-account whose user has not acknowledged the TEE signer, then a service whose TEE signer the
 * owner has not acknowledged, each HTTP 400 `{"error": "validate request: …"}` (docs/protocol.md §6).
 */
import {
  getAddress,
  hexToBytes,
  isAddress,
  recoverMessageAddress,
  toBytes,
  type Address,
  type Hex,
} from 'viem'
import {
  EPHEMERAL_TOKEN_ID,
  tokenDigest,
  type AppSkToken,
} from '../../../src/lib/protocol/app-sk-token'
import type { AccountCache } from './account-cache'
import type { ChainReader, OnChainService, SubAccount } from './chain-reader'
import { BrokerError } from './http-json'

export interface AuthContext {
  user: Address
  token: AppSkToken
  account: SubAccount
  /** Whether `account` came from the cache (a failed balance check re-reads it). */
  accountCached: boolean
  service: OnChainService
}

/** The broker accepts exactly this prefix (`strings.HasPrefix(authHeader, "Bearer app-sk-")`). */
const PREFIX = 'Bearer app-sk-'
const EPHEMERAL_MAX_MS = 24 * 60 * 60 * 1000

/** handleBrokerError(ctx, err, "validate session") wraps the message with its context. */
const refuse = (message: string): BrokerError => new BrokerError(`validate session: ${message}`)

/** After the session: handleBrokerError(ctx, err, "validate request"), also HTTP 400. */
const refuseRequest = (message: string): BrokerError =>
  new BrokerError(`validate request: ${message}`)

/** The broker's words for a sub-account whose user has not acknowledged the TEE signer. */
export const NOT_ACKNOWLEDGED =
  'user not acknowledge the provider, please use acknowledgeProviderSigner function in sdk first, it will take effect in 2 minutes'

/** What ValidateSession needs before the chain is read. */
interface ParsedSession {
  token: AppSkToken
  /** the raw JSON text the signature covers */
  message: string
  signature: string
}

/** Go's json.Unmarshal into the broker's SessionToken: numbers must fit the field types. */
function sessionFields(text: string): AppSkToken {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch (err) {
    throw refuse(`invalid session token format in Authorization: ${(err as Error).message}`)
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw refuse('invalid session token format in Authorization: not a JSON object')
  const o = v as Record<string, unknown>
  const str = (k: string): string => {
    const x = o[k] ?? ''
    if (typeof x !== 'string')
      throw refuse(`invalid session token format in Authorization: ${k} is not a string`)
    return x
  }
  const int = (k: string, max: number, min = -Number.MAX_SAFE_INTEGER): number => {
    const x = o[k] ?? 0
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min || x > max)
      throw refuse(`invalid session token format in Authorization: ${k} is not a valid integer`)
    return x
  }
  const address = str('address')
  const provider = str('provider')
  return {
    address: (isAddress(address, { strict: false }) ? getAddress(address) : address) as Address,
    provider: (isAddress(provider, { strict: false }) ? getAddress(provider) : provider) as Address,
    timestamp: int('timestamp', Number.MAX_SAFE_INTEGER),
    expiresAt: int('expiresAt', Number.MAX_SAFE_INTEGER),
    nonce: str('nonce'),
    generation: int('generation', Number.MAX_SAFE_INTEGER, 0),
    tokenId: int('tokenId', 255, 0),
  }
}

/** ValidateSession up to the revocation check: header, base64, first `|`, JSON, provider, expiry. */
export function parseSession(
  authorization: string | undefined,
  provider: Address,
  now: number,
): ParsedSession {
  if (!authorization || !authorization.startsWith(PREFIX)) {
    throw refuse(
      'missing or invalid Authorization header, must be Bearer app-sk-<base64(rawMessage:signature)>',
    )
  }
  const enc = authorization.slice(PREFIX.length)
  if (enc.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(enc))
    throw refuse('invalid base64 in Authorization header: illegal base64 data')
  const decoded = Buffer.from(enc, 'base64').toString('utf8')
  const sep = decoded.indexOf('|') // strings.SplitN(decoded, "|", 2)
  if (sep < 0) throw refuse('invalid Authorization payload, expect base64(rawMessage:signature)')
  const message = decoded.slice(0, sep)
  const signature = decoded.slice(sep + 1)
  const token = sessionFields(message)
  if (token.provider.toLowerCase() !== provider.toLowerCase())
    throw refuse('session token is for different provider')
  if (token.tokenId === EPHEMERAL_TOKEN_ID) {
    if (token.expiresAt === 0) throw refuse('ephemeral token must have an expiration time')
    if (token.expiresAt - token.timestamp > EPHEMERAL_MAX_MS)
      throw refuse('ephemeral token duration cannot exceed 24 hours')
  }
  // time.Now().Unix() > token.ExpiresAt/1000: whole seconds, integer division.
  if (token.expiresAt > 0 && Math.floor(now / 1000) > Math.floor(token.expiresAt / 1000))
    throw refuse('session token expired')
  return { token, message, signature }
}

/** validateTokenRevocation against the (cached) account; an absent account passes (fails open). */
export function checkRevocation(token: AppSkToken, account: SubAccount | null): void {
  if (!account) return
  const generation = BigInt(token.generation)
  if (generation < account.generation)
    throw refuse('session token has been revoked (generation expired)')
  if (generation > account.generation) throw refuse('invalid session token (future generation)')
  if (token.tokenId === EPHEMERAL_TOKEN_ID) return
  if (((account.revokedBitmap >> BigInt(token.tokenId)) & 1n) === 1n)
    throw refuse('session token has been revoked')
}

/** The broker's signature check: 65 bytes, v 27/28 only, EIP-191 over keccak256(message). */
export async function checkSignature(session: ParsedSession): Promise<void> {
  const { signature, message, token } = session
  if (!/^0x([0-9a-fA-F]{2})*$/.test(signature))
    throw refuse('invalid signature format: hex string without 0x prefix or of odd length')
  const bytes = hexToBytes(signature as Hex)
  if (bytes.length !== 65) throw refuse('invalid signature length')
  const v = bytes[64]!
  // Go: v1 := sigBytes[64] - 27 (a byte); SigToPub accepts recovery id 0 or 1 only.
  if (v !== 27 && v !== 28)
    throw refuse('failed to recover public key from signature: invalid signature recovery id')
  let recovered: Address
  try {
    recovered = await recoverMessageAddress({
      message: { raw: toBytes(tokenDigest(message)) },
      signature: signature as Hex,
    })
  } catch (err) {
    throw refuse(`failed to recover public key from signature: ${(err as Error).message}`)
  }
  if (recovered.toLowerCase() !== token.address.toLowerCase())
    throw refuse('signature verification failed: address mismatch')
}

/** The broker's whole ValidateSession: the token, its user and the (cached) sub-account. */
export async function validateSession(
  authorization: string | undefined,
  provider: Address,
  chain: ChainReader,
  accounts: AccountCache,
  now: number = Date.now(),
): Promise<{
  token: AppSkToken
  user: Address | null
  read: { account: SubAccount | null; cached: boolean }
}> {
  const session = parseSession(authorization, provider, now)
  const { token } = session
  const user = isAddress(token.address, { strict: false }) ? getAddress(token.address) : null
  const read = user
    ? await accounts.get(provider, user, () => chain.getSubAccount(user, provider))
    : { account: null, cached: false }
  checkRevocation(token, read.account)
  await checkSignature(session)
  return { token, user, read }
}

/** Full check: the broker's ValidateSession, then sub-account and acknowledgements. */
export async function authenticate(
  authorization: string | undefined,
  provider: Address,
  chain: ChainReader,
  accounts: AccountCache,
  now: number = Date.now(),
): Promise<AuthContext> {
  const { token, user, read } = await validateSession(authorization, provider, chain, accounts, now)
  let account = read.account
  let cached = read.cached
  if (user && account && cached && !account.acknowledged) {
    // Not the broker (it reads `Acknowledged` from the cache too and says "it will take effect in
    // 2 minutes"): the devnet re-reads once, so acknowledging right after a refusal works at once.
    accounts.invalidate(provider, user)
    ;({ account, cached } = await accounts.get(provider, user, () =>
      chain.getSubAccount(user, provider),
    ))
  }
  // The broker's ValidateRequestWithEstimatedFee after the session, in its order and with its
  // messages; handleBrokerError(ctx, err, "validate request") wraps them, errors.Response → 400.
  if (!user || !account) {
    // The broker wraps the chain read's own error here; the part after its prefix is ours.
    throw refuseRequest(
      `get account from contract, account not exist: no sub-account of ${user ?? token.address} with provider ${provider}`,
    )
  }
  if (!account.acknowledged) throw refuseRequest(NOT_ACKNOWLEDGED)
  const service = await chain.getService(provider)
  if (!service.teeSignerAcknowledged) throw refuseRequest('service not acknowledge the tee signer')
  return { user, token, account, accountCached: cached, service }
}
