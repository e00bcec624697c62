import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { TestId } from '@/lib/test-ids'

/** A persistent strip naming the network every figure on screen comes from. */
export function NetworkBanner() {
  const { chainId, label, isConnected } = useSupportedChain()
  return (
    <div
      role="region"
      aria-label="Network"
      data-testid={TestId.NetworkBanner}
      data-chain-id={chainId}
      className="border-b border-border bg-surface px-4 py-1.5 text-xs text-muted"
    >
      <div className="mx-auto flex max-w-6xl items-center gap-2">
        <span aria-hidden="true" className="size-2 rounded-full bg-success" />
        <span>
          Data from <strong className="font-medium text-foreground">{label}</strong>
        </span>
        {isConnected ? null : <span>· browsing without a wallet</span>}
      </div>
    </div>
  )
}
