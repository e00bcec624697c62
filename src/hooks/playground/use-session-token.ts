import { useCallback } from 'react'
import type { Address } from 'viem'
import { useAccount, useSignMessage } from 'wagmi'
import { useReadClient } from '@/hooks/chain/use-read-client'
import { dropSessionToken, readSessionToken, writeSessionToken } from '@/api/session-token-store'
import { getContract } from '@/contracts/get-contract'
import { useSupportedChain } from '@/hooks/chain/use-supported-chain'
import {
  EPHEMERAL_TOKEN_ID,
  SESSION_TOKEN_LIFETIME_MS,
  randomNonce,
  signAppSk,
  tokenMessage,
} from '@/lib/protocol/app-sk-token'
import { bearer } from '@/lib/protocol/wire'

/**
 * `authorization(provider, { renew })` → `Bearer app-sk-…` for the connected wallet: the session's
 * stored token when it has > 1 h left, else a new 24 h token (tokenId 255, the sub-account's
 * current generation) signed once by the wallet (EIP-191 over the 32-byte digest). Throws when no
 * wallet is connected, the sub-account read fails, or the wallet declines.
 */
export function useSessionToken() {
  const { address } = useAccount()
  const { chainId } = useSupportedChain()
  const client = useReadClient(chainId)
  const { signMessageAsync } = useSignMessage()

  return useCallback(
    async (provider: Address, { renew = false }: { renew?: boolean } = {}): Promise<string> => {
      if (!address || !client) throw new Error('Connect a wallet first')
      if (renew) dropSessionToken(chainId, address, provider)
      else {
        const stored = readSessionToken(chainId, address, provider)
        if (stored) return stored.authorization
      }
      const account = await client.readContract({
        ...getContract('inference', chainId),
        functionName: 'getAccount',
        args: [address, provider],
      })
      const now = Date.now()
      const message = tokenMessage({
        address,
        provider,
        timestamp: now,
        expiresAt: now + SESSION_TOKEN_LIFETIME_MS,
        nonce: randomNonce(),
        generation: Number(account.generation),
        tokenId: EPHEMERAL_TOKEN_ID,
      })
      const authorization = bearer(await signAppSk(message, signMessageAsync))
      writeSessionToken(chainId, address, provider, {
        authorization,
        expiresAt: now + SESSION_TOKEN_LIFETIME_MS,
        generation: Number(account.generation),
      })
      return authorization
    },
    [address, chainId, client, signMessageAsync],
  )
}
