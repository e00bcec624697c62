/**
 * Resumes watching pending transactions. Loaded on demand by `usePendingTransactions` (only when
 * something is pending), so the tracker's actions stay out of the first screen's JavaScript.
 */
import type { Client } from 'viem'
import { listTransactions } from '@/api/tx-store'
import type { TxRecord } from '@/lib/tx-record'
import { txClientOf } from './tx-client'
import { trackTransaction } from './tx-tracker'

/** Tracks each record until it is mined, reverted or replaced; `onDone` runs after each outcome. */
export function trackPending(
  client: Client,
  records: readonly TxRecord[],
  onDone: () => unknown,
): void {
  const reader = txClientOf(client)
  // This module loads after the records were listed: a transaction whose outcome the sending flow
  // logged meanwhile is done (watching it again would announce it twice).
  const stillPending = (r: TxRecord) =>
    listTransactions(r.chainId, r.from).some((x) => x.hash === r.hash && x.status === 'pending')
  for (const record of records.filter(stillPending)) {
    trackTransaction(reader, record)
      .then(onDone)
      .catch(() => {
        /* RPC down: the record stays pending and is retried on the next mount */
      })
  }
}
