import type { UnsettledFee } from '@/hooks/ledger/use-unsettled-fees'
import type { SubAccount } from '@/lib/ledger/ledger-types'
import { retrievable, maturedRefunds } from '@/lib/ledger/refunds'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { LedgerTableHead } from './ledger-table-head'
import { SubAccountRow } from './sub-account-row'

interface SubAccountsTableProps {
  accounts: readonly SubAccount[]
  services: ReadonlyMap<string, ServiceInfo>
  fees: ReadonlyMap<string, UnsettledFee>
  lockTime: bigint
  now: bigint
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
  return (
    <div className="overflow-x-auto">
      <table aria-label="Sub-accounts" className="w-full text-sm">
        <LedgerTableHead headers={HEADERS} />
        <tbody>
          {p.accounts.map((a) => {
            const key = a.provider.toLowerCase()
            const nothing = retrievable(a) === 0n && maturedRefunds(a, p.lockTime, p.now) === 0n
            return (
              <SubAccountRow
                key={key}
                account={a}
                service={p.services.get(key)}
                unsettled={p.fees.get(key) ?? { fee: 0n, source: 'local' }}
                lockTime={p.lockTime}
                now={p.now}
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
