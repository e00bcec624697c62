/**
 * One watcher per transaction hash for the whole tab, shared by the flow that sent it and by the
 * resume-after-reload hook, so a transaction is never watched (or logged) twice. Outcomes are
 * written to the local transaction log.
 */
import type { Hash } from 'viem'
import { saveTransaction, updateTransaction } from '@/api/tx-store'
import { describeRevertData, findRevertData } from '@/lib/errors/revert'
import { showToast } from '@/lib/toast'
import type { TxRecord } from '@/lib/tx-record'
import type { TxClient } from './tx-client'
import { watchTransaction, type WatchOptions, type WatchOutcome } from './watch-transaction'

export type TrackedOutcome = WatchOutcome & { revertReason?: string }

const active = new Map<string, Promise<TrackedOutcome>>()

/** Watches `record` until mined or replaced; concurrent calls for one hash share one watcher. */
export function trackTransaction(
  client: TxClient,
  record: TxRecord,
  opts: Pick<WatchOptions, 'original' | 'pollMs'> = {},
): Promise<TrackedOutcome> {
  const id = `${record.chainId}:${record.hash}`
  const running = active.get(id)
  if (running) return running
  const promise = watchTransaction(client, record, opts)
    .then(async (outcome) => {
      const tracked = await withReason(client, outcome)
      logOutcome(record, tracked)
      announce(record, tracked)
      return tracked
    })
    .finally(() => active.delete(id))
  active.set(id, promise)
  return promise
}

async function withReason(client: TxClient, outcome: WatchOutcome): Promise<TrackedOutcome> {
  if (outcome.status !== 'reverted') return outcome
  return {
    ...outcome,
    revertReason: await explainRevert(
      client,
      outcome.receipt.transactionHash,
      outcome.receipt.blockNumber,
    ),
  }
}

function logOutcome(record: TxRecord, outcome: TrackedOutcome): void {
  const { chainId, from, hash } = record
  if (outcome.status === 'replaced') {
    const replacement = outcome.replacement
    updateTransaction(chainId, from, hash, { status: 'replaced', replacedBy: replacement?.hash })
    if (replacement?.receipt && outcome.kind === 'sped-up') {
      saveTransaction({
        ...record,
        hash: replacement.hash,
        status: replacement.receipt.status === 'success' ? 'confirmed' : 'reverted',
        blockNumber: replacement.receipt.blockNumber.toString(),
        minedAt: Date.now(),
      })
    }
    return
  }
  updateTransaction(chainId, from, hash, {
    status: outcome.status,
    blockNumber: outcome.receipt.blockNumber.toString(),
    minedAt: Date.now(),
    revertReason: outcome.revertReason,
  })
}

/**
 * Why a mined transaction reverted: replays it at its block and decodes the 0G custom error.
 * The replay sees the state after the block, which is what made it fail in a same-block race.
 */
export async function explainRevert(
  client: TxClient,
  hash: Hash,
  blockNumber: bigint,
): Promise<string> {
  const fallback = 'The contract rejected the transaction.'
  try {
    const tx = await client.getTransaction({ hash })
    await client.call({ account: tx.from, to: tx.to, data: tx.input, value: tx.value, blockNumber })
    return fallback
  } catch (error) {
    return describeRevertData(findRevertData(error)) ?? fallback
  }
}

/** One toast per transaction outcome (the inline status shows the same in the form that sent it). */
function announce(record: TxRecord, outcome: TrackedOutcome): void {
  if (outcome.status === 'confirmed') {
    showToast({ tone: 'success', title: `Confirmed: ${record.label}` })
  } else if (outcome.status === 'reverted') {
    showToast({ tone: 'error', title: `Reverted: ${record.label}`, detail: outcome.revertReason })
  } else {
    showToast({ tone: 'neutral', title: `Replaced in your wallet: ${record.label}` })
  }
}
