/**
 * Per-(provider, user) metering: fees served but not yet settled on chain, the hashes of the requests
 * behind them (settled as `requestsHash`), and estimates of requests still in flight (so concurrent
 * requests cannot each pass admission against the same balance).
 */
import { concat, getAddress, keccak256, type Address, type Hex } from 'viem'

export interface MeterEntry {
  provider: Address
  user: Address
  /** neuron served and not yet settled */
  unsettled: bigint
  requestHashes: Hex[]
  /** estimated neuron of requests being served right now */
  inFlight: bigint
  servedRequests: number
  settledTotal: bigint
}

/** What a settlement attempt takes: the amount and the hashes it covers at this moment. */
export interface MeterSnapshot {
  user: Address
  totalFee: bigint
  requestHashes: Hex[]
}

const keyOf = (provider: Address, user: Address): string =>
  `${provider.toLowerCase()}|${user.toLowerCase()}`

/** keccak256 over the concatenated 32-byte request hashes (zero hash for an empty list). */
export function requestsHashOf(hashes: readonly Hex[]): Hex {
  return keccak256(hashes.length === 0 ? '0x' : concat(hashes))
}

export class Meter {
  private readonly entries = new Map<string, MeterEntry>()

  private entry(provider: Address, user: Address): MeterEntry {
    const key = keyOf(provider, user)
    let e = this.entries.get(key)
    if (!e) {
      e = {
        provider: getAddress(provider),
        user: getAddress(user),
        unsettled: 0n,
        requestHashes: [],
        inFlight: 0n,
        servedRequests: 0,
        settledTotal: 0n,
      }
      this.entries.set(key, e)
    }
    return e
  }

  /** Unsettled fees plus in-flight estimates: what admission must keep covered. */
  committed(provider: Address, user: Address): bigint {
    const e = this.entries.get(keyOf(provider, user))
    return e ? e.unsettled + e.inFlight : 0n
  }

  unsettled(provider: Address, user: Address): bigint {
    return this.entries.get(keyOf(provider, user))?.unsettled ?? 0n
  }

  /** Holds `estimate` as in flight until the returned release is called (idempotent). */
  reserve(provider: Address, user: Address, estimate: bigint): () => void {
    const e = this.entry(provider, user)
    e.inFlight += estimate
    let released = false
    return () => {
      if (released) return
      released = true
      e.inFlight -= estimate
    }
  }

  /** Adds a served request's fee. */
  record(provider: Address, user: Address, fee: bigint, requestHash: Hex): void {
    const e = this.entry(provider, user)
    e.unsettled += fee
    e.requestHashes.push(requestHash)
    e.servedRequests += 1
  }

  /** Users of `provider` with something to settle. */
  snapshot(provider: Address): MeterSnapshot[] {
    const out: MeterSnapshot[] = []
    for (const e of this.entries.values()) {
      if (e.provider.toLowerCase() !== provider.toLowerCase() || e.unsettled === 0n) continue
      out.push({ user: e.user, totalFee: e.unsettled, requestHashes: [...e.requestHashes] })
    }
    return out
  }

  /**
   * Applies a settlement of `snap`: `remainder` is what the contract reported unsettled. Fees served
   * after the snapshot stay. Hashes are dropped only when the snapshot settled completely.
   */
  applySettlement(provider: Address, snap: MeterSnapshot, remainder: bigint): bigint {
    const e = this.entry(provider, snap.user)
    const settled = snap.totalFee - remainder
    e.unsettled -= settled
    e.settledTotal += settled
    if (remainder === 0n) e.requestHashes.splice(0, snap.requestHashes.length)
    return settled
  }

  /** Forgets a user's unsettled fees (their sub-account no longer exists, nothing can be collected). */
  drop(provider: Address, user: Address): void {
    const e = this.entries.get(keyOf(provider, user))
    if (!e) return
    e.unsettled = 0n
    e.requestHashes = []
  }

  /** Forgets everything (test reset after a chain snapshot revert: the chain forgot it too). */
  clear(): void {
    this.entries.clear()
  }

  /** All entries, for the test endpoint and logs. */
  list(): MeterEntry[] {
    return [...this.entries.values()].map((e) => ({ ...e, requestHashes: [...e.requestHashes] }))
  }
}
