import { useMemo, useSyncExternalStore } from 'react'
import type { Address } from 'viem'
import { listUsage, subscribeUsage } from '@/api/usage-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'

let version = 0
const subscribe = (fn: () => void) =>
  subscribeUsage(() => {
    version++
    fn()
  })
const getVersion = () => version

/** Local usage records of `user` on the shown chain (written by the Playground), live. */
export function useLocalUsage(user: Address | undefined) {
  const { chainId } = useSupportedChain()
  const v = useSyncExternalStore(subscribe, getVersion)
  // `v` changes with every write to the store.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (user ? listUsage(chainId, user) : []), [chainId, user, v])
}
