import type { Address } from 'viem'
import { useProviderFunds } from '@/hooks/playground/use-provider-funds'
import { formatZeroG } from '@/lib/format'
import { TopUpOffer } from './top-up-offer'

/**
 * The funds with the chosen provider, read before sending: when the sub-account is missing or
 * below the providers' 1 0G admission reserve, says so and offers the transfer right here.
 */
export function ProviderFunds({ provider }: { provider: Address }) {
  const { status, free, refetch } = useProviderFunds(provider)
  if (status === 'loading') return null
  if (status === 'ok')
    return <p className="text-xs text-muted">Funds with this provider: {formatZeroG(free!)} 0G</p>
  return (
    <div role="status" className="rounded-md border border-warning/40 bg-warning/10 p-2 text-sm">
      <p>
        {status === 'missing'
          ? 'You have no funds with this provider yet.'
          : `Only ${formatZeroG(free ?? 0n)} 0G with this provider: providers keep 1 0G in reserve, so requests will be refused.`}
      </p>
      <TopUpOffer provider={provider} onFunded={() => void refetch()} />
    </div>
  )
}
