/**
 * The broker's `contractAccountCache` (api/inference/internal/ctrl/ctrl.go, user_account.go): a
 * sub-account read from chain is reused for `ttlMs` (live: 10 minutes) from the moment it was
 * read. Authentication reads generation and revoked bits from it, so a `revokeAllTokens` is not
 * seen until the entry expires: the old generation's tokens keep working and a new generation's
 * token is refused ("future generation") meanwhile. An absent account is never cached here (older
 * brokers do not cache it; newer ones for 30 s, and fail open on it anyway). The broker drops the
 * entry when a balance check fails (`SyncUserAccount`), and all entries on `POST /v1/sync-account`.
 */
import type { Address } from 'viem'
import type { SubAccount } from './chain-reader'

/** Live default: `cache.New(10*time.Minute, …)`. */
export const BROKER_ACCOUNT_CACHE_MS = 10 * 60_000

interface Entry {
  account: SubAccount
  expiresAt: number
}

export class AccountCache {
  private readonly entries = new Map<string, Entry>()
  /** how long a read is reused; the `account-cache` test knob may change it until reset */
  ttlMs: number

  constructor(
    readonly defaultTtlMs: number = BROKER_ACCOUNT_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.ttlMs = defaultTtlMs
  }

  private static key(provider: Address, user: Address): string {
    return `${provider.toLowerCase()}|${user.toLowerCase()}`
  }

  /** The cached account, or `load()`ed and cached when missing or expired (null is not cached). */
  async get(
    provider: Address,
    user: Address,
    load: () => Promise<SubAccount | null>,
  ): Promise<{ account: SubAccount | null; cached: boolean }> {
    const key = AccountCache.key(provider, user)
    const hit = this.entries.get(key)
    if (hit && hit.expiresAt > this.now()) return { account: hit.account, cached: true }
    const account = await load()
    if (account && this.ttlMs > 0)
      this.entries.set(key, { account, expiresAt: this.now() + this.ttlMs })
    else this.entries.delete(key)
    return { account, cached: false }
  }

  /** Forgets one user's entry (the broker's SyncUserAccount after a failed balance check). */
  invalidate(provider: Address, user: Address): void {
    this.entries.delete(AccountCache.key(provider, user))
  }

  /** Forgets every entry (like the broker's SyncUserAccounts flush). */
  clear(): void {
    this.entries.clear()
  }

  /** Test reset: every entry forgotten, the configured lifetime back. */
  reset(): void {
    this.entries.clear()
    this.ttlMs = this.defaultTtlMs
  }
}
