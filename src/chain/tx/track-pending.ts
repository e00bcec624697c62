/**
 * Resumes watching pending transactions with a full public client. Loaded on demand by
 * `usePendingTransactions` (only when something is pending), so viem's public actions stay out of
 * the first screen's JavaScript.
 */
import { publicActions, type Client, type PublicClient } from 'viem'
import type { TxRecord } from '@/lib/tx-record'
import { trackTransaction } from './tx-tracker'

/** Tracks each record until it is mined, reverted or replaced; `onDone` runs after each outcome. */
export function trackPending(
  client: Client,
  records: readonly TxRecord[],
  onDone: () => unknown,
): void {
  const reader = client.extend(publicActions)
  for (const record of records) {
    // The wallet-connected client type differs from a plain PublicClient only in its account slot.
    trackTransaction(reader as unknown as PublicClient, record)
      .then(onDone)
      .catch(() => {
        /* RPC down: the record stays pending and is retried on the next mount */
      })
  }
}
