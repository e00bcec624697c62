import type { Address } from 'viem'

/** How to fund this provider (the in-place transfer lands with the Account issue's transfer flow). */
export function TopUpOffer({ provider }: { provider: Address }) {
  return (
    <p className="text-xs text-muted">
      Transfer funds from your ledger to provider {provider} on the Account page, then retry: your
      prompt is kept.
    </p>
  )
}
