/**
 * Follows one sent transaction to its outcome by polling (works for a transaction picked up after
 * a reload too): a receipt means mined (success or reverted); the sender's mined nonce moving past
 * ours without a receipt means the wallet replaced it (speed up / cancel).
 */
import type { Address, Hash, Hex, PublicClient, TransactionReceipt } from 'viem'

export type WatchClient = Pick<
  PublicClient,
  'getTransactionReceipt' | 'getTransactionCount' | 'getBlock' | 'getBlockNumber'
>

export interface WatchTarget {
  hash: Hash
  from: Address
  nonce: number
}

export type ReplacementKind = 'cancelled' | 'sped-up' | 'replaced'

export type WatchOutcome =
  | { status: 'confirmed' | 'reverted'; receipt: TransactionReceipt }
  | {
      status: 'replaced'
      kind: ReplacementKind
      replacement?: { hash: Hash; receipt?: TransactionReceipt }
    }

export interface WatchOptions {
  signal?: AbortSignal
  pollMs?: number
  /** Consecutive RPC failures tolerated before giving up (the caller offers a retry). */
  maxFailures?: number
  /** How many recent blocks to search for the replacing transaction. */
  replacementSearchBlocks?: number
  /** The original call, to tell a speed-up (same call) from a cancel. */
  original?: { to?: Address | null; input?: Hex }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      reject(signal.reason)
    })
  })

const isNotFound = (e: unknown) =>
  e instanceof Error &&
  /TransactionReceiptNotFound|could not be found/i.test(`${e.name} ${e.message}`)

async function receiptOrNull(client: WatchClient, hash: Hash) {
  try {
    return await client.getTransactionReceipt({ hash })
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}

/** Resolves with the outcome; rejects with the RPC error after `maxFailures` failures in a row. */
export async function watchTransaction(
  client: WatchClient,
  target: WatchTarget,
  opts: WatchOptions = {},
): Promise<WatchOutcome> {
  const { signal, pollMs = 1000, maxFailures = 5 } = opts
  let failures = 0
  for (;;) {
    signal?.throwIfAborted()
    try {
      const receipt = await receiptOrNull(client, target.hash)
      if (receipt)
        return { status: receipt.status === 'success' ? 'confirmed' : 'reverted', receipt }
      const mined = await client.getTransactionCount({ address: target.from, blockTag: 'latest' })
      if (mined > target.nonce) {
        // The nonce is used: either our transaction (receipt raced) or its replacement.
        const late = await receiptOrNull(client, target.hash)
        if (late)
          return { status: late.status === 'success' ? 'confirmed' : 'reverted', receipt: late }
        return await findReplacement(client, target, opts)
      }
      failures = 0
    } catch (e) {
      if (signal?.aborted) throw e
      if (++failures >= maxFailures) throw e
    }
    await sleep(pollMs, signal)
  }
}

async function findReplacement(
  client: WatchClient,
  target: WatchTarget,
  opts: WatchOptions,
): Promise<WatchOutcome> {
  const latest = await client.getBlockNumber({ cacheTime: 0 })
  const depth = BigInt(opts.replacementSearchBlocks ?? 64)
  for (let n = latest; n >= 0n && latest - n < depth; n--) {
    const block = await client.getBlock({ blockNumber: n, includeTransactions: true })
    const tx = block.transactions.find(
      (t) => t.from.toLowerCase() === target.from.toLowerCase() && t.nonce === target.nonce,
    )
    if (!tx) continue
    const receipt = await receiptOrNull(client, tx.hash)
    const { original } = opts
    const kind: ReplacementKind =
      tx.to?.toLowerCase() === target.from.toLowerCase() && tx.input === '0x'
        ? 'cancelled'
        : original &&
            tx.to?.toLowerCase() === original.to?.toLowerCase() &&
            tx.input === original.input
          ? 'sped-up'
          : 'replaced'
    return {
      status: 'replaced',
      kind,
      replacement: { hash: tx.hash, receipt: receipt ?? undefined },
    }
  }
  return { status: 'replaced', kind: 'replaced' }
}
