import type { Address } from 'viem'
import { useProviderFunds } from '@/hooks/playground/use-provider-funds'
import { formatZeroG } from '@/lib/format'
import { TopUpOffer } from './top-up-offer'

interface ProviderFundsProps {
  service: { provider: Address; url: string }
}

/**
 * What can still be spent with the chosen provider (on-chain free balance minus unsettled fees),
 * updated after every paid response and on each newer block: when the sub-account is missing or
 * below the providers' 1 0G admission reserve, says so and offers the transfer right here.
 */
export function ProviderFunds({ service }: ProviderFundsProps) {
  const { status, free, unsettled, spendable, refetch } = useProviderFunds(
    service.provider,
    service.url,
  )
  if (status === 'loading') return null
  if (status === 'ok')
    return (
      <p className="text-xs text-muted">
        <span className="whitespace-nowrap">
          Spendable with this provider: {formatZeroG(spendable!)} 0G
        </span>{' '}
        {unsettled.fee > 0n ? (
          <span data-testid="spendable-breakdown">
            ({formatZeroG(free!)} 0G on chain − {formatZeroG(unsettled.fee)} 0G not settled yet,{' '}
            {unsettled.source === 'provider' ? "the provider's figure" : "this browser's records"})
          </span>
        ) : null}
      </p>
    )
  return (
    <div role="status" className="rounded-md border border-warning/40 bg-warning/10 p-2 text-sm">
      <p>
        {status === 'missing'
          ? 'You have no funds with this provider yet.'
          : `Only ${formatZeroG(spendable ?? 0n)} 0G can still be spent with this provider: providers keep 1 0G in reserve, so requests will be refused.`}
      </p>
      <TopUpOffer provider={service.provider} onFunded={() => void refetch()} />
    </div>
  )
}
