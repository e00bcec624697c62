import { useMutation } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useAccount, useSignMessage } from 'wagmi'
import { addApiKey, listApiKeys } from '@/api/api-key-store'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import { nextTokenId, type KeyAccountState } from '@/lib/api-keys/api-key-entry'
import { randomNonce, signAppSk, tokenMessage } from '@/lib/protocol/app-sk-token'

export interface CreateApiKeyInput {
  label: string
  /** Lifetime in ms; 0 = never expires. */
  lifetimeMs: number
  account: KeyAccountState
}

/**
 * Creates a persistent `app-sk` API key for `provider`: picks the lowest free token id (0–254),
 * has the wallet sign the token digest (EIP-191 over 32 raw bytes), records id/label/dates locally
 * and returns the key. The key itself is never stored: the caller shows it once. Errors (e.g. a
 * cancelled signature) stay on the mutation for inline display.
 */
export function useCreateApiKey(provider: Address) {
  const { chainId } = useSupportedChain()
  const { address } = useAccount()
  const { signMessageAsync } = useSignMessage()
  return useMutation({
    mutationKey: ['api-keys', 'create', chainId, provider],
    mutationFn: async ({ label, lifetimeMs, account }: CreateApiKeyInput) => {
      if (!address)
        throw Object.assign(new Error('Wallet not connected'), {
          name: 'ConnectorNotConnectedError',
        })
      const tokenId = nextTokenId(listApiKeys(chainId, address, provider), account)
      if (tokenId === null)
        throw new Error('All 255 key ids are in use: revoke all keys to start over.')
      const now = Date.now()
      const token = {
        address,
        provider,
        timestamp: now,
        expiresAt: lifetimeMs === 0 ? 0 : now + lifetimeMs,
        nonce: randomNonce(),
        generation: Number(account.generation),
        tokenId,
      }
      const key = await signAppSk(tokenMessage(token), signMessageAsync)
      addApiKey(chainId, address, provider, {
        tokenId,
        label: label.trim().slice(0, 80),
        createdAt: now,
        expiresAt: token.expiresAt,
        generation: token.generation,
      })
      return { key, tokenId }
    },
    meta: { silentError: true },
  })
}
