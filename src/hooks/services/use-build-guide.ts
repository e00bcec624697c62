import { useEffect, useState } from 'react'
import type { Address } from 'viem'
import { useAccount } from 'wagmi'
import { contractAddresses } from '@/contracts/addresses'
import { useApiKeys } from '@/hooks/api-keys/use-api-keys'
import { isAccountMissing, useKeyAccount } from '@/hooks/api-keys/use-key-account'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useLedgerOverview } from '@/hooks/ledger/use-ledger-overview'
import { MIN_LEDGER_BALANCE, MIN_PROVIDER_BALANCE } from '@/lib/amount-rules'
import { apiKeyStatus } from '@/lib/api-keys/api-key-entry'
import type { ChainTarget } from '@/lib/catalog/snippets'
import { spendableNow } from '@/lib/ledger/spendable'
import type { GuideStepState } from './use-first-run-guide'

export interface BuildGuide {
  /** This wallet's ledger exists and holds at least 3 0G. */
  ledger: GuideStepState
  /** Its sub-account with this provider has at least 1 0G spendable (above the 1 0G reserve). */
  subAccount: GuideStepState
  /** This browser holds an API key for this provider that the chain still accepts. */
  key: GuideStepState
  /** The shown chain's RPC and contracts, for the SDK and CLI snippets. */
  target: ChainTarget
}

/**
 * The service page's integration guide, each step ticked from real state: the ledger and the
 * sub-account with `provider` (read from chain, refreshed on new blocks and after our own
 * transactions) and this browser's API keys for it, checked against the sub-account's generation
 * and revoked ids. Without a wallet every step is "to do".
 */
export function useBuildGuide(provider: Address): BuildGuide {
  const { isConnected } = useAccount()
  const { chainId, chain } = useSupportedChain()
  const overview = useLedgerOverview()
  const account = useKeyAccount(provider)
  const keys = useApiKeys(provider)
  // Expiry as of opening the page, as the API key list shows it.
  const [now] = useState(() => Date.now())
  const reading = (q: { isPending: boolean; fetchStatus: string }) =>
    q.isPending && q.fetchStatus !== 'idle'
  const state = (done: boolean, pending: boolean): GuideStepState =>
    !isConnected ? 'todo' : done ? 'done' : pending ? 'checking' : 'todo'
  const ledger = overview.data?.ledger
  const sub = overview.data?.accounts.find(
    (a) => a.provider.toLowerCase() === provider.toLowerCase(),
  )
  // The key account read stops at "no sub-account" (not retried); once the ledger overview (which
  // follows new blocks) shows one, read it again, so the API keys section and step 2 catch up.
  const subExists = Boolean(sub)
  const missing = isAccountMissing(account.error)
  const { refetch } = account
  useEffect(() => {
    if (subExists && missing) void refetch()
  }, [subExists, missing, refetch])
  const hasKey = Boolean(
    account.data && keys.some((k) => apiKeyStatus(k, account.data, now) === 'active'),
  )
  const addresses = contractAddresses[chainId]
  return {
    ledger: state(Boolean(ledger && ledger.total >= MIN_LEDGER_BALANCE), reading(overview)),
    subAccount: state(
      Boolean(sub && spendableNow(sub.balance, sub.pendingRefund, 0n) >= MIN_PROVIDER_BALANCE),
      reading(overview),
    ),
    key: state(hasKey, reading(account)),
    target: {
      rpcUrl: chain?.rpcUrls.default.http[0] ?? '',
      ledger: addresses.ledger,
      inference: addresses.inference,
    },
  }
}
