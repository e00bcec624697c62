import { useEffect, useState } from 'react'

/**
 * A live chain clock (seconds) for countdowns: the chain time of the last read plus the wall time
 * elapsed since. Ticks once a second only while mounted; it reads nothing from the network.
 */
export function useChainClock(chainTime: bigint | undefined, readAt: number | undefined): bigint {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [])
  if (chainTime === undefined || readAt === undefined) return 0n
  const elapsed = BigInt(Math.max(0, Math.floor((now - readAt) / 1000)))
  return chainTime + elapsed
}
