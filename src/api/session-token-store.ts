/**
 * `app-sk` session tokens kept in sessionStorage for the browser session (a reload does not ask the
 * wallet again; closing the tab forgets them). One per chain, wallet and provider.
 */
import type { Address } from 'viem'
import { isInt, isObj, isStr, isTime, parseStoredJson } from '@/lib/stored-data'
import { noteUnreadableRecords } from './storage-health'

export interface StoredSessionToken {
  /** `Bearer app-sk-…` */
  authorization: string
  /** ms since epoch */
  expiresAt: number
  generation: number
}

/** A token is reused only while more than this much of its lifetime is left (SDK rule: 1 h). */
export const RENEW_BEFORE_MS = 60 * 60 * 1000

/** A stored token when well-formed (storage is untrusted: it goes into a request header), else null. */
export function parseStoredSessionToken(v: unknown): StoredSessionToken | null {
  if (
    !isObj(v) ||
    !isStr(v.authorization, 8000) ||
    !/^Bearer app-sk-[A-Za-z0-9+/=_-]+$/.test(v.authorization) ||
    !isTime(v.expiresAt) ||
    !isInt(v.generation)
  )
    return null
  return { authorization: v.authorization, expiresAt: v.expiresAt, generation: v.generation }
}

const key = (chainId: number, user: Address, provider: Address) =>
  `0g-app-sk:v1:${chainId}:${user.toLowerCase()}:${provider.toLowerCase()}`

/** The stored token when it has more than an hour left, else null. */
export function readSessionToken(
  chainId: number,
  user: Address,
  provider: Address,
  now = Date.now(),
): StoredSessionToken | null {
  const k = key(chainId, user, provider)
  let raw: string | null = null
  try {
    raw = sessionStorage.getItem(k)
  } catch {
    return null
  }
  if (!raw) return null
  const { value: t, dropped } = parseStoredJson(
    raw,
    (json) => {
      const value = parseStoredSessionToken(json)
      return { value, dropped: value ? 0 : 1 }
    },
    null,
  )
  noteUnreadableRecords(k, dropped)
  if (!t) return null
  return t.expiresAt - now > RENEW_BEFORE_MS ? t : null
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
