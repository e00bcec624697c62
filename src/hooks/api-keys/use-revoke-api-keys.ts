import type { Address } from 'viem'
import { getContract } from '@/contracts/get-contract'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { useTxFlow } from '@/hooks/chain/use-tx-flow'

/**
 * Revokes API keys on chain through the transaction flow: one key (`revokeToken(provider, id)`)
 * or all keys and session tokens for `provider` (`revokeAllTokens`, bumps the generation).
 * Returns the flow (`state`, `retry`, `isBusy`) plus `revoke(id)` and `revokeAll()`, which never throw.
 */
export function useRevokeApiKeys(provider: Address) {
  const { chainId } = useSupportedChain()
  const flow = useTxFlow()
  const inference = getContract('inference', chainId)
  const revoke = (tokenId: number) =>
    flow.run(
      { ...inference, functionName: 'revokeToken', args: [provider, tokenId] },
      { label: `Revoke API key ${tokenId}`, kind: 'revoke-key', providers: [provider] },
    )
  const revokeAll = () =>
    flow.run(
      { ...inference, functionName: 'revokeAllTokens', args: [provider] },
      { label: 'Revoke all API keys', kind: 'revoke-all-keys', providers: [provider] },
    )
  return { ...flow, revoke, revokeAll }
}
