/**
 * Provider-side `app-sk` authentication (docs/protocol.md §6), checked against live chain state
 * on every request so that `revokeToken` / `revokeAllTokens` apply as soon as the tx is mined.
 * Failures are 401 (403 for unacknowledged signers) in the OpenAI error shape; the live broker
 * answers 400 `{"error": "…"}` (known gap, issue 13).
 */
import type { Address } from 'viem'
import {
  decodeAppSk,
  isTokenIdRevoked,
  recoverTokenSigner,
  type AppSkToken,
} from '../../../src/lib/protocol/app-sk-token'
import { AUTH_SCHEME, WIRE_HEADER } from '../../../src/lib/protocol/wire'
import type { ChainReader, OnChainService, SubAccount } from './chain-reader'
import { HttpError } from './http-json'

export interface AuthContext {
  user: Address
  token: AppSkToken
  account: SubAccount
  service: OnChainService
}

/** `Bearer ` (any case, any spacing) in front of the key. */
const SCHEME = new RegExp(`^${AUTH_SCHEME}\\s+`, 'i')

const unauthorized = (message: string, code = 'invalid_api_key'): HttpError =>
  new HttpError(401, message, 'authentication_error', code)

/** Verifies the token offline (format, signature, provider, expiry); throws a 401 HttpError. */
export async function verifyTokenOffline(
  authorization: string | undefined,
  provider: Address,
  now: number,
): Promise<AppSkToken> {
  if (!authorization || authorization.trim() === '') {
    throw unauthorized(
      `missing ${WIRE_HEADER.authorization} header: send "${AUTH_SCHEME} app-sk-…"`,
      'missing_api_key',
    )
  }
  if (!SCHEME.test(authorization)) {
    throw unauthorized(`${WIRE_HEADER.authorization} header must be "${AUTH_SCHEME} app-sk-…"`)
  }
  const decoded = decodeAppSk(authorization.replace(SCHEME, ''))
  if (!decoded.ok) throw unauthorized(`invalid API key: ${decoded.reason}`)
  const { token, message, signature } = decoded
  let signer: Address
  try {
    signer = await recoverTokenSigner(message, signature)
  } catch {
    throw unauthorized('invalid API key: the signature cannot be recovered')
  }
  if (signer.toLowerCase() !== token.address.toLowerCase()) {
    throw unauthorized(`invalid API key: signed by ${signer}, not by ${token.address}`)
  }
  if (token.provider.toLowerCase() !== provider.toLowerCase()) {
    throw unauthorized(
      `token is for another provider (${token.provider}); this provider is ${provider}`,
    )
  }
  if (token.expiresAt !== 0 && now >= token.expiresAt) {
    throw unauthorized(
      `token expired at ${new Date(token.expiresAt).toISOString()}`,
      'expired_api_key',
    )
  }
  return token
}

/** Full check: offline token checks, then sub-account, generation, revocation and acknowledgements. */
export async function authenticate(
  authorization: string | undefined,
  provider: Address,
  chain: ChainReader,
  now: number = Date.now(),
): Promise<AuthContext> {
  const token = await verifyTokenOffline(authorization, provider, now)
  const [service, account] = await Promise.all([
    chain.getService(provider),
    chain.getSubAccount(token.address, provider),
  ])
  if (!account) {
    throw new HttpError(
      402,
      `no sub-account with this provider: transfer funds first (ledger transferFund to ${provider}, at least 1 0G; requests need about 2 0G locked)`,
      'insufficient_quota',
      'no_sub_account',
    )
  }
  if (BigInt(token.generation) !== account.generation) {
    throw unauthorized(
      `token revoked (generation changed): token generation ${token.generation}, account generation ${account.generation}; create a new key`,
      'revoked_api_key',
    )
  }
  if (isTokenIdRevoked(account.revokedBitmap, token.tokenId)) {
    throw unauthorized(`API key ${token.tokenId} revoked`, 'revoked_api_key')
  }
  if (!service.teeSignerAcknowledged) {
    throw new HttpError(
      403,
      "this provider's TEE signer is not acknowledged on chain",
      'permission_error',
      'tee_signer_not_acknowledged',
    )
  }
  if (!account.acknowledged) {
    throw new HttpError(
      403,
      "you have not acknowledged this provider's TEE signer (acknowledgeTEESigner)",
      'permission_error',
      'user_not_acknowledged',
    )
  }
  return { user: token.address, token, account, service }
}
