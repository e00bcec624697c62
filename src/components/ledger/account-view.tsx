import { QueryError } from '@/components/feedback/query-error'
import { Skeleton } from '@/components/ui/skeleton'
import { useLedgerOverview } from '@/hooks/ledger/use-ledger-overview'
import { useLedgerServices } from '@/hooks/ledger/use-ledger-services'
import { useWalletBalance } from '@/hooks/ledger/use-wallet-balance'
import { CreateLedgerForm } from './create-ledger-form'
import { FineTuningAccountsCard } from './fine-tuning-accounts-card'
import { HistoryCard } from './history-card'
import { LedgerSummary } from './ledger-summary'
import { ManageLedgerCard } from './manage-ledger-card'
import { LazySettlementAudit } from './settlement-audit-lazy'
import { PlannerCard } from './planner-card'
import { SubAccountsCard } from './sub-accounts-card'
import { TransferForm } from './transfer-form'

/** The whole Account view for a connected wallet: balances, actions, sub-accounts, history. */
export function AccountView() {
  const overview = useLedgerOverview()
  const wallet = useWalletBalance()
  const services = useLedgerServices()
  if (overview.isPending) return <Skeleton className="h-64 w-full" />
  if (overview.error) {
    return (
      <QueryError
        error={overview.error}
        onRetry={() => void overview.refetch()}
        isRetrying={overview.isFetching}
      />
    )
  }
  const data = overview.data
  const walletBalance = wallet.data?.value ?? 0n
  return (
    <div className="flex flex-col gap-6">
      <LedgerSummary
        overview={data}
        walletBalance={wallet.data?.value}
        isFetching={overview.isFetching}
        onRefresh={() => {
          void overview.refetch()
          void wallet.refetch()
        }}
      />
      {data.ledger ? (
        <>
          <ManageLedgerCard ledger={data.ledger} walletBalance={walletBalance} />
          <SubAccountsCard overview={data} services={services.byProvider} />
          <FineTuningAccountsCard accounts={data.fineTuningAccounts} />
          <TransferForm ledger={data.ledger} accounts={data.accounts} services={services.list} />
          <PlannerCard
            overview={{ ...data, ledger: data.ledger }}
            services={services.list}
            byProvider={services.byProvider}
          />
        </>
      ) : (
        <CreateLedgerForm walletBalance={walletBalance} />
      )}
      <LazySettlementAudit services={services.byProvider} />
      <HistoryCard services={services.byProvider} />
    </div>
  )
}
