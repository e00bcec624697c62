import { Select } from '@/components/ui/select'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useSwitchToChain } from '@/hooks/chain/use-switch-to-chain'
import { toUserError } from '@/lib/errors/user-error'
import { TestId } from '@/lib/test-ids'
import { showToast } from '@/lib/toast'

/**
 * Chooses the network to browse. Without a wallet it only changes what the app reads; with a
 * wallet it asks the wallet to switch (adding the network first if the wallet lacks it).
 */
export function NetworkSelector() {
  const { chainId, supportedChains, isConnected } = useSupportedChain()
  const switchToChain = useSwitchToChain()
  if (supportedChains.length < 2) return null

  const onChange = (value: string) =>
    switchToChain.mutate(Number(value), {
      onError: (error) => {
        const { kind, title, detail } = toUserError(error)
        showToast({ tone: kind === 'cancelled' ? 'neutral' : 'error', title, detail })
      },
    })

  return (
    <Select
      aria-label="Network"
      data-testid={TestId.NetworkSelector}
      title={isConnected ? 'Switch your wallet to another network' : 'Choose the network to browse'}
      value={chainId}
      disabled={switchToChain.isPending}
      onChange={(e) => onChange(e.target.value)}
    >
      {supportedChains.map((chain) => (
        <option key={chain.id} value={chain.id}>
          {chain.name}
        </option>
      ))}
    </Select>
  )
}
