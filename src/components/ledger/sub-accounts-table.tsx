import type { UnsettledFee } from '@/hooks/ledger/use-unsettled-fees'
import type { SubAccount } from '@/lib/ledger/ledger-types'
import { retrievable, maturedRefunds } from '@/lib/ledger/refunds'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { LedgerTableHead } from './ledger-table-head'
import { SubAccountRow } from './sub-account-row'

interface SubAccountsTableProps {
  /** The sub-accounts, the refund lock time and the chain's clock (seconds), from the overview. */
  ledger: { accounts: readonly SubAccount[]; lockTime: bigint; now: bigint }
  services: ReadonlyMap<string, ServiceInfo>
  fees: ReadonlyMap<string, UnsettledFee>
  disabledReason?: string
  onRetrieve: (account: SubAccount) => void
}

const HEADERS = [
  'Provider',
  'Balance',
  'Pending refunds',
  'Unsettled',
  'Spendable now',
  'Signer',
  '',
]

/** The sub-accounts as a table (one row per provider). */
export function SubAccountsTable(p: SubAccountsTableProps) {
  const { accounts, lockTime, now } = p.ledger
  return (
    <div className="overflow-x-auto">
      <table aria-label="Sub-accounts" className="w-full text-sm">
        <LedgerTableHead headers={HEADERS} />
        <tbody>
          {accounts.map((a) => {
            const key = a.provider.toLowerCase()
            const nothing = retrievable(a) === 0n && maturedRefunds(a, lockTime, now) === 0n
            return (
              <SubAccountRow
                key={key}
                account={a}
                service={p.services.get(key)}
                unsettled={p.fees.get(key) ?? { fee: 0n, source: 'local' }}
                lockTime={lockTime}
                now={now}
                retrieveDisabled={p.disabledReason ?? (nothing ? 'Nothing to retrieve' : undefined)}
                onRetrieve={() => p.onRetrieve(a)}
              />
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
