import { useLedgerOverview } from '@/hooks/ledger/use-ledger-overview'
import { useWalletBalance } from '@/hooks/ledger/use-wallet-balance'

/** Whether the connected wallet has a ledger: unknown while it is read or when it cannot be. */
export type LedgerPresence = 'unknown' | 'missing' | 'present'

/**
 * What the Playground's in-place funding needs: whether a ledger exists (read from chain), what it
 * has available to transfer, and the wallet balance (for the first deposit). Never throws; a failed
 * read leaves the ledger 'unknown'.
 */
export function useFundingSteps() {
  const overview = useLedgerOverview()
  const wallet = useWalletBalance()
  const ledger = overview.data?.ledger
  const presence: LedgerPresence = !overview.data ? 'unknown' : ledger ? 'present' : 'missing'
  return {
    presence,
    /** neuron available in the ledger (0 without one) */
    available: ledger?.available ?? 0n,
    /** neuron in the wallet, null until read */
    walletBalance: wallet.data?.value ?? null,
    refetch: () => void overview.refetch(),
  }
}
