import { Button } from '@/components/ui/button'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useSwitchToChain } from '@/hooks/chain/use-switch-to-chain'
import { toUserError } from '@/lib/errors/user-error'
import { TestId } from '@/lib/test-ids'

/** Shown while the wallet is on an unsupported chain, with one-click add/switch per network. */
export function WrongNetworkBanner() {
  const { isWrongNetwork, walletChainId, supportedChains, label } = useSupportedChain()
  const switchToChain = useSwitchToChain()
  if (!isWrongNetwork) return null
  const error = switchToChain.error ? toUserError(switchToChain.error) : undefined

  return (
    <div
      role="alert"
      data-testid={TestId.WrongNetworkBanner}
      className="border-b border-warning/40 bg-warning/10 px-4 py-3 text-sm"
    >
      <div className="mx-auto flex max-w-6xl flex-col gap-2 sm:flex-row sm:items-center">
        <p className="flex-1">
          <strong className="font-semibold">Wrong network.</strong> Your wallet is on chain{' '}
          {walletChainId}, which this app does not support. Figures below are from {label}.
        </p>
        <div className="flex flex-wrap gap-2">
          {supportedChains.map((chain) => (
            <Button
              key={chain.id}
              size="sm"
              disabled={switchToChain.isPending}
              onClick={() => switchToChain.mutate(chain.id)}
            >
              Switch to {chain.name}
            </Button>
          ))}
        </div>
      </div>
      {error ? (
        <p className={error.kind === 'cancelled' ? 'mt-2 text-muted' : 'mt-2 text-danger'}>
          {error.title}
          {error.detail ? `: ${error.detail}` : ''}
        </p>
      ) : null}
    </div>
  )
}
