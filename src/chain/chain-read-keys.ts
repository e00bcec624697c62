/**
 * Which cached queries hold chain state that our own transactions change: wagmi's contract reads
 * and balances, and our domain keys. Invalidated after every mined transaction (no polling).
 */
import type { Query } from '@tanstack/react-query'

/** First elements of query keys that are refreshed after each of our transactions. */
export const CHAIN_READ_KEY_ROOTS: ReadonlySet<string> = new Set([
  'balance',
  'ledger',
  'readContract',
  'readContracts',
  'unsettled-fee',
])

/** `invalidateQueries({ predicate })` filter matching the keys above. */
export function isChainRead(query: Query): boolean {
  const root = query.queryKey[0]
  return typeof root === 'string' && CHAIN_READ_KEY_ROOTS.has(root)
}
