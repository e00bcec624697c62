/**
 * `app-sk` session tokens kept in sessionStorage for the browser session (a reload does not ask the
 * wallet again; closing the tab forgets them). One per chain, wallet and provider.
 */
import type { Address } from 'viem'

export interface StoredSessionToken {
  /** `Bearer app-sk-…` */
  authorization: string
  /** ms since epoch */
  expiresAt: number
  generation: number
}

/** A token is reused only while more than this much of its lifetime is left (SDK rule: 1 h). */
export const RENEW_BEFORE_MS = 60 * 60 * 1000

const key = (chainId: number, user: Address, provider: Address) =>
  `0g-app-sk:v1:${chainId}:${user.toLowerCase()}:${provider.toLowerCase()}`

/** The stored token when it has more than an hour left, else null. */
export function readSessionToken(
  chainId: number,
  user: Address,
  provider: Address,
  now = Date.now(),
): StoredSessionToken | null {
  try {
    const raw = sessionStorage.getItem(key(chainId, user, provider))
    if (!raw) return null
    const t = JSON.parse(raw) as StoredSessionToken
    if (typeof t.authorization !== 'string' || typeof t.expiresAt !== 'number') return null
    return t.expiresAt - now > RENEW_BEFORE_MS ? t : null
  } catch {
    return null
  }
}

/** Stores a token (best effort: unavailable storage only costs a signature after reload). */
export function writeSessionToken(
  chainId: number,
  user: Address,
  provider: Address,
  token: StoredSessionToken,
): void {
  try {
    sessionStorage.setItem(key(chainId, user, provider), JSON.stringify(token))
  } catch {
    /* storage unavailable */
  }
}

/** Forgets a token (after the provider refused it). */
export function dropSessionToken(chainId: number, user: Address, provider: Address): void {
  try {
    sessionStorage.removeItem(key(chainId, user, provider))
  } catch {
    /* storage unavailable */
  }
}
