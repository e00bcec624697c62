/**
 * The local record of a persistent `app-sk` API key (never the key itself: it is shown once) and
 * its status against the on-chain sub-account (generation and revokedBitmap).
 */
import {
  isTokenIdRevoked,
  lowestFreeTokenId,
  MAX_API_KEY_TOKEN_ID,
} from '@/lib/protocol/app-sk-token'

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

/** Parses a stored list, dropping malformed entries (storage is untrusted). */
export function parseEntries(raw: unknown): ApiKeyEntry[] {
  if (!Array.isArray(raw)) return []
  return raw.filter((e): e is ApiKeyEntry => {
    if (typeof e !== 'object' || e === null) return false
    const o = e as Record<string, unknown>
    return (
      Number.isInteger(o.tokenId) &&
      (o.tokenId as number) >= 0 &&
      (o.tokenId as number) <= MAX_API_KEY_TOKEN_ID &&
      typeof o.label === 'string' &&
      Number.isFinite(o.createdAt) &&
      Number.isFinite(o.expiresAt) &&
      Number.isInteger(o.generation)
    )
  })
}
