import { useEffect, useRef } from 'react'
import { useBlockNumber } from 'wagmi'
import { useSupportedChain } from './use-supported-chain'

/**
 * How often a visible page asks the node for its latest block number (one `eth_blockNumber`).
 * 0G blocks come faster than this; reading every block would be a request per second per tab for
 * figures that rarely change, so a modest rate is kept and the focus refresh covers the rest.
 */
export const BLOCK_POLL_MS = 6_000

/**
 * Calls `refetch` once for each newer block seen while the tab is visible, and when the tab
 * becomes visible or focused again. `readAtBlock` is the block the shown figures were read at
 * (figures read without one, like the wallet balance, refresh when the latest block changes);
 * a poll that finds no newer block does nothing. TanStack pauses the poll while the tab is hidden
 * (its `refetchIntervalInBackground` is off), so a background tab costs nothing. Several figures on
 * one page share the one block-number query (same key), so the poll is one request per interval;
 * a refresh joins one already in flight instead of restarting it.
 */
export function useNewBlockRefresh(
  readAtBlock: bigint | undefined,
  refetch: (options: { cancelRefetch: boolean }) => unknown,
  enabled = true,
) {
  const { chainId } = useSupportedChain()
  const block = useBlockNumber({
    chainId,
    query: { enabled, refetchInterval: BLOCK_POLL_MS, refetchOnWindowFocus: 'always' },
  })
  const latest = block.data
  const seen = useRef<bigint | undefined>(undefined)
  useEffect(() => {
    if (!enabled || latest === undefined) return
    const previous = seen.current
    seen.current = latest
    if (latest === previous) return
    const stale = readAtBlock === undefined ? previous !== undefined : latest > readAtBlock
    if (stale) void refetch({ cancelRefetch: false })
  }, [enabled, latest, readAtBlock, refetch])
  useEffect(() => {
    if (!enabled) return
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch({ cancelRefetch: false })
    }
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('focus', onVisible)
    return () => {
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('focus', onVisible)
    }
  }, [enabled, refetch])
  return latest
}
