import { useState } from 'react'
import type { Address } from 'viem'
import { useFundingSteps } from '@/hooks/playground/use-funding-steps'
import { useProviderFunds } from '@/hooks/playground/use-provider-funds'
import { formatZeroG } from '@/lib/format'
import { FundingGuide } from './funding-guide'
import { TopUpOffer } from './top-up-offer'

interface ProviderFundsProps {
  service: { provider: Address; url: string; serviceType?: string }
}

/** What "ready" means on each tab, for the funding guide's last step. */
const READY: Record<string, string> = {
  chatbot: 'the chat is ready, send a prompt',
  'text-to-image': 'describe an image to generate',
  'image-editing': 'upload an image to edit',
  'speech-to-text': 'record or upload audio to transcribe',
}

/**
 * What can still be spent with the chosen provider (on-chain free balance minus unsettled fees),
 * updated after every paid response and on each newer block. When the sub-account is missing or
 * below the providers' 1 0G admission reserve, the funding guide opens in place: create the ledger
 * first when there is none, then the transfer to this provider, then ready (docs/playground.md).
 */
export function ProviderFunds({ service }: ProviderFundsProps) {
  const { status, free, unsettled, spendable, refetch } = useProviderFunds(
    service.provider,
    service.url,
  )
  const setup = useFundingSteps()
  // The guide opened for this provider (and whether with the ledger step) stays, its steps
  // ticked, until the user moves on: "ready" is part of it.
  const [guide, setGuide] = useState<{ provider: Address; withLedger: boolean } | null>(null)
  const open = guide?.provider === service.provider ? guide : null
  if (!open && (status === 'missing' || status === 'low') && setup.presence !== 'unknown')
    setGuide({ provider: service.provider, withLedger: setup.presence === 'missing' })
  const spendableLine =
    status === 'ok' ? (
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
    ) : null
  if (open)
    return (
      <>
        <FundingGuide
          provider={service.provider}
          withLedgerStep={open.withLedger}
          hasLedger={setup.presence === 'present'}
          available={setup.available}
          walletBalance={setup.walletBalance}
          funds={status}
          spendable={spendable}
          ready={READY[service.serviceType ?? ''] ?? 'send your request'}
          onChanged={() => {
            setup.refetch()
            void refetch()
          }}
        />
        {spendableLine}
      </>
    )
  if (status === 'loading') return null
  if (spendableLine) return spendableLine
  // The ledger could not be read: the transfer alone, as before the guide.
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
