import { FirstRunGuide } from '@/components/services/first-run-guide'
import { ServicesPanel } from '@/components/services/services-panel'

/** `/`: the catalog of inference services registered on the current network. */
export function MarketplacePage() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Marketplace</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          AI inference services on the 0G Compute Network. Every provider runs its model in a
          trusted execution environment (TEE) whose signer is recorded on chain, so each response
          can be verified in your browser. Prices are exact, in 0G.
        </p>
      </div>
      <FirstRunGuide />
      <ServicesPanel />
    </div>
  )
}
