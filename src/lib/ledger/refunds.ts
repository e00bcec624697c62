/** Refund lock arithmetic on chain time (seconds, bigint): what is locked, what can be collected. */
import type { Refund, SubAccount } from './ledger-types'

/** Seconds until `refund` unlocks at chain time `now` (0 when collectable). */
export function secondsUntilUnlock(refund: Refund, lockTime: bigint, now: bigint): bigint {
  const left = refund.createdAt + lockTime - now
  return left > 0n ? left : 0n
}

/** Unprocessed refunds of an account, each with its remaining lock. */
export function openRefunds(account: SubAccount, lockTime: bigint, now: bigint) {
  return account.refunds
    .filter((r) => !r.processed && r.amount > 0n)
    .map((r) => ({ ...r, secondsLeft: secondsUntilUnlock(r, lockTime, now) }))
}

/** Sum of refunds that `retrieveFund` would pay back into the ledger right now. */
export function maturedRefunds(account: SubAccount, lockTime: bigint, now: bigint): bigint {
  return openRefunds(account, lockTime, now)
    .filter((r) => r.secondsLeft === 0n)
    .reduce((s, r) => s + r.amount, 0n)
}

/** Balance that a retrieve would start refunding (not yet in a pending refund). */
export function retrievable(account: SubAccount): bigint {
  const free = account.balance - account.pendingRefund
  return free > 0n ? free : 0n
}

/** "1 h 02 min", "3 min 05 s", "45 s": a lock countdown in words. */
export function formatDuration(seconds: bigint): string {
  const s = Number(seconds) // a lock is at most 7 days: safe as a number for display
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  if (d > 0) return `${d} d ${h} h`
  if (h > 0) return `${h} h ${pad(m)} min`
  if (m > 0) return `${m} min ${pad(sec)} s`
  return `${sec} s`
}
