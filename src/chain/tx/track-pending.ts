/**
 * Resumes watching pending transactions with a full public client. Loaded on demand by
 * `usePendingTransactions` (only when something is pending), so viem's public actions stay out of
 * the first screen's JavaScript.
 */
import { publicActions, type Client, type PublicClient } from 'viem'
import { listTransactions } from '@/api/tx-store'
import type { TxRecord } from '@/lib/tx-record'
import { trackTransaction } from './tx-tracker'

/** Tracks each record until it is mined, reverted or replaced; `onDone` runs after each outcome. */
export function trackPending(
  client: Client,
  records: readonly TxRecord[],
  onDone: () => unknown,
): void {
  const reader = client.extend(publicActions)
  // This module loads after the records were listed: a transaction whose outcome the sending flow
  // logged meanwhile is done (watching it again would announce it twice).
  const stillPending = (r: TxRecord) =>
    listTransactions(r.chainId, r.from).some((x) => x.hash === r.hash && x.status === 'pending')
  for (const record of records.filter(stillPending)) {
    // The wallet-connected client type differs from a plain PublicClient only in its account slot.
    trackTransaction(reader as unknown as PublicClient, record)
      .then(onDone)
      .catch(() => {
        /* RPC down: the record stays pending and is retried on the next mount */
      })
  }
}
