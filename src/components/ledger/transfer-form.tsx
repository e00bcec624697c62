import { useState } from 'react'
import type { Address } from 'viem'
import { Card } from '@/components/ui/card'
import { useTransferFund } from '@/hooks/ledger/use-transfer-fund'
import { atLeast, atMost, MIN_PROVIDER_BALANCE } from '@/lib/amount-rules'
import type { Ledger, SubAccount } from '@/lib/ledger/ledger-types'
import type { ServiceInfo } from '@/lib/ledger/service-info'
import { AmountForm } from './amount-form'
import { ProviderSelect } from './provider-select'
import { capText } from '@/lib/untrusted-text'

interface TransferFormProps {
  ledger: Ledger
  accounts: readonly SubAccount[]
  services: readonly ServiceInfo[]
}

/** Transfer from the ledger to a provider sub-account, with the admission rule explained. */
export function TransferForm({ ledger, accounts, services }: TransferFormProps) {
  const [provider, setProvider] = useState('')
  const flow = useTransferFund()
  const service = services.find((s) => s.provider === provider)
  const isNew = !accounts.some((a) => a.provider.toLowerCase() === provider.toLowerCase())
  const checks = [
    atMost(ledger.available, 'the available ledger balance'),
    ...(isNew ? [atLeast(MIN_PROVIDER_BALANCE, 'A first transfer to a provider')] : []),
  ]
  return (
    <Card aria-label="Transfer to a provider" className="flex flex-col gap-3 p-5">
      <h2 className="font-semibold">Transfer to a provider</h2>
      <p className="max-w-3xl text-sm text-muted">
        A provider serves a request only while your sub-account with it holds the unsettled fees,
        the new request&apos;s fee and 1 0G more. A first transfer must be at least 1 0G, so send
        more than that to actually make requests.
      </p>
      <ProviderSelect
        label="Provider"
        services={services}
        value={provider}
        onChange={setProvider}
      />
      <AmountForm
        name="Transfer"
        inputs={provider}
        fieldLabel="Transfer amount"
        submitLabel="Transfer"
        checks={checks}
        state={flow.state}
        isBusy={flow.isBusy}
        onSubmit={(amount) =>
          flow.transfer(provider as Address, amount, service && capText(service.model, 60))
        }
        onRetry={flow.retry}
        disabledReason={
          !provider
            ? 'Choose a provider first.'
            : ledger.available === 0n
              ? 'Nothing available in the ledger.'
              : undefined
        }
        hint={provider && isNew ? 'New sub-account: at least 1 0G.' : undefined}
      />
    </Card>
  )
}
