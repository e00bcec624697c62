/**
 * The network's block explorer API (Etherscan-style `txlist`), used for history rows no event
 * records (ledger created, deposits, refunds to the wallet) when the wallet used another client.
 * 0G Mainnet and Galileo run chainscan, whose Etherscan-compatible API is at `/open/api`
 * (docs/transactions-and-ledger.md, History). The answer is untrusted: capped at 2 MiB and parsed
 * field by field (`parseExplorerTxList`).
 */
import type { Address } from 'viem'
import { parseExplorerTxList, type FoundTx, MAX_FOUND } from '@/lib/ledger/found-tx'
import { httpFetch, readCapped } from './http'

const MAX_BODY = 2 * 1024 * 1024

/** The explorer API's URL for a txlist of `user`, newest first. */
export function explorerTxListUrl(apiUrl: string, user: Address): string {
  const url = new URL(apiUrl)
  url.search = new URLSearchParams({
    module: 'account',
    action: 'txlist',
    address: user,
    startblock: '0',
    endblock: '999999999',
    page: '1',
    offset: String(MAX_FOUND),
    sort: 'desc',
  }).toString()
  return url.toString()
}

/** The newest transactions of `user` the explorer knows (up to MAX_FOUND). */
export async function fetchExplorerTxs(
  apiUrl: string,
  user: Address,
  signal?: AbortSignal,
): Promise<FoundTx[]> {
  const res = await httpFetch(
    explorerTxListUrl(apiUrl, user),
    {},
    {
      signal,
      timeoutMs: 20_000,
      peer: 'explorer',
    },
  )
  const text = await readCapped(res, MAX_BODY)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error('The explorer answered with something that is not JSON')
  }
  return parseExplorerTxList(raw)
}
