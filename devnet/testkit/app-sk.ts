/**
 * `app-sk` tokens signed in Node exactly as the app signs them (src/hooks/api-keys and
 * src/hooks/playground/use-session-token.ts): the token JSON from src/lib/protocol, its keccak256
 * digest signed with EIP-191 as raw bytes (`signAppSk`). One place for every devnet test and e2e spec.
 */
import type { LocalAccount } from 'viem'
import {
  EPHEMERAL_TOKEN_ID,
  randomNonce,
  SESSION_TOKEN_LIFETIME_MS,
  signAppSk,
  tokenMessage,
  type AppSkToken,
} from '../../src/lib/protocol/app-sk-token'

/** Signs `message` (a token's exact JSON text) with `account`; `message` may be tampered with. */
export function signTokenMessage(account: LocalAccount, message: string): Promise<string> {
  return signAppSk(message, (args) => account.signMessage(args))
}

/**
 * An `app-sk-…` token for `provider` signed by `account`. Defaults: a session token (id 255) valid
 * for 24 h from now, generation 0, a random nonce; pass any field to override it.
 */
export function signAppSkToken(
  account: LocalAccount,
  token: Partial<AppSkToken> & Pick<AppSkToken, 'provider'>,
): Promise<string> {
  const now = Date.now()
  return signTokenMessage(
    account,
    tokenMessage({
      address: account.address,
      timestamp: now,
      expiresAt: now + SESSION_TOKEN_LIFETIME_MS,
      nonce: randomNonce(),
      generation: 0,
      tokenId: EPHEMERAL_TOKEN_ID,
      ...token,
    }),
  )
}

/** A persistent API key (`tokenId` 0–254, never expires) as the app's "Create API key" signs it. */
export function signApiKey(
  account: LocalAccount,
  provider: AppSkToken['provider'],
  generation: number,
  tokenId: number,
): Promise<string> {
  return signAppSkToken(account, { provider, generation, tokenId, expiresAt: 0 })
}
