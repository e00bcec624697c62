import { useEffect, useMemo, useState } from 'react'
import { useAccount } from 'wagmi'
import { listUsage, subscribeUsage } from '@/api/usage-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import type { RecentUse } from '@/lib/catalog/filter-services'

/** When the connected wallet last used each provider on this chain (from local usage records). */
export function useRecentUse(): RecentUse {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const [version, setVersion] = useState(0)
  useEffect(() => subscribeUsage(() => setVersion((v) => v + 1)), [])
  return useMemo(() => {
    void version
    const out = new Map<string, number>()
    if (!address) return out
    for (const r of listUsage(chainId, address)) {
      const k = r.provider.toLowerCase()
      if ((out.get(k) ?? 0) < r.at) out.set(k, r.at)
    }
    return out
  }, [chainId, address, version])
}
