/**
 * The local record of a persistent `app-sk` API key (never the key itself: it is shown once) and
 * its status against the on-chain sub-account (generation and revokedBitmap).
 */
import {
  isTokenIdRevoked,
  lowestFreeTokenId,
  MAX_API_KEY_TOKEN_ID,
} from '@/lib/protocol/app-sk-token'
import { isInt, isObj, isTime, parseStoredList, text, type Parsed } from '@/lib/stored-data'

export interface ApiKeyEntry {
  tokenId: number
  label: string
  /** ms since epoch */
  createdAt: number
  /** ms since epoch; 0 = never expires */
  expiresAt: number
  /** The sub-account generation the key was signed for (revokeAllTokens bumps it). */
  generation: number
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked' | 'revoked-all'

export interface KeyAccountState {
  generation: bigint
  revokedBitmap: bigint
}

/** Whether the key would still be accepted by the provider. */
export function apiKeyStatus(
  entry: ApiKeyEntry,
  account: KeyAccountState,
  now: number,
): ApiKeyStatus {
  if (BigInt(entry.generation) !== account.generation) return 'revoked-all'
  if (isTokenIdRevoked(account.revokedBitmap, entry.tokenId)) return 'revoked'
  if (entry.expiresAt !== 0 && now >= entry.expiresAt) return 'expired'
  return 'active'
}

/**
 * The token id for a new key: the lowest id not revoked on chain and not held by a local key of
 * the current generation. Null when all 255 ids are taken.
 */
export function nextTokenId(
  entries: readonly ApiKeyEntry[],
  account: KeyAccountState,
): number | null {
  const used = entries
    .filter((e) => BigInt(e.generation) === account.generation)
    .map((e) => e.tokenId)
  return lowestFreeTokenId(account.revokedBitmap, used)
}

/** Most key records kept per chain, wallet and provider (255 token ids per generation). */
export const MAX_API_KEY_ENTRIES = 1000

/** One stored entry when well-formed (the label cut to 200 characters), else null. */
export function parseEntry(e: unknown): ApiKeyEntry | null {
  if (!isObj(e)) return null
  const label = text(e.label, 200)
  if (
    !isInt(e.tokenId, 0, MAX_API_KEY_TOKEN_ID) ||
    label === null ||
    !isTime(e.createdAt) ||
    !isTime(e.expiresAt) ||
    !isInt(e.generation)
  )
    return null
  return {
    tokenId: e.tokenId,
    label,
    createdAt: e.createdAt,
    expiresAt: e.expiresAt,
    generation: e.generation,
  }
}

/** Parses a stored list, counting and dropping malformed entries (storage is untrusted). */
export function parseEntryList(raw: unknown): Parsed<ApiKeyEntry[]> {
  return parseStoredList(raw, parseEntry, MAX_API_KEY_ENTRIES)
}

/** Parses a stored list, dropping malformed entries (storage is untrusted). */
export function parseEntries(raw: unknown): ApiKeyEntry[] {
  return Array.isArray(raw) ? parseEntryList(raw).value : []
}
