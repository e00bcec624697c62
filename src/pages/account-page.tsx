import { AccountView } from '@/components/ledger/account-view'
import { WalletGateNotice } from '@/components/wallet/wallet-gate-notice'
import { useWalletGate } from '@/hooks/chain/use-wallet-gate'

/**
 * `/account`: the prepaid ledger, provider sub-accounts, transactions and history. Without a
 * wallet there is nothing to show; on a wrong network the data stays visible and every action is
 * disabled with the reason.
 */
export function AccountPage() {
  const { reason } = useWalletGate()
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Your prepaid ledger on this network, the part of it you have moved to each provider, and
          every transaction. Amounts are exact, in 0G.
        </p>
      </div>
      {reason === 'not-connected' ? (
        <WalletGateNotice title="Connect a wallet to see your ledger">{null}</WalletGateNotice>
      ) : (
        <AccountView />
      )}
    </div>
  )
}
