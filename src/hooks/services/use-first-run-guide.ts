import { useState } from 'react'
import { useAccount } from 'wagmi'
import { dismissGuide, isGuideDismissed } from '@/api/first-run-guide-store'
import { useLedgerOverview } from '@/hooks/ledger/use-ledger-overview'
import { useRecentUse } from './use-recent-use'

/** A step's state: done, not done, or being read from chain. */
export type GuideStepState = 'done' | 'todo' | 'checking'

export interface FirstRunGuide {
  connect: GuideStepState
  fund: GuideStepState
  tryIt: GuideStepState
  /** Shown while a step is not done and the user has not dismissed it. */
  visible: boolean
  dismiss: () => void
}

/**
 * The marketplace's three first steps, each ticked from real state: a wallet is connected; its
 * ledger exists and some provider sub-account holds funds (read from chain); this wallet has used a
 * service on this chain (the Playground's usage records). Never throws: an unreadable chain leaves
 * "fund" as not done.
 */
export function useFirstRunGuide(): FirstRunGuide {
  const { isConnected } = useAccount()
  const overview = useLedgerOverview()
  const recent = useRecentUse()
  const [dismissed, setDismissed] = useState(isGuideDismissed)
  const connect: GuideStepState = isConnected ? 'done' : 'todo'
  const funded = Boolean(
    overview.data?.ledger && overview.data.accounts.some((a) => a.balance > 0n),
  )
  const fund: GuideStepState = !isConnected
    ? 'todo'
    : funded
      ? 'done'
      : overview.isPending && overview.fetchStatus !== 'idle'
        ? 'checking'
        : 'todo'
  const tryIt: GuideStepState = recent.size > 0 ? 'done' : 'todo'
  const allDone = connect === 'done' && fund === 'done' && tryIt === 'done'
  return {
    connect,
    fund,
    tryIt,
    visible: !dismissed && !allDone,
    dismiss: () => {
      dismissGuide()
      setDismissed(true)
    },
  }
}
