import type { Address } from 'viem'
import { useLedgerOverview } from '@/hooks/ledger/use-ledger-overview'

/**
 * The service the Playground starts on when none was clicked: the first of `services` (registry
 * order) whose sub-account holds funds for the connected wallet, else the first. Until the ledger
 * is read (or without a wallet) it is the first.
 */
export function useDefaultService<T extends { provider: Address }>(
  services: readonly T[],
): T | undefined {
  const accounts = useLedgerOverview().data?.accounts
  const funded = new Set(
    accounts?.filter((a) => a.balance - a.pendingRefund > 0n).map((a) => a.provider.toLowerCase()),
  )
  return services.find((s) => funded.has(s.provider.toLowerCase())) ?? services[0]
}
